import { NewEvent, Position, RecordedEvent } from './events';

/**
 * The write-side storage port. Adapters: embedded SQLite (default) and EventStoreDB/KurrentDB.
 * Both pass the same contract suite (test/contract/event-store.contract.ts).
 */
export const EVENT_STORE = Symbol('EVENT_STORE');

/** `NO_STREAM` for creation, otherwise the exact revision of the last event the decision saw. */
export type ExpectedRevision = 'no_stream' | number;

export interface AppendResult {
  /** Revision of the last event written (or already present, for an idempotent repeat). */
  readonly revision: number;
  /** Global position of the last event written. */
  readonly position: Position;
  /** True when every event id was already stored: nothing new was written. */
  readonly duplicate: boolean;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive start revision (forwards default 0; backwards default the end). */
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. 0 = from the beginning. */
  readonly after: Position;
  readonly maxCount: number;
  /** Only these event types (the scan position still advances over the others). */
  readonly types?: readonly string[];
}

/** A page of `$all`: the events found, and how far the log was scanned to find them. */
export interface EventPage {
  readonly events: RecordedEvent[];
  /** Resume after this position; may be beyond the last event when types were filtered. */
  readonly scannedTo: Position;
}

export interface SubscribeOptions {
  readonly after: Position;
  readonly types?: readonly string[];
  readonly pageSize?: number;
  readonly signal?: AbortSignal;
}

export interface EventStore {
  /** Appends atomically; resolves only once the events are durable. */
  append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult>;
  /** Reads a stream; an absent stream reads as empty. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options: ReadAllOptions): Promise<EventPage>;
  /** Catch-up subscription: pages from `after`, then live pages as commits happen (no polling). */
  subscribeToAll(options: SubscribeOptions): AsyncIterable<EventPage>;
  /** Position of the last event in the log (0 when empty). */
  headPosition(): Promise<Position>;
  close(): Promise<void>;
}

/** The expected revision did not match the stream. The command path turns it into a retry or CONFLICT. */
export class WrongExpectedVersionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${streamId}: expected revision ${expected}, actual ${actual}`);
    this.name = 'WrongExpectedVersionError';
  }
}

/**
 * An event id is already stored in another stream (or at another place in this one). Event ids are
 * unique across the whole log; the command path turns this into IDEMPOTENCY_KEY_REUSED or CONFLICT.
 */
export class DuplicateEventIdError extends Error {
  constructor(
    readonly eventId: string,
    readonly streamId: string,
    readonly existingStreamId: string,
  ) {
    super(`Event id ${eventId} (for ${streamId}) is already stored in ${existingStreamId}`);
    this.name = 'DuplicateEventIdError';
  }
}
