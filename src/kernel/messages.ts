/**
 * Error messages for people. Every message is written in Bahasa Indonesia where the rule is decided
 * (the default language of the API). English is one catalogue keyed by the stable rule code (a
 * DOMAIN_RULE_VIOLATION's `extensions.rule`) or, for the other errors, by the error code (and its
 * `reason` as `CODE:REASON`); the GraphQL layer swaps the message when the request's Accept-Language
 * prefers English. A key with no entry keeps its Indonesian message.
 *
 * A module declares its English sentences next to its rule codes (`EnglishMessages<Code>` makes the
 * entry for every code of a `*Rule` object a compile-time requirement) and registers them once at
 * import time from its index.ts.
 */
export type Language = 'id' | 'en';

/** `extensions` of the formatted error: parameters a non-domain entry may name (revisions, fields…). */
export type ErrorExtensions = Readonly<Record<string, unknown>>;

export type EnglishEntry = string | ((extensions: ErrorExtensions) => string);

/** One English sentence for every code of a rule object: `EnglishMessages<typeof MyRule>`. */
export type EnglishMessages<Rules extends Readonly<Record<string, string>>> = Readonly<Record<Rules[keyof Rules], EnglishEntry>>;

const english = new Map<string, EnglishEntry>();

/** Adds entries to the English catalogue; the same key twice with another sentence is a programming error. */
export function registerEnglishMessages(entries: Readonly<Record<string, EnglishEntry>>): void {
  for (const [key, entry] of Object.entries(entries)) {
    const existing = english.get(key);
    if (existing !== undefined && existing !== entry) throw new Error(`English message for ${key} registered twice`);
    english.set(key, entry);
  }
}

/** The English message for `key` (a rule code, `CODE` or `CODE:REASON`), or undefined when none is catalogued. */
export function englishMessage(key: string, extensions: ErrorExtensions = {}): string | undefined {
  const entry = english.get(key);
  return typeof entry === 'function' ? entry(extensions) : entry;
}

export function hasEnglishMessage(key: string): boolean {
  return english.has(key);
}

/** Accept-Language (RFC 9110 §12.5.4) → the API's language: English when `en` outranks `id`; Indonesian otherwise. */
export function preferredLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'id';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { base: tag.trim().split('-')[0], q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => (entry.base === 'en' || entry.base === 'id') && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.base === 'en' ? 'en' : 'id';
}

/** What a stream holds, named for people: `{ id: 'data pegawai', en: 'employee record' }`. */
export interface RecordName {
  readonly id: string;
  readonly en: string;
}

const recordNames: [prefix: string, name: RecordName][] = [];

/** A module names the records of its stream prefix (`personnel-employee-`), so a CONFLICT can say which record changed. */
export function registerRecordName(streamPrefix: string, name: RecordName): void {
  if (!recordNames.some(([prefix]) => prefix === streamPrefix)) recordNames.push([streamPrefix, name]);
}

/** The record a stream holds, in `language`, without its internal id. */
export function recordNameOf(streamId: unknown, language: Language): string {
  const found = typeof streamId === 'string' ? recordNames.find(([prefix]) => streamId.startsWith(prefix)) : undefined;
  if (found) return found[1][language];
  return language === 'en' ? 'this record' : 'data';
}

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
