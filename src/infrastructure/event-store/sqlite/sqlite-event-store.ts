import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Actor, NewEvent, Position, RecordedEvent } from '@kernel/events';
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
import { CURRENT_HASH_SCHEME, GENESIS_HASH, sealCanonical } from '../hash-chain';
import { deepFreeze } from '@kernel/deep-freeze';
import { EventIdIndex } from './event-id-index';
import { StreamCache } from './stream-cache';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position       INTEGER PRIMARY KEY,
  event_id       TEXT    NOT NULL,
  stream_id      TEXT    NOT NULL,
  revision       INTEGER NOT NULL,
  type           TEXT    NOT NULL,
  schema_version INTEGER NOT NULL,
  data           TEXT    NOT NULL,
  occurred_at    TEXT    NOT NULL,
  actor          TEXT    NOT NULL,
  reason         TEXT,
  command_id     TEXT    NOT NULL,
  correlation_id TEXT    NOT NULL,
  causation_id   TEXT    NOT NULL,
  recorded_at    TEXT    NOT NULL,
  prev_hash      TEXT    NOT NULL,
  hash           TEXT    NOT NULL,
  hash_scheme    INTEGER NOT NULL DEFAULT 1,
  UNIQUE (stream_id, revision)
);
CREATE INDEX IF NOT EXISTS events_by_type ON events (type, position);
`;

/**
 * Files written before hash schemes were recorded lack `hash_scheme`: adding it with DEFAULT 1 marks
 * every existing row as scheme 1 (SQLite stores the default in the schema, rewriting no row).
 */
export function migrateEventsTable(db: Database.Database): void {
  const columns = db.prepare(`SELECT name FROM pragma_table_info('events')`).pluck().all() as string[];
  if (!columns.includes('hash_scheme')) db.exec('ALTER TABLE events ADD COLUMN hash_scheme INTEGER NOT NULL DEFAULT 1');
}

/** Column order of every SELECT; rows are read as arrays (raw mode), which is much cheaper than objects. */
const COLUMNS = `position, event_id, stream_id, revision, type, schema_version, data, occurred_at, actor, reason,
  command_id, correlation_id, causation_id, recorded_at, prev_hash, hash, hash_scheme`;

type EventRow = [number, string, string, number, string, number, string, string, string, string | null, string, string, string, string, string, string, number];

interface PendingAppend {
  streamId: string;
  events: readonly NewEvent[];
  expectedRevision: ExpectedRevision;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/** Applies the SQLite durability settings the design asks for (shared with the raw benchmark baseline). */
export function openDurableDatabase(file: string): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  return db;
}

/**
 * The embedded event store: one SQLite file, WAL, synchronous=FULL.
 *
 * Group commit: appends that arrive while the event loop is busy are queued and written together in
 * one transaction on the next turn, so many concurrent commands share one fsync. Every promise
 * resolves only after that transaction has committed. A wrong expected revision fails that append
 * alone; it is detected before anything of it is written.
 *
 * Write amplification matters more than CPU here: every index is a B-tree whose pages a commit rewrites,
 * so the table has only the indexes reads need (stream + revision, type + position); the global
 * uniqueness of event ids is checked against an in-memory index of the log (event-id-index.ts).
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly statements;
  private queue: PendingAppend[] = [];
  private flushScheduled = false;
  private waiters = new Set<() => void>();
  private closed = false;
  private readonly actors = new ActorCache();
  private readonly filtered = new Map<number, Database.Statement>();
  private readonly commitListeners: ((commit: { appends: number; events: number }) => void)[] = [];
  private readonly eventIds: EventIdIndex;
  private readonly warmUp: NodeJS.Timeout;
  private readonly tail = new RecentEvents(RECENT_EVENTS);
  private readonly streams = new StreamCache(CACHED_STREAM_EVENTS, LONGEST_CACHED_STREAM);
  /** SQLite's `data_version` when the stream cache was last known to match the file: it changes when another connection commits. */
  private dataVersion = 0;

  constructor(readonly file: string) {
    this.db = openDurableDatabase(file);
    this.db.exec(SCHEMA);
    migrateEventsTable(this.db);
    this.eventIds = new EventIdIndex(this.db);
    // Started after a pause so that it does not compete with booting; a write before it finishes
    // completes it (inside its transaction).
    this.warmUp = setTimeout(() => this.warmUpEventIds(), 2000).unref();
    this.statements = {
      insert: this.db.prepare(
        `INSERT INTO events (event_id, stream_id, revision, type, schema_version, data, occurred_at, actor, reason,
           command_id, correlation_id, causation_id, recorded_at, prev_hash, hash, hash_scheme)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${CURRENT_HASH_SCHEME})`,
      ),
      head: this.db.prepare(`SELECT revision, hash FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1`),
      following: this.db.prepare(`SELECT event_id, revision, position FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`),
      forwards: this.db
        .prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`)
        .raw(),
      backwards: this.db
        .prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`)
        .raw(),
      all: this.db.prepare(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position ASC LIMIT ?`).raw(),
      maxPosition: this.db.prepare(`SELECT COALESCE(MAX(position), 0) AS head FROM events`),
      dataVersion: this.db.prepare('PRAGMA data_version').pluck(),
    };
    this.dataVersion = this.statements.dataVersion.get() as number;
    this.tail.reset((this.statements.maxPosition.get() as { head: number }).head);
  }

  append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Error('Event store is closed'));
    if (events.length === 0) return Promise.reject(new Error('append needs at least one event'));
    return new Promise((resolve, reject) => {
      this.queue.push({ streamId, events, expectedRevision, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    const batch = this.queue;
    this.queue = [];
    this.flushScheduled = false;
    const outcomes: ({ ok: AppendResult } | { error: unknown })[] = [];
    const recordedAt = new Date().toISOString();
    const written = new Map<string, { streamId: string; position: number }>();
    try {
      // IMMEDIATE: the write lock is taken before the id index tails the log, so no other writer
      // can slip rows in between the uniqueness check and the inserts.
      this.db
        .transaction(() => {
          this.eventIds.catchUp();
          for (const request of batch) {
            try {
              outcomes.push({ ok: this.appendInTransaction(request, recordedAt, written) });
            } catch (error) {
              // Refusals are decided before the first insert, so they leave nothing behind. Anything
              // else (I/O, constraint surprises) aborts the whole group: nothing of it is committed.
              if (!(error instanceof WrongExpectedVersionError || error instanceof DuplicateEventIdError)) throw error;
              outcomes.push({ error });
            }
          }
        })
        .immediate();
    } catch (error) {
      for (const request of batch) request.reject(error);
      return;
    }
    for (const [eventId, { position }] of written) this.eventIds.add(eventId, position);
    batch.forEach((request, i) => {
      const outcome = outcomes[i];
      if ('ok' in outcome) request.resolve(outcome.ok);
      else request.reject(outcome.error);
    });
    this.reportCommit(batch, outcomes);
    if (written.size > 0) this.rememberCommitted();
    this.wakeSubscribers();
  }

  /**
   * Keeps what was just committed in memory (one read per group commit), so that the subscriptions
   * woken by it (one per projection) take their next page from memory instead of each running a
   * filtered scan of the log. Rows another process appended in between are read as well: the tail
   * always holds every event of its range.
   */
  private rememberCommitted(): void {
    const rows = this.statements.all.all(this.tail.to, RECENT_EVENTS + 1) as EventRow[];
    // More than the tail holds (another process wrote a lot): start empty at the head; older pages come from SQLite.
    if (rows.length > RECENT_EVENTS) {
      this.tail.reset((this.statements.maxPosition.get() as { head: number }).head);
      this.streams.clear();
      return;
    }
    const events = rows.map((row) => this.toRecordedEvent(row));
    this.tail.add(events);
    this.streams.extend(events);
  }

  /** Observes every group commit (metrics): how many appends it carried and how many events it wrote. */
  onCommit(listener: (commit: { appends: number; events: number }) => void): void {
    this.commitListeners.push(listener);
  }

  private reportCommit(batch: readonly PendingAppend[], outcomes: readonly ({ ok: AppendResult } | { error: unknown })[]): void {
    if (this.commitListeners.length === 0) return;
    let appends = 0;
    let events = 0;
    batch.forEach((request, i) => {
      const outcome = outcomes[i];
      if ('ok' in outcome && !outcome.ok.duplicate) {
        appends++;
        events += request.events.length;
      }
    });
    if (appends === 0) return;
    for (const listener of this.commitListeners) listener({ appends, events });
  }

  /** Runs inside the group transaction; checks everything before its first insert. */
  private appendInTransaction(request: PendingAppend, recordedAt: string, written: Map<string, { streamId: string; position: number }>): AppendResult {
    const { streamId, events, expectedRevision } = request;
    const head = this.statements.head.get(streamId) as { revision: number; hash: string } | undefined;
    const actual = head ? head.revision : 'no_stream';
    if (actual !== expectedRevision) {
      const duplicate = this.findDuplicate(streamId, events, expectedRevision);
      if (duplicate) return duplicate;
      throw new WrongExpectedVersionError(streamId, expectedRevision, actual);
    }
    this.refuseStoredIds(streamId, events, written);
    // data and actor are stored as the canonical JSON that was hashed: verification re-hashes the
    // stored text without parsing it.
    const sealed = sealCanonical(streamId, events, {
      revision: head ? head.revision + 1 : 0,
      prevHash: head ? head.hash : GENESIS_HASH,
    });
    let position = 0;
    for (const { event, data, actor } of sealed) {
      const info = this.statements.insert.run(
        event.eventId,
        streamId,
        event.revision,
        event.type,
        event.schemaVersion,
        data,
        event.occurredAt,
        actor,
        event.reason ?? null,
        event.commandId,
        event.correlationId,
        event.causationId,
        recordedAt,
        event.prevHash,
        event.hash,
      );
      position = Number(info.lastInsertRowid);
      written.set(event.eventId, { streamId, position });
    }
    return { revision: sealed[sealed.length - 1].event.revision, position, duplicate: false };
  }

  /** Event ids are unique across the whole log: committed, earlier in this group, or twice in this append. */
  private refuseStoredIds(streamId: string, events: readonly NewEvent[], written: ReadonlyMap<string, { streamId: string }>): void {
    const seen = new Set<string>();
    for (const { eventId } of events) {
      const existing = seen.has(eventId) ? streamId : (written.get(eventId)?.streamId ?? this.eventIds.streamOf(eventId));
      if (existing !== undefined) throw new DuplicateEventIdError(eventId, streamId, existing);
      seen.add(eventId);
    }
  }

  /** Fills the event-id index in slices, yielding between them, until it reaches the head. */
  private warmUpEventIds(): void {
    if (this.closed) return;
    if (!this.eventIds.catchUp(20_000)) setImmediate(() => this.warmUpEventIds());
  }

  /**
   * Idempotency as in EventStoreDB: an append whose events already follow the expected revision, with
   * the same ids, was done before; it is acknowledged, not rewritten. Only consulted when the revision
   * does not match, so the common path pays nothing for it.
   */
  private findDuplicate(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): AppendResult | undefined {
    const from = expected === 'no_stream' ? 0 : expected + 1;
    const rows = this.statements.following.all(streamId, from, events.length) as { event_id: string; revision: number; position: number }[];
    if (rows.length !== events.length || rows.some((row, i) => row.event_id !== events[i].eventId)) return undefined;
    const last = rows[rows.length - 1];
    return { revision: last.revision, position: last.position, duplicate: true };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const backwards = options.direction === 'backwards';
    const cached = this.cachedStream(streamId);
    if (cached) {
      if (!backwards) return cached.slice(options.fromRevision ?? 0, (options.fromRevision ?? 0) + maxCount);
      const last = Math.min(options.fromRevision ?? Number.MAX_SAFE_INTEGER, cached.length - 1);
      return last < 0 ? [] : cached.slice(Math.max(0, last - maxCount + 1), last + 1).reverse();
    }
    const rows = backwards
      ? this.statements.backwards.all(streamId, options.fromRevision ?? Number.MAX_SAFE_INTEGER, maxCount)
      : this.statements.forwards.all(streamId, options.fromRevision ?? 0, maxCount);
    const events = (rows as EventRow[]).map((row) => this.toRecordedEvent(row));
    // A whole stream (read from its start, and not cut off by maxCount) is kept for the next load.
    if (!backwards && (options.fromRevision ?? 0) === 0 && events.length < maxCount) this.streams.put(streamId, events);
    return events.slice();
  }

  /** The cached whole stream, once sure that no other connection has committed since the cache was filled. */
  private cachedStream(streamId: string): readonly RecordedEvent[] | undefined {
    const version = this.statements.dataVersion.get() as number;
    if (version !== this.dataVersion) {
      this.streams.clear();
      this.dataVersion = version;
      return undefined;
    }
    return this.streams.get(streamId);
  }

  async readAll(options: ReadAllOptions): Promise<EventPage> {
    return this.readAllSync(options);
  }

  private readAllSync({ after, maxCount, types }: ReadAllOptions): EventPage {
    if (!types) {
      const rows = this.statements.all.all(after, maxCount) as EventRow[];
      const events = rows.map((row) => this.toRecordedEvent(row));
      return { events, scannedTo: events.length ? events[events.length - 1].position : after };
    }
    // Filtered scans read a consistent snapshot: the head and the matching rows come from one read transaction.
    const recent = this.tail.page(after, maxCount, types, (this.statements.maxPosition.get() as { head: number }).head);
    if (recent) return recent;
    return this.db.transaction(() => {
      const head = (this.statements.maxPosition.get() as { head: number }).head;
      if (types.length === 0) return { events: [], scannedTo: head };
      const rows = this.filteredStatement(types.length).all(...types.flatMap((type) => [type, after, maxCount]), maxCount) as EventRow[];
      const events = rows.map((row) => this.toRecordedEvent(row));
      const scannedTo = events.length === maxCount ? events[events.length - 1].position : head;
      return { events, scannedTo: Math.max(scannedTo, after) };
    })();
  }

  /**
   * Matching events after a position, in log order. One index-ordered subquery per type, each
   * limited, merged by position: a single `type IN (...)` would sort every remaining match per page,
   * making a long catch-up quadratic.
   */
  private filteredStatement(typeCount: number): Database.Statement {
    let statement = this.filtered.get(typeCount);
    if (!statement) {
      const perType = Array.from(
        { length: typeCount },
        () => `SELECT position FROM (SELECT position FROM events WHERE type = ? AND position > ? ORDER BY position LIMIT ?)`,
      ).join(' UNION ALL ');
      statement = this.db
        .prepare(`SELECT ${COLUMNS} FROM events WHERE position IN (${perType} ORDER BY position LIMIT ?) ORDER BY position`)
        .raw();
      this.filtered.set(typeCount, statement);
    }
    return statement;
  }

  async *subscribeToAll(options: SubscribeOptions): AsyncIterable<EventPage> {
    const { types, signal } = options;
    const pageSize = options.pageSize ?? 1000;
    let after = options.after;
    while (!signal?.aborted && !this.closed) {
      const page = this.readAllSync({ after, maxCount: pageSize, types });
      if (page.scannedTo > after) {
        after = page.scannedTo;
        yield page;
        // Reads and the embedded writes resolve as microtasks: without a macrotask turn between
        // pages, a long catch-up would starve HTTP requests until it finished.
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      // Registered synchronously after the read: a commit cannot slip in between.
      await this.nextCommit(signal);
    }
  }

  private nextCommit(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        this.waiters.delete(wake);
        signal?.removeEventListener('abort', wake);
        resolve();
      };
      this.waiters.add(wake);
      signal?.addEventListener('abort', wake, { once: true });
    });
  }

  private wakeSubscribers(): void {
    for (const wake of [...this.waiters]) wake();
  }

  private toRecordedEvent(row: EventRow): RecordedEvent {
    const [position, eventId, streamId, revision, type, schemaVersion, data, occurredAt, actor, reason, commandId, correlationId, causationId, recordedAt, prevHash, hash, hashScheme] = row;
    const event: RecordedEvent = {
      eventId,
      type,
      schemaVersion,
      streamId,
      revision,
      position,
      data: JSON.parse(data),
      occurredAt,
      actor: this.actors.parse(actor),
      commandId,
      correlationId,
      causationId,
      recordedAt,
      prevHash,
      hash,
      hashScheme,
    };
    if (reason !== null) (event as { reason?: string }).reason = reason;
    return event;
  }

  async headPosition(): Promise<Position> {
    return (this.statements.maxPosition.get() as { head: number }).head;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    if (this.queue.length) this.flush();
    this.closed = true;
    clearTimeout(this.warmUp);
    this.wakeSubscribers();
    this.db.close();
  }
}

