import {
  AllStreamResolvedEvent,
  AllStreamSubscription,
  AppendStreamState,
  BACKWARDS,
  END,
  ErrorType,
  EventData,
  FORWARDS,
  Filter,
  KurrentDBClient,
  NO_STREAM,
  Position as KurrentPosition,
  ReadPosition,
  RecordedEvent as KurrentRecordedEvent,
  START,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError as KurrentWrongExpectedVersionError,
  eventTypeFilter,
  excludeSystemEvents,
  jsonEvent,
} from '@kurrent/kurrentdb-client';
import { NewEvent, Position, RecordedEvent } from '@kernel/events';
import { ServiceUnavailableError } from '@kernel/errors';
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

/**
 * The production event store: EventStoreDB 24.x / KurrentDB 25.x through `@kurrent/kurrentdb-client`.
 *
 * Kept thin on purpose: the hash chain comes from the shared `sealEvents`, and every method maps the
 * client's types to the port's. No server can run on the build machines, so this adapter is covered
 * by mapping unit tests only; the contract suite verifies it when EVENT_STORE_URL points at a server.
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

/** The client methods this adapter calls; tests pass a hand-written fake of exactly this shape. */
export type KurrentClient = Pick<
  KurrentDBClient,
  'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'
>;

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

/** grpc-js `status.UNAVAILABLE`; the client rethrows some transport failures without wrapping them. */
const GRPC_UNAVAILABLE = 14;

