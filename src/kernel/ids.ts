import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';

/** Namespace for every name-based (v5) id Akuntabel derives. Never change it: ids would move. */
export const AKUNTABEL_NAMESPACE = '2f0c6f7e-3f3a-4f55-9a4e-6b7c1c0d9a11';

const NAMESPACE_BYTES = Buffer.from(AKUNTABEL_NAMESPACE.replace(/-/g, ''), 'hex');

/**
 * Deterministic id from stable parts: the same inputs always give the same UUID (v5, RFC 9562 §5.5:
 * SHA-1 of the namespace and the UTF-8 name, with the version and variant bits set). Computed here
 * rather than by the `uuid` package, whose byte conversion cost more than the hash on every command;
 * the ids are identical (ids.spec.ts compares both).
 */
export function deriveId(...parts: readonly (string | number)[]): string {
  const hash = createHash('sha1').update(NAMESPACE_BYTES).update(parts.join('\u001f'), 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The id of the n-th event a command writes to a stream. A retried command produces the same ids;
 * the stream is part of the name, so a command that writes several streams never reuses an id; and
 * the fingerprint of a client-keyed command is too, so the id commits to the payload: a reused key
 * with another payload cannot pass for a repeat (see idempotency.ts).
 */
export function eventIdFor(commandId: string, streamId: string, index: number, fingerprint = ''): string {
  return deriveId('event', commandId, fingerprint, streamId, index);
}

/** The scheme before stream and fingerprint were part of event ids: still recognised as a repeat. */
export function legacyEventIdFor(commandId: string, index: number): string {
  return deriveId('event', commandId, index);
}

/** Injectable id source, so tests can make ids predictable. */
@Injectable()
export class IdGenerator {
  newId(): string {
    return randomUUID();
  }
}