/** How many of the latest events the store keeps in memory for the subscriptions that follow the head. */
const RECENT_EVENTS = 4096;
/** Events of recently read streams kept in memory for the next command on them (stream-cache.ts), and the longest stream kept. */
const CACHED_STREAM_EVENTS = 16_384;
const LONGEST_CACHED_STREAM = 4_096;

/**
 * The latest committed events, in log order: every event with a position in (`from`, `to`]. A
 * subscription at the head reads its next page here; anything older, or a head this process has not
 * read yet, goes to SQLite. The events are frozen because every subscriber receives the same objects.
 */
export class RecentEvents {
  private events: RecordedEvent[] = [];
  private from = 0;
  private typeSets = new WeakMap<readonly string[], ReadonlySet<string>>();

  constructor(private readonly capacity: number) {}

  get to(): Position {
    return this.events.length ? this.events[this.events.length - 1].position : this.from;
  }

  reset(from: Position): void {
    this.events = [];
    this.from = from;
  }

  add(events: readonly RecordedEvent[]): void {
    for (const event of events) this.events.push(deepFreeze(event));
    if (this.events.length > this.capacity) {
      const dropped = this.events.length - this.capacity;
      this.from = this.events[dropped - 1].position;
      this.events = this.events.slice(dropped);
    }
  }

