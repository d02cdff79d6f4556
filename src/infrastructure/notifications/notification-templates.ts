import { Injectable } from '@nestjs/common';
import { NotificationParams } from './notification.decider';

/**
 * A notification text in Bahasa Indonesia with `{{name}}` placeholders, declared by the module that
 * sends it, e.g.
 *   { name: 'public-feedback.complaint-progress',
 *     subject: 'Pengaduan {{nomor}}: {{status}}',
 *     text: 'Yth. Pelapor,\n\nPengaduan Anda nomor {{nomor}} kini berstatus {{status}}.' }
 */
export interface NotificationTemplate {
  readonly name: string;
  readonly subject: string;
  readonly text: string;
}

export interface RenderedMessage {
  readonly subject: string;
  readonly text: string;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const MAX_SUBJECT = 200;

/** A template whose placeholders are known, so a call with missing parameters fails at enqueue time. */
export class CompiledTemplate {
  readonly params: readonly string[];

  constructor(readonly template: NotificationTemplate) {
    this.params = [...new Set([...`${template.subject}\n${template.text}`.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
  }

  /** Throws naming the parameters missing or not in the template. */
  check(params: NotificationParams): void {
    const missing = this.params.filter((p) => !(p in params));
    const unknown = Object.keys(params).filter((p) => !this.params.includes(p));
    if (missing.length || unknown.length) {
      throw new Error(`Template ${this.template.name}: missing parameters [${missing.join(', ')}], unknown parameters [${unknown.join(', ')}]`);
    }
  }

  /**
   * Fills the placeholders in one pass (a value containing `{{x}}` stays literal). Values are cleaned
   * for where they land: in the subject — a mail header — line breaks and control characters become
   * spaces, so a value cannot add headers; in the body control characters other than line breaks and
   * tabs are removed.
   */
  render(params: NotificationParams): RenderedMessage {
    this.check(params);
    const fill = (text: string, clean: (value: string) => string) => text.replace(PLACEHOLDER, (_, name: string) => clean(String(params[name])));
    const subject = fill(this.template.subject, inHeader).replace(/\s+/g, ' ').trim();
    return {
      subject: subject.length > MAX_SUBJECT ? `${subject.slice(0, MAX_SUBJECT - 1)}…` : subject,
      text: fill(this.template.text, inBody),
    };
  }
}

// eslint-disable-next-line no-control-regex
const inHeader = (value: string) => value.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
// eslint-disable-next-line no-control-regex
const inBody = (value: string) => value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

/** The templates modules register at start-up. */
@Injectable()
export class NotificationTemplates {
  private readonly templates = new Map<string, CompiledTemplate>();

  register(template: NotificationTemplate): void {
    if (this.templates.has(template.name)) throw new Error(`Notification template ${template.name} registered twice`);
    this.templates.set(template.name, new CompiledTemplate(template));
  }

  find(name: string): CompiledTemplate | undefined {
    return this.templates.get(name);
  }

  get(name: string): CompiledTemplate {
    const template = this.find(name);
    if (!template) throw new Error(`No notification template named ${name}`);
    return template;
  }
}
