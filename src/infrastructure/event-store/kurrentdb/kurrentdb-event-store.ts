import {
  AllStreamResolvedEvent,
  AppendStreamState,
  BACKWARDS,
  END,
  EventData,
  FORWARDS,
  Filter,
  FilterOptions,
  KurrentDBClient,
  NO_STREAM,
  Position as KurrentPosition,
  ReadPosition,
  RecordedEvent as KurrentRecordedEvent,
  START,
  eventTypeFilter,
  excludeSystemEvents,
  jsonEvent,
} from '@kurrent/kurrentdb-client';
import { Logger } from '@nestjs/common';
import { NewEvent, Position, RecordedEvent } from '@kernel/events';
import {
  AppendResult,
  DuplicateEventIdError,
  EventPage,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  WrongExpectedVersionError,
} from '@kernel/event-store.port';
import { GENESIS_HASH, SealedEvent, sealEvents } from '../hash-chain';
import { isStreamNotFound, mapKurrentError } from './kurrentdb-errors';
import { ProgressHints, pageSubscription } from './kurrentdb-subscription';

export { mapKurrentError } from './kurrentdb-errors';

/**
 * The production event store: EventStoreDB 24.x / KurrentDB 25.x through `@kurrent/kurrentdb-client`.
 *
 * Kept thin on purpose: the hash chain comes from the shared `sealEvents`, and every method maps the
 * client's types to the port's. No server can run on the build machines, so this adapter is covered
 * by unit tests against the client's real types, error classes and documented callbacks
 * (kurrentdb-*.spec.ts); the contract suite verifies it when EVENT_STORE_URL points at a server.
 *
 * Positions. The port uses one JS number per event; KurrentDB uses `{commit, prepare}` (bigint). We
 * use `commit` and pass `{commit: p, prepare: p}` when reading from a port position. This is exact
 * for everything a gRPC client can write. Findings behind that choice:
 * - KurrentDB source (AllReader, `$all` reads): an event written with an implicit commit (every
 *   gRPC append, single or multi-event) is returned at `TFPos(prepare.LogPosition,
 *   prepare.LogPosition)`, i.e. commit == prepare == the event's own log position, distinct per event.
 * - Only explicit TCP transactions (a legacy TCP-client feature with no gRPC equivalent) produce
 *   commit != prepare, and then all events of the transaction share one commit position
 *   (maintainer comment, EventStore issue #3989: "Prepare position can only be different if you use
 *   explicit transactions").
 * - The append response's position is the log position of the batch's last event (StorageChaser
 *   acks an implicit commit at the TransactionEnd prepare), so read-your-writes waits for the right event.
 * - `$all` reads from a position are inclusive, so every read skips the event at exactly `after`.
 * - Stream reads carry `$all` positions only on servers newer than 22.6 (client d.ts); older servers
 *   report none or u64::MAX, which `toPosition` rejects instead of guessing.
 */

/**
 * The client methods this adapter calls; tests pass a hand-written fake of exactly this shape.
 * `getChannel` is declared `protected` in the client's d.ts but is a public instance field at runtime
 * (dist/Client/index.js); it is the only way to close the gRPC channel, which dispose() leaves open.
 */
export type KurrentClient = Pick<KurrentDBClient, 'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'> & {
  getChannel?: () => Promise<{ close(): void }>;
};

export interface KurrentOptions {
  /** A filtered subscription with no hint of progress for this long probes the head anyway. */
  readonly idleProbeMs?: number;
}

/** What the event's metadata holds: the envelope fields that are not KurrentDB's own. */
export type StoredMetadata = {
  schemaVersion: number;
  occurredAt: string;
  actor: RecordedEvent['actor'];
  reason?: string;
  commandId: string;
  correlationId: string;
  causationId: string;
  prevHash: string;
  hash: string;
  /** Absent on events written before schemes were recorded: those are scheme 1. */
  hashScheme?: number;
  recordedAt: string;
};

const DEFAULT_PAGE_SIZE = 1000;
const DEFAULT_IDLE_PROBE_MS = 1000;

