import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';

/** Namespace for every name-based (v5) id Akuntabel derives. Never change it: ids would move. */
export const AKUNTABEL_NAMESPACE = '2f0c6f7e-3f3a-4f55-9a4e-6b7c1c0d9a11';

/** Deterministic id from stable parts: the same inputs always give the same UUID (v5). */
export function deriveId(...parts: readonly (string | number)[]): string {
  return uuidv5(parts.join('\u001f'), AKUNTABEL_NAMESPACE);
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
