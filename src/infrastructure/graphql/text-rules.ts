import 'reflect-metadata';

/**
 * What every string of every GraphQL input may contain, by kind of field. The validation pipe applies
 * these to every string it sees (validation.ts); a field states its kind with one of the decorators
 * below, and an unmarked string is a `line`.
 *
 * | kind         | for                                     | NFC | trimmed | `\n` `\t`           |
 * |--------------|-----------------------------------------|-----|---------|---------------------|
 * | `identifier` | ids, NIP/NIK, codes, e-mail, dates      | no  | no      | refused             |
 * | `line`       | anything not marked                     | yes | no      | refused             |
 * | `name`       | names, titles, SK numbers               | yes | yes     | refused             |
 * | `multiline`  | free text: reasons, notes, descriptions | yes | yes     | allowed (CRLF → LF) |
 *
 * Refused in every kind: C0/C1 control characters (U+0000–U+001F, U+007F–U+009F), the Unicode
 * Bidi_Control characters (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069: they make text
 * display in another order than it is stored, "Trojan Source"), zero-width characters (U+200B–U+200D,
 * U+2060, U+FEFF: they make two different strings look the same) and unpaired UTF-16 surrogates.
 * Identifiers are never rewritten: what was sent is what the field's own pattern checks.
 */
export type TextKind = 'identifier' | 'line' | 'name' | 'multiline';

const TEXT_KIND = Symbol('akuntabel:text-kind');

const markKind =
  (kind: TextKind): PropertyDecorator =>
  (target, property) =>
    Reflect.defineMetadata(TEXT_KIND, kind, target, property);

/** Ids, NIP/NIK, codes, keys: checked as sent, never normalised or trimmed. */
export const IdentifierText = () => markKind('identifier');
/** A name or title on one line: NFC, trimmed. */
export const NameText = () => markKind('name');
/** Free text where line breaks and tabs belong: NFC, trimmed, CRLF → LF. */
export const MultilineText = () => markKind('multiline');

/** The kind of `property` on `object` (looked up through its class chain); `line` when unmarked. */
export function textKindOf(object: object, property: string): TextKind {
  return (Reflect.getMetadata(TEXT_KIND, object, property) as TextKind | undefined) ?? 'line';
}

interface CharacterClass {
  readonly pattern: RegExp;
  readonly description: string;
}

/** Checked in this order; each class found is reported once, with its distinct code points. */
const CHARACTER_CLASSES: readonly CharacterClass[] = [
  { pattern: /[\u0000-\u001F\u007F-\u009F]/gu, description: 'karakter kendali' },
  { pattern: /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, description: 'karakter pengatur arah teks' },
  { pattern: /[\u200B-\u200D\u2060\uFEFF]/gu, description: 'karakter tak terlihat (lebar nol)' },
  { pattern: /\p{Surrogate}/gu, description: 'surrogat UTF-16 tanpa pasangan' },
];

/** At most this many code points are listed per class: enough to find them, not a flood. */
const MAX_LISTED = 5;

const MULTILINE_ALLOWED = new Set(['\n', '\t']);

export interface TextCheck {
  /** The value to keep (normalised for every kind but `identifier`). */
  readonly value: string;
  /** One message per kind of character refused; empty when the value is clean. */
  readonly problems: string[];
}

/**
 * Names every character `raw` may not contain, and normalises it for `kind`. The check runs on the
 * value as sent, so trimming never hides a refused character (JavaScript's trim() removes U+FEFF).
 */
export function checkText(raw: string, kind: TextKind, field: string): TextCheck {
  const text = kind === 'multiline' ? raw.replace(/\r\n/g, '\n') : raw;
  const problems = CHARACTER_CLASSES.flatMap(({ pattern, description }) => {
    const found = [...new Set(text.match(pattern) ?? [])].filter((char) => !(kind === 'multiline' && MULTILINE_ALLOWED.has(char)));
    if (found.length === 0) return [];
    const listed = found.slice(0, MAX_LISTED).map(codePointLabel).join(', ');
    const more = found.length > MAX_LISTED ? ` dan ${found.length - MAX_LISTED} lainnya` : '';
    return [`${field} memuat ${description} ${listed}${more}; hapus karakter itu`];
  });
  return { value: normalise(text, kind), problems };
}

function normalise(text: string, kind: TextKind): string {
  if (kind === 'identifier') return text;
  const composed = text.normalize('NFC');
  return kind === 'line' ? composed : composed.trim();
}

/** `U+202E`: the form people look up. */
export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
