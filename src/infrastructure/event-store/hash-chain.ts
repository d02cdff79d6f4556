import { hash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { NewEvent, RecordedEvent } from '@kernel/events';

/** prevHash of the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Hash schemes. Each stored event records the scheme its hash was computed with, so old events keep
 * verifying under the rules they were written with while every new append uses the current one.
 * - 1: prevHash, streamId, revision, type, schemaVersion, data, occurredAt, actor, commandId.
 * - 2: every field the writer controls: scheme 1 plus eventId, reason, correlationId, causationId,
 *      and the scheme number itself (so a v2 hash can never be re-read as another scheme's).
 * The store-assigned position and recordedAt are outside every scheme; the Merkle log covers them
 * (merkle.ts: a leaf is the event hash and its recordedAt, in position order).
 */
export type HashScheme = 1 | 2;
export const CURRENT_HASH_SCHEME: HashScheme = 2;

export function isHashScheme(value: unknown): value is HashScheme {
  return value === 1 || value === 2;
}

/** The fields the current scheme covers (scheme 1 reads a subset of them). */
export type HashedFields = Pick<
  RecordedEvent,
  | 'eventId'
  | 'prevHash'
  | 'streamId'
  | 'revision'
  | 'type'
  | 'schemaVersion'
  | 'data'
  | 'occurredAt'
  | 'actor'
  | 'reason'
  | 'commandId'
  | 'correlationId'
  | 'causationId'
> & { readonly hashScheme?: number };

/** SHA-256 over RFC 8785 (JCS) canonical JSON of the fields of the event's scheme (absent = 1). */
export function hashEvent(fields: HashedFields): string {
  // Explicit fields, not a spread: this runs once per event verified, and spreading a whole recorded
  // event costs more than the hash itself.
  return hashCanonical(schemeOf(fields), {
    actor: canonicalActor(fields.actor),
    causationId: fields.causationId,
    commandId: fields.commandId,
    correlationId: fields.correlationId,
    data: canonicalJson(fields.data),
    eventId: fields.eventId,
    occurredAt: fields.occurredAt,
    prevHash: fields.prevHash,
    reason: fields.reason,
    revision: fields.revision,
    schemaVersion: fields.schemaVersion,
    streamId: fields.streamId,
    type: fields.type,
  });
}

function schemeOf(fields: { readonly hashScheme?: number }): HashScheme {
  const scheme = fields.hashScheme ?? 1;
  if (!isHashScheme(scheme)) throw new UnknownHashSchemeError(scheme);
  return scheme;
}

export class UnknownHashSchemeError extends Error {
  constructor(readonly scheme: unknown) {
    super(`Unknown hash scheme ${String(scheme)}`);
    this.name = 'UnknownHashSchemeError';
  }
}

/** The hashed fields with `actor` and `data` already in canonical JSON (as the embedded store keeps them). */
export type CanonicalFields = Omit<HashedFields, 'actor' | 'data' | 'hashScheme' | 'reason'> & {
  readonly actor: string;
  readonly data: string;
  /** Absent (or null, as SQLite returns it) when the event has no reason. */
  readonly reason?: string | null;
};

/**
 * The canonical JSON, written out by hand in JCS key order (keys sorted by UTF-16 code units): the
 * strings are JSON.stringify'd exactly as JCS specifies, `data`/`actor` are already canonical.
 * canonical-json.spec.ts checks both schemes against the `canonicalize` package.
 */
export function hashCanonical(scheme: HashScheme, fields: CanonicalFields): string {
  const canonical =
    scheme === 1
      ? `{"actor":${fields.actor},"commandId":${JSON.stringify(fields.commandId)},` +
        `"data":${fields.data},"occurredAt":${JSON.stringify(fields.occurredAt)},` +
        `"prevHash":${JSON.stringify(fields.prevHash)},"revision":${canonicalJson(fields.revision)},` +
        `"schemaVersion":${canonicalJson(fields.schemaVersion)},"streamId":${JSON.stringify(fields.streamId)},` +
        `"type":${JSON.stringify(fields.type)}}`
      : `{"actor":${fields.actor},"causationId":${JSON.stringify(fields.causationId)},` +
        `"commandId":${JSON.stringify(fields.commandId)},"correlationId":${JSON.stringify(fields.correlationId)},` +
        `"data":${fields.data},"eventId":${JSON.stringify(fields.eventId)},"hashScheme":2,` +
        `"occurredAt":${JSON.stringify(fields.occurredAt)},"prevHash":${JSON.stringify(fields.prevHash)},` +
        (fields.reason == null ? '' : `"reason":${JSON.stringify(fields.reason)},`) +
        `"revision":${canonicalJson(fields.revision)},"schemaVersion":${canonicalJson(fields.schemaVersion)},` +
        `"streamId":${JSON.stringify(fields.streamId)},"type":${JSON.stringify(fields.type)}}`;
  return hash('sha256', canonical, 'hex');
}

/**
 * Readers hand out one frozen actor object per distinct actor; its canonical form is computed once.
 * Unfrozen actors (new events) are canonicalised each time, since they could still change.
 */
const canonicalActors = new WeakMap<object, string>();
function canonicalActor(actor: HashedFields['actor']): string {
  if (!Object.isFrozen(actor)) return canonicalJson(actor);
  let canonical = canonicalActors.get(actor);
  if (canonical === undefined) canonicalActors.set(actor, (canonical = canonicalJson(actor)));
  return canonical;
}

/** An event with its stream coordinates and hashes, before the store assigns a position. */
export type SealedEvent = Omit<RecordedEvent, 'position' | 'recordedAt'> & { readonly hashScheme: HashScheme };

/**
 * The shared append step of every adapter: number the events from the stream's next revision and
 * chain each hash (current scheme) to the previous event of the same stream.
 */
export function sealEvents(streamId: string, events: readonly NewEvent[], next: { revision: number; prevHash: string }): SealedEvent[] {
  return sealCanonical(streamId, events, next).map(({ event }) => event);
}

/** sealEvents, also returning the canonical JSON of each event's data and actor (what was hashed). */
export function sealCanonical(
  streamId: string,
  events: readonly NewEvent[],
  next: { revision: number; prevHash: string },
): { event: SealedEvent; data: string; actor: string }[] {
  let prevHash = next.prevHash;
  return events.map((event, index) => {
    const { occurredAt, actor, reason, commandId, correlationId, causationId } = event.metadata;
    const data = canonicalJson(event.data);
    const actorJson = canonicalJson(actor);
    const revision = next.revision + index;
    const { type, schemaVersion, eventId } = event;
    const hash = hashCanonical(CURRENT_HASH_SCHEME, {
      actor: actorJson,
      causationId,
      commandId,
      correlationId,
      data,
      eventId,
      occurredAt,
      prevHash,
      reason,
      revision,
      schemaVersion,
      streamId,
      type,
    });
    const sealed: SealedEvent = {
      eventId,
      type,
      schemaVersion,
      streamId,
      revision,
      data: event.data as RecordedEvent['data'],
      occurredAt,
      actor,
      reason,
      commandId,
      correlationId,
      causationId,
      prevHash,
      hash,
      hashScheme: CURRENT_HASH_SCHEME,
    };
    prevHash = hash;
    return { event: sealed, data, actor: actorJson };
  });
}

export type ChainProblem = 'HASH_MISMATCH' | 'PREV_HASH_MISMATCH' | 'REVISION_GAP' | 'UNKNOWN_HASH_SCHEME' | 'UNREADABLE';

export interface ChainBreak {
  readonly position: number;
  readonly streamId: string;
  readonly revision: number;
  readonly eventId: string;
  readonly problem: ChainProblem;
  /** What exactly failed, when the problem name alone does not say (e.g. which column is unreadable). */
  readonly detail?: string;
}

/** Checks one event's linkage to its stream's previous head; undefined when it links. */
export function linkProblem(
  head: { revision: number; hash: string } | undefined,
  revision: number,
  prevHash: string,
): 'REVISION_GAP' | 'PREV_HASH_MISMATCH' | undefined {
  if (revision !== (head ? head.revision + 1 : 0)) return 'REVISION_GAP';
  if (prevHash !== (head ? head.hash : GENESIS_HASH)) return 'PREV_HASH_MISMATCH';
  return undefined;
}

/**
 * Verifies the per-stream chains incrementally over events read in `$all` order. Feed every event,
 * then read `breaks`. Memory is one entry per stream. One problem per event: linkage first, then the
 * hash under the event's own scheme.
 */
export class ChainVerifier {
  private readonly heads = new Map<string, { revision: number; hash: string }>();
  readonly breaks: ChainBreak[] = [];
  verified = 0;

  add(event: RecordedEvent): void {
    this.verified++;
    const head = this.heads.get(event.streamId);
    const at = { position: event.position, streamId: event.streamId, revision: event.revision, eventId: event.eventId };
    const link = linkProblem(head, event.revision, event.prevHash);
    if (link) this.breaks.push({ ...at, problem: link });
    else if (!isHashScheme(event.hashScheme ?? 1)) this.breaks.push({ ...at, problem: 'UNKNOWN_HASH_SCHEME', detail: `scheme ${event.hashScheme}` });
    else if (hashEvent(event) !== event.hash) this.breaks.push({ ...at, problem: 'HASH_MISMATCH' });
    this.heads.set(event.streamId, { revision: event.revision, hash: event.hash });
  }

  get streams(): number {
    return this.heads.size;
  }
}
