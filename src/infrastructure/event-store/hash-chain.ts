import { hash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { NewEvent, RecordedEvent } from '../../kernel/events';

/** prevHash of the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields the hash covers; the store-assigned position and recordedAt are deliberately outside. */
export type HashedFields = Pick<
  RecordedEvent,
  'prevHash' | 'streamId' | 'revision' | 'type' | 'schemaVersion' | 'data' | 'occurredAt' | 'actor' | 'commandId'
>;

/**
 * SHA-256 over RFC 8785 (JCS) canonical JSON of the hashed fields. The key order below is already the
 * canonical (sorted) order, so only the nested values need canonicalising.
 */
export function hashEvent(fields: HashedFields): string {
  // An explicit literal, not a spread: this runs once per event verified, and spreading a whole
  // recorded event costs more than the hash itself.
  return hashCanonical({
    actor: canonicalActor(fields.actor),
    commandId: fields.commandId,
    data: canonicalJson(fields.data),
    occurredAt: fields.occurredAt,
    prevHash: fields.prevHash,
    revision: fields.revision,
    schemaVersion: fields.schemaVersion,
    streamId: fields.streamId,
    type: fields.type,
  });
}

/** The hashed fields with `actor` and `data` already in canonical JSON (as the embedded store keeps them). */
export type CanonicalFields = Omit<HashedFields, 'actor' | 'data'> & { readonly actor: string; readonly data: string };

export function hashCanonical(fields: CanonicalFields): string {
  const canonical =
    `{"actor":${fields.actor},"commandId":${JSON.stringify(fields.commandId)},` +
    `"data":${fields.data},"occurredAt":${JSON.stringify(fields.occurredAt)},` +
    `"prevHash":${JSON.stringify(fields.prevHash)},"revision":${canonicalJson(fields.revision)},` +
    `"schemaVersion":${canonicalJson(fields.schemaVersion)},"streamId":${JSON.stringify(fields.streamId)},` +
    `"type":${JSON.stringify(fields.type)}}`;
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
export type SealedEvent = Omit<RecordedEvent, 'position' | 'recordedAt'>;

/**
 * The shared append step of every adapter: number the events from the stream's next revision and
 * chain each hash to the previous event of the same stream.
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
    const hash = hashCanonical({ actor: actorJson, commandId, data, occurredAt, prevHash, revision, schemaVersion, streamId, type });
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
    };
    prevHash = hash;
    return { event: sealed, data, actor: actorJson };
  });
}

export interface ChainBreak {
  readonly position: number;
  readonly streamId: string;
  readonly revision: number;
  readonly eventId: string;
  readonly problem: 'HASH_MISMATCH' | 'PREV_HASH_MISMATCH' | 'REVISION_GAP';
}

/**
 * Verifies the per-stream chains incrementally over events read in `$all` order. Feed every event,
 * then read `breaks`. Memory is one entry per stream.
 */
export class ChainVerifier {
  private readonly heads = new Map<string, { revision: number; hash: string }>();
  readonly breaks: ChainBreak[] = [];
  verified = 0;

  add(event: RecordedEvent): void {
    this.verified++;
    const head = this.heads.get(event.streamId);
    const expectedRevision = head ? head.revision + 1 : 0;
    const expectedPrev = head ? head.hash : GENESIS_HASH;
    const at = { position: event.position, streamId: event.streamId, revision: event.revision, eventId: event.eventId };
    if (event.revision !== expectedRevision) this.breaks.push({ ...at, problem: 'REVISION_GAP' });
    else if (event.prevHash !== expectedPrev) this.breaks.push({ ...at, problem: 'PREV_HASH_MISMATCH' });
    else if (hashEvent(event) !== event.hash) this.breaks.push({ ...at, problem: 'HASH_MISMATCH' });
    this.heads.set(event.streamId, { revision: event.revision, hash: event.hash });
  }

  get streams(): number {
    return this.heads.size;
  }
}