// ---------------------------------------------------------------------------------------------
// Pure mapping helpers (exported for unit tests)
// ---------------------------------------------------------------------------------------------

/**
 * The client still parses `esdb://` but logs a deprecation warning on every connect
 * (parseConnectionString.js); the accepted spellings are kurrentdb://, kurrent://, kdb:// and
 * their +discover forms. We accept both in EVENT_STORE_URL and hand the client the new one.
 */
export function normalizeConnectionString(connectionString: string): string {
  return connectionString.trim().replace(/^esdb(\+discover)?:\/\//i, (_match, discover: string | undefined) =>
    discover ? 'kurrentdb+discover://' : 'kurrentdb://',
  );
}

/** A KurrentDB `$all` position → the port's number (the commit position; see the file comment). */
export function toPosition(position: KurrentPosition | undefined): Position {
  if (!position) {
    throw new Error('KurrentDB returned an event without a $all position (needs EventStoreDB 22.6 or later)');
  }
  return toSafeNumber(position.commit, 'position');
}

/** The port's position → a KurrentDB position (commit == prepare for every gRPC-written event). */
export function fromPosition(position: Position): KurrentPosition {
  if (!Number.isSafeInteger(position) || position < 0) throw new RangeError(`Invalid position ${position}`);
  const value = BigInt(position);
  return { commit: value, prepare: value };
}

/** Where to start an inclusive `$all` read or subscription for "after `after`". */
export function toReadPosition(after: Position): ReadPosition {
  return after === 0 ? START : fromPosition(after);
}

/** A stream revision (bigint) → the port's number. */
export function toRevision(revision: bigint): number {
  return toSafeNumber(revision, 'revision');
}

/** The port's expected revision → the client's exact stream state. Never ANY: the hash chain needs exactness. */
export function toStreamState(expected: ExpectedRevision): AppendStreamState {
  if (expected === 'no_stream') return NO_STREAM;
  if (!Number.isSafeInteger(expected) || expected < 0) throw new RangeError(`Invalid expected revision ${expected}`);
  return BigInt(expected);
}

function toSafeNumber(value: bigint, what: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0) {
    throw new RangeError(`KurrentDB ${what} ${value} does not fit a safe JS integer`);
  }
  return number;
}

/** The event data and metadata as this adapter writes them. */
export function toEventData(event: SealedEvent, recordedAt: string): EventData {
  const metadata: StoredMetadata = {
    schemaVersion: event.schemaVersion,
    occurredAt: event.occurredAt,
    actor: event.actor,
    reason: event.reason,
    commandId: event.commandId,
    correlationId: event.correlationId,
    causationId: event.causationId,
    prevHash: event.prevHash,
    hash: event.hash,
    hashScheme: event.hashScheme,
    recordedAt,
  };
  return jsonEvent({ id: event.eventId, type: event.type, data: event.data, metadata });
}

/**
 * A resolved client event → the port's RecordedEvent, field for field as the SQLite adapter builds it
 * (metadata spread first, then the store's fields). The client has already parsed data and metadata.
 */