const DEFAULT_PAGE_SIZE = 1000;

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
export function toFilter(types: readonly string[] | undefined): Filter {
  if (!types) return excludeSystemEvents();
  const alternatives = types.map((type) => type.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return eventTypeFilter({ regex: `^(?:${alternatives})$` });
}

/**
 * The client's errors → the port's. Returns the error to throw:
 * - the client's WrongExpectedVersionError → the port's WrongExpectedVersionError (numbers, 'no_stream');
 * - the client's UnavailableError, or any error with gRPC code 14 (appendToStream can reject with a raw
 *   grpc-js error when no connection was ever made) → ServiceUnavailableError;
 * - anything else unchanged.
 * Errors are matched by class or, like the client's own converters, by their `type`/`code` fields, so a
 * second copy of the client library in node_modules cannot defeat `instanceof`.
 */
export function mapKurrentError(error: unknown, streamId?: string, expected?: ExpectedRevision): unknown {
  if (isClientWrongExpectedVersion(error)) {
    const expectedRevision = expected ?? toExpectedRevision(error.expectedState);
    if (expectedRevision === undefined) return error;
    return new WrongExpectedVersionError(
      streamId ?? error.streamName,
      expectedRevision,
      toActualRevision(error.actualState),
    );
  }
  if (isUnavailable(error)) {
    const reason = error instanceof Error ? error.message : String(error);
    const mapped = new ServiceUnavailableError(`Event store unavailable: ${reason}`);
    mapped.cause = error;
    return mapped;
  }
  return error;
}

type ClientWrongExpectedVersion = Pick<
  KurrentWrongExpectedVersionError,
  'streamName' | 'expectedState' | 'actualState'
>;

function isClientWrongExpectedVersion(error: unknown): error is ClientWrongExpectedVersion {
  return (
    error instanceof KurrentWrongExpectedVersionError ||
    (isObject(error) && error.type === ErrorType.WRONG_EXPECTED_VERSION)
  );
}

function isUnavailable(error: unknown): boolean {
  return (
    error instanceof UnavailableError ||
    (isObject(error) && (error.type === ErrorType.UNAVAILABLE || error.code === GRPC_UNAVAILABLE))
  );
}

function isStreamNotFound(error: unknown): boolean {
  return (
    error instanceof StreamNotFoundError || (isObject(error) && error.type === ErrorType.STREAM_NOT_FOUND)
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Only exact states map to the port; ANY / STREAM_EXISTS are never sent by this adapter. */
function toExpectedRevision(state: unknown): ExpectedRevision | undefined {
  if (state === NO_STREAM) return 'no_stream';
  if (typeof state === 'bigint') return toRevision(state);
  return undefined;
}

/** The server reports a missing stream as 'no_stream' (or -1 through the v2 protocol). */
function toActualRevision(state: unknown): number | 'no_stream' {
  if (typeof state === 'bigint' && state >= 0n) return toRevision(state);
  return 'no_stream';
}

/**
 * Idempotent repeat detection on the stream's last events (newest first, as read backwards). The batch
 * is a repeat when it is exactly the stream's last `events.length` events; its first id anywhere else
 * in that window means the id was used by another batch (DuplicateEventIdError, as the SQLite adapter).
 *
 * KurrentDB has no index by event id, so a repeat that arrives after later events were appended is
 * not recognised here; it fails the expected-revision check instead (the command path then re-loads).
 * Nor does the server refuse an id stored in another stream: its idempotency is per stream. Global
 * uniqueness on this adapter rests on the command path (ids derived from unique command ids, key
 * fingerprints); see docs/decisions.md D16.
 */
export function detectDuplicate(
  streamId: string,
  events: readonly NewEvent[],
  tail: readonly RecordedEvent[],
): AppendResult | undefined {
  const ids = events.map((event) => event.eventId);
  if (!tail.some((stored) => stored.eventId === ids[0])) return undefined;
  const lastN = tail.slice(0, ids.length).reverse();
  const sameBatch = lastN.length === ids.length && lastN.every((stored, i) => stored.eventId === ids[i]);
  if (!sameBatch) throw new DuplicateEventIdError(ids[0], streamId, streamId);
  return { revision: tail[0].revision, position: tail[0].position, duplicate: true };
}

// ---------------------------------------------------------------------------------------------
// The adapter
// ---------------------------------------------------------------------------------------------

export class KurrentDbEventStore implements EventStore {
  private readonly client: KurrentClient;
  /** Aborted by close(): wakes and ends every live subscription. */
  private readonly shutdown = new AbortController();

  /** `client` is for tests; production builds one from the connection string. */
  constructor(connectionString: string, client?: KurrentClient) {
    this.client = client ?? KurrentDBClient.connectionString(normalizeConnectionString(connectionString));
  }

  async append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    if (this.shutdown.signal.aborted) throw new Error('Event store is closed');
    if (events.length === 0) throw new Error('append needs at least one event');
    try {
      const tail = await this.readTail(streamId, events.length);
      const duplicate = detectDuplicate(streamId, events, tail);
      if (duplicate) return duplicate;
      const head = tail[0];
      const actual = head ? head.revision : 'no_stream';
      // Checked here as well as by the server: sealing against the wrong head would chain to the wrong hash.
      if (actual !== expectedRevision) throw new WrongExpectedVersionError(streamId, expectedRevision, actual);
      const sealed = sealEvents(streamId, events, {
        revision: head ? head.revision + 1 : 0,
        prevHash: head ? head.hash : GENESIS_HASH,
      });
      const recordedAt = new Date().toISOString();
      // The exact stream state makes the server reject a write that raced in after our head read,
      // so the prevHash we sealed with is always the hash of the event just before ours.
      const result = await this.client.appendToStream(
        streamId,
        sealed.map((event) => toEventData(event, recordedAt)),
        { streamState: toStreamState(expectedRevision) },
      );
      return { revision: toRevision(result.nextExpectedRevision), position: toPosition(result.position), duplicate: false };
    } catch (error) {
      throw mapKurrentError(error, streamId, expectedRevision);
    }
  }

  /** The stream's last `count` events, newest first; empty when the stream does not exist. */
  private readTail(streamId: string, count: number): Promise<RecordedEvent[]> {
    return this.readStream(streamId, { direction: 'backwards', maxCount: count });
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
   *
   * scannedTo is the last event of the page. With a type filter the server also reports checkpoints
   * beyond the last match, but they are not used: they arrive outside the event order of the stream
   * buffer, and their commit may be the position of the next, not yet delivered, event (they carry the
   * reader's next position with prepare 0, EventStore issue #3989). A filtered consumer that sees no
   * matches for a long time therefore re-scans from its last match after a restart: cost, not loss.
   *
   * Ends quietly on abort or close; a subscription the server ends or breaks throws, so the
   * projection runner resubscribes with backoff.
   */
  async *subscribeToAll(options: SubscribeOptions): AsyncIterable<EventPage> {
    const { types } = options;
    const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    const stop = options.signal ? AbortSignal.any([options.signal, this.shutdown.signal]) : this.shutdown.signal;
    let after = options.after;
    if (stop.aborted) return;
    const subscription = this.client.subscribeToAll(
      { fromPosition: toReadPosition(after), filter: toFilter(types) },
      { highWaterMark: pageSize },
    );
    const state = watch(subscription);
    try {
      while (!stop.aborted) {
        const events = drain(subscription, pageSize, after, types);
        if (events.length) {
          after = events[events.length - 1].position;
          yield { events, scannedTo: after };
          continue;
        }
        if (state.failure !== undefined) throw mapKurrentError(state.failure);
        if (state.ended) {
          if (stop.aborted) return;
          throw new ServiceUnavailableError('Event store unavailable: the $all subscription was ended by the server');
        }
        await state.next(stop);
      }
    } finally {
      state.dispose();
      await subscription.unsubscribe().catch(() => undefined);
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

  async close(): Promise<void> {
    if (this.shutdown.signal.aborted) return;
    this.shutdown.abort();
    await this.client.dispose();
  }
}

/** Belt and braces over the server filter: skips `after` itself, system events and other types. */
function isWanted(resolved: AllStreamResolvedEvent, after: Position, types: readonly string[] | undefined): boolean {
  const recorded = resolved.event;
  if (!recorded || isSystemEvent(recorded)) return false;
  if (types && !types.includes(recorded.type)) return false;
  return toPosition(recorded.position) > after;
}

/** Takes what the subscription has already buffered, without waiting, as one page. */
function drain(
  subscription: AllStreamSubscription,
  pageSize: number,
  after: Position,
  types: readonly string[] | undefined,
): RecordedEvent[] {
  const events: RecordedEvent[] = [];
  while (events.length < pageSize) {
    const resolved: AllStreamResolvedEvent | null = subscription.read();
    if (resolved === null) break;
    if (isWanted(resolved, after, types)) events.push(toRecordedEvent(resolved));
  }
  return events;
}

interface SubscriptionState {
  failure?: unknown;
  ended: boolean;
  /** Resolves when data, an error, the end or the abort arrives. */
  next(signal?: AbortSignal): Promise<void>;
  dispose(): void;
}

/**
 * Tracks a subscription stream in paused mode. The error listener is attached for the stream's whole
 * life: an 'error' with no listener would crash the process.
 */
function watch(subscription: AllStreamSubscription): SubscriptionState {
  let wake: (() => void) | undefined;
  const notify = () => wake?.();
  const state: SubscriptionState = {
    ended: false,
    next(signal) {
      return new Promise<void>((resolve) => {
        const done = () => {
          wake = undefined;
          signal?.removeEventListener('abort', done);
          resolve();
        };
        wake = done;
        signal?.addEventListener('abort', done, { once: true });
      });
    },
    dispose() {
      subscription.removeListener('readable', notify);
      subscription.removeListener('end', onEnd);
      subscription.removeListener('close', onEnd);
      // A no-op listener stays so a late error from the cancelled call cannot go unhandled.
      subscription.removeListener('error', onError);
      subscription.on('error', () => undefined);
      notify();
    },
  };
  const onEnd = () => {
    state.ended = true;
    notify();
  };
  const onError = (error: Error) => {
    state.failure ??= error;
    notify();
  };
  subscription.on('readable', notify);
  subscription.on('end', onEnd);
  subscription.on('close', onEnd);
  subscription.on('error', onError);
  return state;
}
