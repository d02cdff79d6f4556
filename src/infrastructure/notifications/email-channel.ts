import { createTransport, Transporter } from 'nodemailer';
import { NotificationsConfig } from '@config/config';
import { RenderedMessage } from './notification-templates';
import { EmailAddressee } from './notification-recipients';

export const EMAIL_CHANNEL = Symbol('EMAIL_CHANNEL');

export interface EmailChannel {
  /** False when SMTP_URL is unset: nothing is sent (the outbox records each notification as skipped). */
  readonly enabled: boolean;
  /** Resolves once the server accepted the message; rejects on any SMTP or connection failure. */
  send(to: EmailAddressee, message: RenderedMessage): Promise<{ messageId: string }>;
  close(): Promise<void>;
}

/** E-mail over SMTP through nodemailer (SMTP_URL, NOTIFY_FROM). */
export class SmtpEmailChannel implements EmailChannel {
  readonly enabled = true;
  private readonly transport: Transporter;

  constructor(smtpUrl: string, private readonly from: string) {
    // Short timeouts: a hung server fails the attempt, which is retried later, instead of stalling the sender.
    this.transport = createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  }

  async send(to: EmailAddressee, message: RenderedMessage): Promise<{ messageId: string }> {
    const info = await this.transport.sendMail({
      from: this.from,
      to: to.name ? { name: to.name, address: to.email } : to.email,
      subject: message.subject,
      text: message.text,
    });
    return { messageId: String(info.messageId ?? '') };
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}

export class DisabledEmailChannel implements EmailChannel {
  readonly enabled = false;
  async send(): Promise<never> {
    throw new Error('E-mail is off (SMTP_URL is not set)');
  }
  async close(): Promise<void> {}
}

export function openEmailChannel(config: NotificationsConfig): EmailChannel {
  return config.smtpUrl ? new SmtpEmailChannel(config.smtpUrl, config.from) : new DisabledEmailChannel();
}