export function toRecordedEvent(resolved: { readonly event?: KurrentRecordedEvent }): RecordedEvent {
  const recorded = resolved.event;
  if (!recorded) throw new Error('KurrentDB returned an unresolved link; this adapter never writes links');
  const where = `event ${recorded.id} in stream ${recorded.streamId}`;
  if (!recorded.isJson || !isPlainObject(recorded.data)) throw new Error(`${where} has no JSON object data`);
  if (!isStoredMetadata(recorded.metadata)) throw new Error(`${where} was not written by this adapter (metadata)`);
  const { schemaVersion, prevHash, hash, hashScheme, recordedAt, ...envelope } = recorded.metadata;
  return {
    ...envelope,
    eventId: recorded.id,
    type: recorded.type,
    schemaVersion,
    streamId: recorded.streamId,
    revision: toRevision(recorded.revision),
    position: toPosition(recorded.position),
    data: recorded.data,
    recordedAt,
    prevHash,
    hash,
    hashScheme: hashScheme ?? 1,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

function isStoredMetadata(value: unknown): value is StoredMetadata {
  return (
    isPlainObject(value) &&
    typeof value.schemaVersion === 'number' &&
    typeof value.occurredAt === 'string' &&
    isPlainObject(value.actor) &&
    typeof value.commandId === 'string' &&
    typeof value.correlationId === 'string' &&
    typeof value.causationId === 'string' &&
    typeof value.prevHash === 'string' &&
    typeof value.hash === 'string' &&
    typeof value.recordedAt === 'string'
  );
}

/** System events ($-types such as $metadata, $> links, $-streams such as $stats) are not domain events. */
export function isSystemEvent(recorded: Pick<KurrentRecordedEvent, 'type' | 'streamId'>): boolean {
  return recorded.type.startsWith('$') || recorded.streamId.startsWith('$');
}

/**
 * Server-side filter for a `$all` read or subscription. Exact type names, not the client's prefix
 * filter (a prefix "a.B" would also match "a.BC"). Without types: everything except system events.
 */
export function toFilter(types: readonly string[] | undefined, checkpointReached?: FilterOptions['checkpointReached']): Filter {
  if (!types) return excludeSystemEvents({ checkpointReached });
  const alternatives = types.map((type) => type.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return eventTypeFilter({ regex: `^(?:${alternatives})$`, checkpointReached });
}

/**
 * Idempotency as the server has it (KurrentDB's IndexWriter.CheckCommit): when the expected revision is
 * behind the stream, a batch whose ids are exactly the events right after that revision was written
 * before — the retry is acknowledged, even after the stream moved on. `following` is what the stream
 * holds from expected + 1, at most `events.length` events.
 */
export function matchRepeat(events: readonly NewEvent[], following: readonly RecordedEvent[]): AppendResult | undefined {
  if (following.length !== events.length || following.some((stored, i) => stored.eventId !== events[i].eventId)) return undefined;
  const last = following[following.length - 1];
  return { revision: last.revision, position: last.position, duplicate: true };
}

/**
 * Before a write at the stream's head: an id twice in the batch, or among the stream's last events, is
 * refused with DuplicateEventIdError, as the SQLite adapter does. KurrentDB has no index by event id and
 * its idempotency is per stream, so an id stored in another stream (or deeper in this one) is not seen
 * here; global uniqueness on this adapter rests on the command path (ids derived from unique command
 * ids, key fingerprints); see docs/decisions.md D13 and D21.
 */
export function refuseReusedIds(streamId: string, events: readonly NewEvent[], tail: readonly RecordedEvent[]): void {
  const seen = new Set<string>();
  for (const { eventId } of events) {
    if (seen.has(eventId) || tail.some((stored) => stored.eventId === eventId)) throw new DuplicateEventIdError(eventId, streamId, streamId);
    seen.add(eventId);
  }
}

// ---------------------------------------------------------------------------------------------
// The adapter
// ---------------------------------------------------------------------------------------------

export class KurrentDbEventStore implements EventStore {
  private readonly logger = new Logger('KurrentDbEventStore');
  private readonly client: KurrentClient;
  /** Aborted by close(): wakes and ends every live subscription. */
  private readonly shutdown = new AbortController();
  /** Hints of the live subscriptions: an append through this adapter moved the log. */
  private readonly subscribers = new Set<ProgressHints>();
  private readonly idleProbeMs: number;
  /** Appends and subscriptions run over the gRPC channel; reads over the Rust bridge. */
  private usedChannel = false;

  /** `client` is for tests; production builds one from the connection string. */
  constructor(connectionString: string, client?: KurrentClient, options: KurrentOptions = {}) {
    // The cast only widens `protected getChannel` to what it is at runtime (see KurrentClient).
    this.client = client ?? (KurrentDBClient.connectionString(normalizeConnectionString(connectionString)) as unknown as KurrentClient);
    this.idleProbeMs = options.idleProbeMs ?? DEFAULT_IDLE_PROBE_MS;
  }

  async append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    if (this.shutdown.signal.aborted) throw new Error('Event store is closed');
    if (events.length === 0) throw new Error('append needs at least one event');
    try {
      const tail = await this.readTail(streamId, events.length);
      const head = tail[0];
      const actual = head ? head.revision : 'no_stream';
      if (actual !== expectedRevision) {
        const repeat = await this.findRepeat(streamId, events, expectedRevision);
        if (repeat) return repeat;
        // Checked here as well as by the server: sealing against the wrong head would chain to the wrong hash.
        throw new WrongExpectedVersionError(streamId, expectedRevision, actual);
      }
      refuseReusedIds(streamId, events, tail);
      const sealed = sealEvents(streamId, events, {
        revision: head ? head.revision + 1 : 0,
        prevHash: head ? head.hash : GENESIS_HASH,
      });
      const recordedAt = new Date().toISOString();
      // The exact stream state makes the server reject a write that raced in after our head read,
      // so the prevHash we sealed with is always the hash of the event just before ours.
      this.usedChannel = true;
      const result = await this.client.appendToStream(
        streamId,
        sealed.map((event) => toEventData(event, recordedAt)),
        { streamState: toStreamState(expectedRevision) },
      );
      const written = { revision: toRevision(result.nextExpectedRevision), position: toPosition(result.position), duplicate: false };
      for (const hints of this.subscribers) hints.hint();
      return written;
    } catch (error) {
      throw mapKurrentError(error, streamId, expectedRevision);
    }
  }

  /** The stream's last `count` events, newest first; empty when the stream does not exist. */
  private readTail(streamId: string, count: number): Promise<RecordedEvent[]> {
    return this.readStream(streamId, { direction: 'backwards', maxCount: count });
  }

  private async findRepeat(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult | undefined> {
    const fromRevision = expected === 'no_stream' ? 0 : expected + 1;
    return matchRepeat(events, await this.readStream(streamId, { fromRevision, maxCount: events.length }));
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    if (maxCount <= 0) return [];
    const events: RecordedEvent[] = [];
    try {
      const read = this.client.readStream(streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.fromRevision === undefined ? (backwards ? END : START) : BigInt(options.fromRevision),
        maxCount,
      });
      for await (const resolved of read) events.push(toRecordedEvent(resolved));
      return events;
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw mapKurrentError(error, streamId);
    }
  }

  async readAll({ after, maxCount, types }: ReadAllOptions): Promise<EventPage> {
    if (maxCount <= 0) return { events: [], scannedTo: after };
    try {
      if (!types) {
        const events = await this.readAfter(after, maxCount, undefined);
        return { events, scannedTo: events.length ? events[events.length - 1].position : after };
      }
      // As in the SQLite adapter: a filtered page that is not full scanned to the end of the log, so it
      // may claim the head read BEFORE the scan (the server's filtered read pages on until maxCount
      // matches or end of $all, Enumerator.ReadAllForwardsFiltered). Events after that head still come
      // back in `events`, so nothing at or below scannedTo can be missed.
      const head = await this.headPosition();
      const events = types.length ? await this.readAfter(after, maxCount, types) : [];
      const last = events.length ? events[events.length - 1].position : after;
      const scannedTo = events.length === maxCount ? last : Math.max(head, last);
      return { events, scannedTo: Math.max(scannedTo, after) };
    } catch (error) {
      throw mapKurrentError(error);
    }
  }

  /** Up to `maxCount` non-system events strictly after `after`, optionally of the given types. */
  private async readAfter(after: Position, maxCount: number, types: readonly string[] | undefined) {
    // The read is inclusive of `after`; one extra slot keeps the page full when that event comes back.
    const read = this.client.readAll({
      direction: FORWARDS,
      fromPosition: toReadPosition(after),
      maxCount: maxCount + 1,
      filter: toFilter(types),
    });
    const events: RecordedEvent[] = [];
    for await (const resolved of read) {
      if (!isWanted(resolved, after, types)) continue;
      events.push(toRecordedEvent(resolved));
      if (events.length === maxCount) break;
    }
    return events;
  }

  /**
   * A catch-up subscription on `$all`, buffered into pages: every page holds the events that were
   * already waiting (up to pageSize), so catch-up runs in large pages and live commits arrive promptly.
   * A filtered subscription also yields empty pages whose scannedTo is the head when nothing it wants
   * lies before it (kurrentdb-subscription.ts says how that is proven): projections that ignore the
   * latest events still reach the head, go LIVE, and finish a rebuild.
   *
   * Ends quietly on abort or close; a subscription the server ends or breaks throws, so the
   * projection runner resubscribes with backoff.
   */
  async *subscribeToAll(options: SubscribeOptions): AsyncIterable<EventPage> {
    const { types } = options;
    const stop = options.signal ? AbortSignal.any([options.signal, this.shutdown.signal]) : this.shutdown.signal;
    if (stop.aborted) return;
    const hints = new ProgressHints();
    this.usedChannel = true;
    const subscription = this.client.subscribeToAll(
      { fromPosition: toReadPosition(options.after), filter: toFilter(types, hints.hint) },
      { highWaterMark: options.pageSize ?? DEFAULT_PAGE_SIZE },
    );
    this.subscribers.add(hints);
    try {
      yield* pageSubscription(subscription, hints, {
        after: options.after,
        pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
        types,
        stop,
        toRecordedEvent,
        isWanted: (resolved, after) => isWanted(resolved, after, types),
        probe: types ? (after) => this.probe(after, types) : undefined,
        idleMs: this.idleProbeMs,
      });
    } finally {
      this.subscribers.delete(hints);
    }
  }

  /** The head, when no event of `types` lies after `after` up to it; undefined otherwise (or when at the head). */
  private async probe(after: Position, types: readonly string[]): Promise<Position | undefined> {
    try {
      const head = await this.headPosition();
      if (head <= after) return undefined;
      const found = types.length ? await this.readAfter(after, 1, types) : [];
      return found.length ? undefined : head;
    } catch (error) {
      throw mapKurrentError(error);
    }
  }

  async headPosition(): Promise<Position> {
    try {
      const read = this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1, filter: toFilter(undefined) });
      for await (const resolved of read) {
        if (resolved.event && !isSystemEvent(resolved.event)) return toPosition(resolved.event.position);
      }
      return 0;
    } catch (error) {
      throw mapKurrentError(error);
    }
  }

  /**
   * Ends every subscription, cancels the client's streams (dispose), and closes the gRPC channel, which
   * dispose() leaves open and whose sockets and keepalive timers can hold the process. The Rust bridge
   * client (@kurrent/bridge 0.2, used for reads) has no close API: it is released when garbage-collected.
   * Each step runs even when an earlier one fails.
   */
  async close(): Promise<void> {
    if (this.shutdown.signal.aborted) return;
    this.shutdown.abort();
    const steps: [string, () => Promise<void>][] = [
      ['dispose the client', () => this.client.dispose()],
      ['close the gRPC channel', () => this.closeChannel()],
    ];
    for (const [what, step] of steps) {
      await step().catch((error: unknown) => this.logger.warn(`Could not ${what}: ${(error as Error)?.message ?? error}`));
    }
  }

  /** Only a channel that exists: getChannel() would otherwise open one just to close it. */
  private async closeChannel(): Promise<void> {
    if (!this.usedChannel || !this.client.getChannel) return;
    (await this.client.getChannel()).close();
  }
}

/** Belt and braces over the server filter: skips `after` itself, system events and other types. */
function isWanted(resolved: AllStreamResolvedEvent, after: Position, types: readonly string[] | undefined): boolean {
  const recorded = resolved.event;
  if (!recorded || isSystemEvent(recorded)) return false;
  if (types && !types.includes(recorded.type)) return false;
  return toPosition(recorded.position) > after;
}