  /** The page `readAll` would answer, or undefined when the range is not all in memory. */
  page(after: Position, maxCount: number, types: readonly string[], head: Position): EventPage | undefined {
    if (after < this.from || head !== this.to || maxCount <= 0) return undefined;
    let wanted = this.typeSets.get(types);
    if (!wanted) {
      wanted = new Set(types);
      this.typeSets.set(types, wanted);
    }
    const found: RecordedEvent[] = [];
    for (let i = this.indexAfter(after); i < this.events.length; i++) {
      const event = this.events[i];
      if (!wanted.has(event.type)) continue;
      found.push(event);
      if (found.length === maxCount) return { events: found, scannedTo: event.position };
    }
    return { events: found, scannedTo: Math.max(head, after) };
  }

  /** Index of the first event after `position` (binary search; positions increase). */
  private indexAfter(position: Position): number {
    let low = 0;
    let high = this.events.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.events[mid].position <= position) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/**
 * Parses actor JSON once per distinct value: the same few actors sign most events, and reading the
 * log (projections, verification) would otherwise spend much of its time re-parsing them.
 */
class ActorCache {
  private readonly cache = new Map<string, Actor>();
  parse(json: string): Actor {
    let actor = this.cache.get(json);
    if (!actor) {
      if (this.cache.size >= 10_000) this.cache.clear();
      actor = Object.freeze(JSON.parse(json)) as Actor;
      this.cache.set(json, actor);
    }
    return actor;
  }
}
