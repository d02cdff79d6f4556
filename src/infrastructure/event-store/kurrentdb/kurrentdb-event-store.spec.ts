/**
 * Unit tests of the KurrentDB adapter's MAPPING and error behaviour. No KurrentDB server runs here:
 * the fake client below only records calls and echoes back what was appended, the way the real
 * client would parse it. Nothing in this file verifies the adapter against a server; the contract
 * suite does that when EVENT_STORE_URL points at one.
 */
import { PassThrough } from 'node:stream';
import {
  AllStreamResolvedEvent,
  AllStreamSubscription,
  AppendResult as KurrentAppendResult,
  END,
  EventData,
  KurrentDBClient,
  NO_STREAM,
  Position as KurrentPosition,
  ReadAllOptions as KurrentReadAllOptions,
  ReadStreamOptions as KurrentReadStreamOptions,
  RecordedEvent as KurrentRecordedEvent,
  START,
  StreamNotFoundError,
  SubscribeToAllOptions,
  UnavailableError,
  WrongExpectedVersionError as KurrentWrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { EventMetadata, NewEvent, RecordedEvent } from '@kernel/events';
import { ConflictError, ServiceUnavailableError } from '@kernel/errors';
import { DuplicateEventIdError, EventPage, WrongExpectedVersionError } from '@kernel/event-store.port';
import { GENESIS_HASH, hashEvent, sealEvents } from '../hash-chain';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { recordFrom } from '../../../../test/fixtures/kurrent-client-fake';
import {
  KurrentClient,
  KurrentDbEventStore,
  matchRepeat,
  refuseReusedIds,
  fromPosition,
  mapKurrentError,
  normalizeConnectionString,
  toEventData,
  toFilter,
  toPosition,
  toReadPosition,
  toRecordedEvent,
  toRevision,
  toStreamState,
} from './kurrentdb-event-store';

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

const actor = { id: 'user-1', roles: [{ role: 'ADMIN', unit: 'unit-1' }] };

function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
}

function newEvent(n: number, metadata: Partial<EventMetadata> = {}): NewEvent {
  return {
    eventId: uuid(n),
    type: 'personnel.EmployeeRegistered',
    schemaVersion: 1,
    data: { nip: `19900101${n}`, name: 'Siti', units: [{ id: 'u-1', since: '2020-01-01' }] },
    metadata: {
      occurredAt: '2025-01-02T03:04:05.000Z',
      actor,
      commandId: 'cmd-1',
      correlationId: 'corr-1',
      causationId: 'cmd-1',
      ...metadata,
    },
  };
}

function systemRecord(position: bigint): KurrentRecordedEvent {
  return {
    streamId: '$stats-127.0.0.1:2113',
    id: uuid(999),
    isJson: true,
    revision: 0n,
    type: '$statsCollected',
    created: new Date(),
    data: {},
    metadata: undefined,
    position: { commit: position, prepare: position },
  };
}

// ---------------------------------------------------------------------------------------------
// A recording fake of exactly the client methods the adapter calls (mapping tests only)
// ---------------------------------------------------------------------------------------------

interface AppendCall {
  streamName: string;
  events: EventData[];
  streamState: unknown;
}

class FakeClient {
  /** `$all` in order; streams are views of it. */
  readonly log: KurrentRecordedEvent[] = [];
  readonly appends: AppendCall[] = [];
  readonly streamReads: KurrentReadStreamOptions[] = [];
  readonly allReads: KurrentReadAllOptions[] = [];
  readonly subscriptions: { options: SubscribeToAllOptions; stream: FakeSubscription }[] = [];
  appendError?: unknown;
  appendPosition?: KurrentPosition;
  disposed = false;
  private nextPosition = 1000n;

  /** Appends directly to the fake log, as if an earlier writer had. */
  seed(streamId: string, events: readonly EventData[]): void {
    for (const event of events) {
      const revision = BigInt(this.log.filter((e) => e.streamId === streamId).length);
      this.log.push(recordFrom(streamId, event, revision, this.nextPosition));
      this.nextPosition += 100n;
    }
  }

  private async *streamRead(streamName: string, options: KurrentReadStreamOptions = {}) {
    this.streamReads.push(options);
    let events = this.log.filter((e) => e.streamId === streamName);
    if (!events.length) throw new StreamNotFoundError(undefined, streamName);
    if (options.direction === 'backwards') events = [...events].reverse();
    const from = options.fromRevision;
    if (typeof from === 'bigint') events = events.filter((e) => (options.direction === 'backwards' ? e.revision <= from : e.revision >= from));
    for (const event of events.slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER))) yield { event };
  }

  private async *allRead(options: KurrentReadAllOptions = {}): AsyncGenerator<AllStreamResolvedEvent> {
    this.allReads.push(options);
    const from = options.fromPosition;
    const backwards = options.direction === 'backwards';
    let events = backwards ? [...this.log].reverse() : this.log;
    if (from && from !== START && from !== END) {
      // Inclusive, like the server's `$all` read.
      events = events.filter((e) => (backwards ? e.position!.commit <= from.commit : e.position!.commit >= from.commit));
    }
    const regex = options.filter && 'regex' in options.filter ? new RegExp(options.filter.regex) : undefined;
    if (regex) events = events.filter((e) => regex.test(e.type));
    for (const event of events.slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER))) {
      yield { event: { ...event, position: event.position! } };
    }
  }

  readonly client: KurrentClient = {
    appendToStream: (async (streamName: string, events: EventData | EventData[], options?: { streamState?: unknown }) => {
      const list = Array.isArray(events) ? events : [events];
      this.appends.push({ streamName, events: list, streamState: options?.streamState });
      if (this.appendError) throw this.appendError;
      this.seed(streamName, list);
      const last = this.log[this.log.length - 1];
      const result: KurrentAppendResult = {
        success: true,
        nextExpectedRevision: last.revision,
        position: this.appendPosition ?? last.position,
      };
      return result;
    }) as KurrentDBClient['appendToStream'],
    readStream: ((streamName: string, options?: KurrentReadStreamOptions) =>
      this.streamRead(streamName, options)) as KurrentDBClient['readStream'],
    readAll: (options?: KurrentReadAllOptions) => this.allRead(options),
    subscribeToAll: (options?: SubscribeToAllOptions) => {
      const stream = new FakeSubscription();
      this.subscriptions.push({ options: options ?? {}, stream });
      return stream as unknown as AllStreamSubscription;
    },
    dispose: async () => {
      this.disposed = true;
    },
  };
}

/** The part of the client's Subscription the adapter uses: an object-mode Readable plus unsubscribe(). */
class FakeSubscription extends PassThrough {
  unsubscribed = false;
  constructor() {
    super({ objectMode: true });
  }
  async unsubscribe(): Promise<void> {
    this.unsubscribed = true;
  }
  deliver(event: KurrentRecordedEvent): void {
    const resolved: AllStreamResolvedEvent = { event: { ...event, position: event.position! } };
    this.write(resolved);
  }
}

function setup() {
  const fake = new FakeClient();
  const store = new KurrentDbEventStore('kurrentdb://localhost:2113?tls=false', fake.client);
  return { fake, store };
}

// ---------------------------------------------------------------------------------------------
// Pure mappings
// ---------------------------------------------------------------------------------------------

describe('KurrentDB adapter mapping helpers (no server)', () => {
  it('maps esdb:// and esdb+discover:// to the kurrentdb schemes the client prefers', () => {
    expect(normalizeConnectionString('esdb://admin:changeit@localhost:2113?tls=false')).toBe(
      'kurrentdb://admin:changeit@localhost:2113?tls=false',
    );
    expect(normalizeConnectionString('esdb+discover://cluster.local:2113')).toBe('kurrentdb+discover://cluster.local:2113');
    expect(normalizeConnectionString('kurrentdb://localhost:2113')).toBe('kurrentdb://localhost:2113');
    expect(normalizeConnectionString('kurrentdb+discover://a:2113')).toBe('kurrentdb+discover://a:2113');
  });

  it('builds a real client from an esdb:// URL without the client deprecation warning (no connection is made)', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const store = new KurrentDbEventStore('esdb://localhost:2113?tls=false');
      await store.close();
      expect(warn).not.toHaveBeenCalled();
      // The raw client accepts esdb:// too, but warns: the reason for normalising.
      await KurrentDBClient.connectionString('esdb://localhost:2113?tls=false').dispose();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("'esdb' protocol is deprecated"));
    } finally {
      warn.mockRestore();
    }
  });

  it('maps positions: commit bigint → number, port number → {commit, prepare}', () => {
    expect(toPosition({ commit: 4242n, prepare: 4242n })).toBe(4242);
    expect(fromPosition(4242)).toEqual({ commit: 4242n, prepare: 4242n });
    expect(toReadPosition(0)).toBe(START);
    expect(toReadPosition(77)).toEqual({ commit: 77n, prepare: 77n });
    expect(toPosition({ commit: BigInt(Number.MAX_SAFE_INTEGER), prepare: 0n })).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses positions and revisions that do not fit a safe integer, or are missing', () => {
    const unsafe = BigInt(Number.MAX_SAFE_INTEGER) + 1n;
    expect(() => toPosition({ commit: unsafe, prepare: unsafe })).toThrow(RangeError);
    // What pre-22.6 servers report for stream reads.
    expect(() => toPosition({ commit: 18446744073709551615n, prepare: 18446744073709551615n })).toThrow(RangeError);
    expect(() => toPosition(undefined)).toThrow(/without a \$all position/);
    expect(() => toRevision(unsafe)).toThrow(RangeError);
    expect(toRevision(12n)).toBe(12);
    expect(() => fromPosition(-1)).toThrow(RangeError);
    expect(() => fromPosition(1.5)).toThrow(RangeError);
  });

  it('maps the expected revision to an exact stream state (never ANY)', () => {
    expect(toStreamState('no_stream')).toBe(NO_STREAM);
    expect(toStreamState(0)).toBe(0n);
    expect(toStreamState(41)).toBe(41n);
    expect(() => toStreamState(-1)).toThrow(RangeError);
  });

  it('builds an exact-type filter, not a prefix filter, and excludes system events by default', () => {
    const filter = toFilter(['personnel.EmployeeRegistered', 'a+b']);
    expect(filter).toMatchObject({ filterOn: 'eventType', regex: '^(?:personnel\\.EmployeeRegistered|a\\+b)$' });
    const regex = new RegExp('regex' in filter ? filter.regex : '');
    expect(regex.test('personnel.EmployeeRegistered')).toBe(true);
    expect(regex.test('personnel.EmployeeRegisteredLate')).toBe(false);
    expect(regex.test('personnelXEmployeeRegistered')).toBe(false);
    expect(toFilter(undefined)).toMatchObject({ filterOn: 'eventType', regex: '^[^$].*' });
  });

  it('writes the envelope into metadata and reads it back into the same RecordedEvent fields', () => {
    const [sealed] = sealEvents('employee-1', [newEvent(1, { reason: 'SK 12/2025' })], {
      revision: 0,
      prevHash: GENESIS_HASH,
    });
    const data = toEventData(sealed, '2025-01-02T03:04:06.000Z');
    expect(data).toMatchObject({ id: uuid(1), type: 'personnel.EmployeeRegistered', contentType: 'application/json' });
    expect(data.metadata).toEqual({
      schemaVersion: 1,
      occurredAt: '2025-01-02T03:04:05.000Z',
      actor,
      reason: 'SK 12/2025',
      commandId: 'cmd-1',
      correlationId: 'corr-1',
      causationId: 'cmd-1',
      prevHash: GENESIS_HASH,
      hash: sealed.hash,
      hashScheme: 2,
      recordedAt: '2025-01-02T03:04:06.000Z',
    });

    const recorded = toRecordedEvent({ event: recordFrom('employee-1', data, 0n, 5000n) });
    expect(recorded).toStrictEqual({ ...sealed, position: 5000, recordedAt: '2025-01-02T03:04:06.000Z' });
    expect(hashEvent(recorded)).toBe(recorded.hash);
  });

  it('reads events written before hash schemes (no hashScheme in metadata) as scheme 1, which verify as such', () => {
    const event = newEvent(1, { reason: 'SK 12/2025' });
    const data = toEventData(sealEvents('employee-1', [event], { revision: 0, prevHash: GENESIS_HASH })[0], 'now');
    const { hashScheme: _scheme, ...oldMetadata } = data.metadata as Record<string, unknown>;
    const v1Hash = hashEvent({ ...(oldMetadata as any), eventId: event.eventId, type: event.type, streamId: 'employee-1', revision: 0, data: event.data, hashScheme: 1 });
    const old = recordFrom('employee-1', { ...data, metadata: { ...oldMetadata, hash: v1Hash } } as EventData, 0n, 7n);
    const recorded = toRecordedEvent({ event: old });
    expect(recorded.hashScheme).toBe(1);
    expect(hashEvent(recorded)).toBe(recorded.hash);
    expect(hashEvent({ ...recorded, reason: 'rewritten' })).toBe(recorded.hash); // outside scheme 1, as documented
  });

  it('leaves an absent reason absent (JSON drops undefined), as the SQLite adapter does', () => {
    const [sealed] = sealEvents('employee-1', [newEvent(1)], { revision: 0, prevHash: GENESIS_HASH });
    const recorded = toRecordedEvent({ event: recordFrom('employee-1', toEventData(sealed, 'now'), 0n, 1n) });
    expect('reason' in recorded).toBe(false);
  });

  it('rejects events this adapter did not write instead of inventing envelope fields', () => {
    expect(() => toRecordedEvent({ event: systemRecord(1n) })).toThrow(/not written by this adapter/);
    expect(() => toRecordedEvent({})).toThrow(/unresolved link/);
  });

  it('recognises a repeat by the events right after the expected revision, as the server does', () => {
    const events = [newEvent(1), newEvent(2)];
    const stored = sealEvents('s', events, { revision: 0, prevHash: GENESIS_HASH }).map(
      (e, i): RecordedEvent => ({ ...e, position: 100 + i, recordedAt: 'now' }),
    );
    expect(matchRepeat(events, stored)).toEqual({ revision: 1, position: 101, duplicate: true });
    expect(matchRepeat([newEvent(3)], stored.slice(0, 1))).toBeUndefined();
    expect(matchRepeat(events, [])).toBeUndefined();
    expect(matchRepeat([newEvent(1), newEvent(9)], stored)).toBeUndefined();
  });

  it('refuses an id twice in a batch or among the stream tail before a write', () => {
    const [stored] = sealEvents('s', [newEvent(1)], { revision: 0, prevHash: GENESIS_HASH }).map((e): RecordedEvent => ({ ...e, position: 100, recordedAt: 'now' }));
    expect(() => refuseReusedIds('s', [newEvent(2), newEvent(1)], [stored])).toThrow(DuplicateEventIdError);
    expect(() => refuseReusedIds('s', [newEvent(2), newEvent(2)], [])).toThrow(DuplicateEventIdError);
    expect(() => refuseReusedIds('s', [newEvent(2)], [stored])).not.toThrow();
  });
});

describe('mapKurrentError (no server)', () => {
  it('maps the client WrongExpectedVersionError (bigint revisions) to the port error (numbers)', () => {
    const clientError = new KurrentWrongExpectedVersionError(undefined, {
      streamName: 'employee-1',
      expected: 3n,
      current: 5n,
    });
    const mapped = mapKurrentError(clientError, 'employee-1', 3);
    expect(mapped).toBeInstanceOf(WrongExpectedVersionError);
    expect(mapped).toMatchObject({ streamId: 'employee-1', expected: 3, actual: 5 });
  });

  it("maps a missing stream to actual 'no_stream' and takes expected from the error when not given", () => {
    const clientError = new KurrentWrongExpectedVersionError(undefined, {
      streamName: 'employee-2',
      expected: 0n,
      current: 'no_stream',
    });
    expect(mapKurrentError(clientError)).toMatchObject({ streamId: 'employee-2', expected: 0, actual: 'no_stream' });
  });

  it('maps a duck-typed WrongExpectedVersionError (matched by type, as the client converters do)', () => {
    const duck = { type: 'wrong-expected-version', streamName: 's', expectedState: NO_STREAM, actualState: 0n };
    expect(mapKurrentError(duck, 's', 'no_stream')).toMatchObject({ streamId: 's', expected: 'no_stream', actual: 0 });
  });

  it('maps UnavailableError and any { code: 14 } to ServiceUnavailableError', () => {
    const fromClient = mapKurrentError(new UnavailableError(undefined, 'connection refused'));
    expect(fromClient).toBeInstanceOf(ServiceUnavailableError);
    expect(fromClient).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: 'Event store unavailable: connection refused' });

    // appendToStream rejects with the raw grpc-js error when no connection was ever made.
    const raw = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 });
    const fromRaw = mapKurrentError(raw);
    expect(fromRaw).toBeInstanceOf(ServiceUnavailableError);
    expect((fromRaw as ServiceUnavailableError).message).toBe('Event store unavailable: 14 UNAVAILABLE: No connection established');
    expect((fromRaw as ServiceUnavailableError).cause).toBe(raw);

    expect(mapKurrentError({ code: 14 })).toBeInstanceOf(ServiceUnavailableError);
  });

  it('passes every other error through unchanged', () => {
    const errors = [
      new Error('boom'),
      new ConflictError('taken'),
      new WrongExpectedVersionError('s', 1, 2),
      new StreamNotFoundError(undefined, 's'),
      { code: 5 },
      'a string',
    ];
    for (const error of errors) expect(mapKurrentError(error, 's', 1)).toBe(error);
  });
});

// ---------------------------------------------------------------------------------------------
// The adapter against the recording fake (mapping coverage, NOT server verification)
// ---------------------------------------------------------------------------------------------

describe('KurrentDbEventStore.append — mapping against a recording fake client, not a server', () => {
  it('creates a stream: NO_STREAM state, hashes from sealEvents chained from genesis, numbers returned', async () => {
    const { fake, store } = setup();
    const events = [newEvent(1), newEvent(2)];

    const result = await store.append('employee-1', events, 'no_stream');

    expect(fake.appends).toHaveLength(1);
    const [call] = fake.appends;
    expect(call.streamName).toBe('employee-1');
    expect(call.streamState).toBe(NO_STREAM);
    const expected = sealEvents('employee-1', events, { revision: 0, prevHash: GENESIS_HASH });
    expect(call.events.map((e) => e.id)).toEqual([uuid(1), uuid(2)]);
    expect(call.events.map((e) => e.type)).toEqual(['personnel.EmployeeRegistered', 'personnel.EmployeeRegistered']);
    expect(call.events.map((e) => e.data)).toEqual(events.map((e) => e.data));
    expect(call.events.map((e) => e.metadata)).toEqual(
      expected.map((e) =>
        expect.objectContaining({ prevHash: e.prevHash, hash: e.hash, schemaVersion: 1, recordedAt: expect.any(String) }),
      ),
    );
    expect(result).toEqual({ revision: 1, position: 1100, duplicate: false });
  });

  it('appends to an existing stream with the exact revision as stream state and chains to the head hash', async () => {
    const { fake, store } = setup();
    await store.append('employee-1', [newEvent(1), newEvent(2)], 'no_stream');
    const head = (await store.readStream('employee-1', { direction: 'backwards', maxCount: 1 }))[0];

    const result = await store.append('employee-1', [newEvent(3)], 1);

    const call = fake.appends[1];
    expect(call.streamState).toBe(1n);
    const [sealed] = sealEvents('employee-1', [newEvent(3)], { revision: 2, prevHash: head.hash });
    expect(call.events[0].metadata).toMatchObject({ prevHash: head.hash, hash: sealed.hash });
    expect(result).toEqual({ revision: 2, position: 1200, duplicate: false });
  });

  it('fails early with the port WrongExpectedVersionError when the head does not match', async () => {
    const { fake, store } = setup();
    await store.append('employee-1', [newEvent(1)], 'no_stream');

    await expect(store.append('employee-1', [newEvent(2)], 'no_stream')).rejects.toMatchObject({
      name: 'WrongExpectedVersionError',
      expected: 'no_stream',
      actual: 0,
    });
    await expect(store.append('employee-2', [newEvent(3)], 4)).rejects.toMatchObject({ expected: 4, actual: 'no_stream' });
    expect(fake.appends).toHaveLength(1);
  });

  it('maps the server rejecting a racing write (client WrongExpectedVersionError) to the port error', async () => {
    const { fake, store } = setup();
    fake.appendError = new KurrentWrongExpectedVersionError(undefined, {
      streamName: 'employee-1',
      expected: 'no_stream',
      current: 0n,
    });
    const failure = store.append('employee-1', [newEvent(1)], 'no_stream');
    await expect(failure).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(failure).rejects.toMatchObject({ streamId: 'employee-1', expected: 'no_stream', actual: 0 });
  });

  it('acknowledges a repeat of the stream tail as duplicate without writing', async () => {
    const { fake, store } = setup();
    const first = await store.append('employee-1', [newEvent(1), newEvent(2)], 'no_stream');

    const repeat = await store.append('employee-1', [newEvent(1), newEvent(2)], 'no_stream');

    expect(repeat).toEqual({ revision: first.revision, position: first.position, duplicate: true });
    expect(fake.appends).toHaveLength(1);
  });

  it('refuses a batch whose first id is stored in another batch (DuplicateEventIdError)', async () => {
    const { store } = setup();
    await store.append('employee-1', [newEvent(1)], 'no_stream');
    await expect(store.append('employee-1', [newEvent(1), newEvent(2)], 0)).rejects.toBeInstanceOf(DuplicateEventIdError);
  });

  it('maps a raw { code: 14 } rejection to ServiceUnavailableError', async () => {
    const { fake, store } = setup();
    fake.appendError = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 });
    await expect(store.append('employee-1', [newEvent(1)], 'no_stream')).rejects.toBeInstanceOf(ServiceUnavailableError);
  });

  it('refuses an append position that does not fit a safe integer', async () => {
    const { fake, store } = setup();
    fake.appendPosition = { commit: 2n ** 60n, prepare: 2n ** 60n };
    await expect(store.append('employee-1', [newEvent(1)], 'no_stream')).rejects.toThrow(RangeError);
  });

  it('rejects an empty batch and appends after close', async () => {
    const { store } = setup();
    await expect(store.append('employee-1', [], 'no_stream')).rejects.toThrow(/at least one event/);
    await store.close();
    await expect(store.append('employee-1', [newEvent(1)], 'no_stream')).rejects.toThrow(/closed/);
  });

  it('reads back the same RecordedEvent shape as the SQLite adapter (position and recordedAt aside)', async () => {
    const { store } = setup();
    const sqlite = new SqliteEventStore(':memory:');
    try {
      const events = [newEvent(1, { reason: 'SK 1' }), newEvent(2)];
      await store.append('employee-1', events, 'no_stream');
      await sqlite.append('employee-1', events, 'no_stream');

      const fromKurrent = await store.readStream('employee-1');
      const fromSqlite = await sqlite.readStream('employee-1');

      expect(fromKurrent).toHaveLength(2);
      fromKurrent.forEach((event, i) => {
        expect(event).toStrictEqual({ ...fromSqlite[i], position: event.position, recordedAt: event.recordedAt });
        expect(Object.keys(event).sort()).toEqual(Object.keys(fromSqlite[i]).sort());
      });
    } finally {
      await sqlite.close();
    }
  });
});

describe('KurrentDbEventStore reads — mapping against a recording fake client, not a server', () => {
  it('reads an absent stream as empty', async () => {
    const { store } = setup();
    expect(await store.readStream('nobody')).toEqual([]);
  });

  it('passes direction, start revision and count through as the client expects them', async () => {
    const { fake, store } = setup();
    await store.append('employee-1', [newEvent(1), newEvent(2), newEvent(3)], 'no_stream');
    fake.streamReads.length = 0;

    const backwards = await store.readStream('employee-1', { direction: 'backwards', maxCount: 2 });
    await store.readStream('employee-1', { fromRevision: 1, maxCount: 5 });

    expect(backwards.map((e) => e.revision)).toEqual([2, 1]);
    expect(fake.streamReads).toEqual([
      { direction: 'backwards', fromRevision: END, maxCount: 2 },
      { direction: 'forwards', fromRevision: 1n, maxCount: 5 },
    ]);
    expect(await store.readStream('employee-1', { maxCount: 0 })).toEqual([]);
  });

  it('readAll skips the event at exactly `after` and system events; scannedTo is the last event', async () => {
    const { fake, store } = setup();
    await store.append('employee-1', [newEvent(1), newEvent(2)], 'no_stream'); // 1000, 1100
    fake.log.push(systemRecord(1150n));
    await store.append('employee-2', [newEvent(3)], 'no_stream'); // 1200 (the system record took no slot)

    const page = await store.readAll({ after: 1000, maxCount: 10 });

    expect(page.events.map((e) => e.position)).toEqual([1100, 1200]);
    expect(page.scannedTo).toBe(1200);
    expect(fake.allReads[0]).toMatchObject({ direction: 'forwards', fromPosition: { commit: 1000n, prepare: 1000n } });

    const limited = await store.readAll({ after: 1000, maxCount: 1 });
    expect(limited.events.map((e) => e.position)).toEqual([1100]);
    expect(limited.scannedTo).toBe(1100);

    expect(await store.readAll({ after: 1200, maxCount: 10 })).toEqual({ events: [], scannedTo: 1200 });
  });

  it('readAll with types returns only those types; a page that is not full claims the head', async () => {
    const { fake, store } = setup();
    await store.append('employee-1', [newEvent(1)], 'no_stream'); // 1000
    await store.append('training-1', [{ ...newEvent(2), type: 'training.Completed' }], 'no_stream'); // 1100
    await store.append('employee-2', [newEvent(3)], 'no_stream'); // 1200
    await store.append('training-2', [{ ...newEvent(4), type: 'training.Completed' }], 'no_stream'); // 1300

    const page = await store.readAll({ after: 0, maxCount: 10, types: ['personnel.EmployeeRegistered'] });
    expect(page.events.map((e) => e.position)).toEqual([1000, 1200]);
    expect(page.scannedTo).toBe(1300);
    expect(fake.allReads.some((r) => r.fromPosition === START)).toBe(true);

    const full = await store.readAll({ after: 0, maxCount: 1, types: ['personnel.EmployeeRegistered'] });
    expect(full).toMatchObject({ scannedTo: 1000 });

    expect(await store.readAll({ after: 0, maxCount: 10, types: [] })).toEqual({ events: [], scannedTo: 1300 });
  });

  it('headPosition is the last non-system event, 0 when empty', async () => {
    const { fake, store } = setup();
    expect(await store.headPosition()).toBe(0);
    await store.append('employee-1', [newEvent(1)], 'no_stream');
    fake.log.push(systemRecord(5000n));
    expect(await store.headPosition()).toBe(1000);
  });

  it('maps UnavailableError from a read to ServiceUnavailableError', async () => {
    const fake = new FakeClient();
    const client: KurrentClient = {
      ...fake.client,
      readStream: (() => {
        throw new UnavailableError(undefined, 'down');
      }) as KurrentDBClient['readStream'],
    };
    const store = new KurrentDbEventStore('kurrentdb://localhost:2113', client);
    await expect(store.readStream('employee-1')).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(store.append('employee-1', [newEvent(1)], 'no_stream')).rejects.toBeInstanceOf(ServiceUnavailableError);
  });
});

describe('KurrentDbEventStore.subscribeToAll — paging over a fake subscription stream, not a server', () => {
  async function nextPage(iterator: AsyncIterator<EventPage>): Promise<EventPage> {
    const result = await iterator.next();
    if (result.done) throw new Error('subscription ended');
    return result.value;
  }

  async function recordsOf(fake: FakeClient, streamId: string, events: NewEvent[]) {
    const sealed = sealEvents(streamId, events, { revision: 0, prevHash: GENESIS_HASH });
    fake.seed(streamId, sealed.map((e) => toEventData(e, 'now')));
    return fake.log.filter((e) => e.streamId === streamId);
  }

  it('pages buffered events, skips `after` and system events, then delivers live events; abort unsubscribes', async () => {
    const { fake, store } = setup();
    const records = await recordsOf(fake, 'employee-1', [newEvent(1), newEvent(2), newEvent(3)]); // 1000..1200
    const abort = new AbortController();
    const iterator = store.subscribeToAll({ after: 1000, pageSize: 10, signal: abort.signal })[Symbol.asyncIterator]();

    const first = iterator.next();
    const [{ options, stream }] = fake.subscriptions;
    expect(options.fromPosition).toEqual({ commit: 1000n, prepare: 1000n });
    expect(options.filter).toMatchObject({ regex: '^[^$].*' });
    stream.deliver(records[0]);
    stream.deliver(records[1]);
    stream.deliver(systemRecord(1150n));
    const page1 = await first;
    expect(page1.done).toBe(false);
    expect((page1.value as EventPage).events.map((e) => e.position)).toEqual([1100]);
    expect((page1.value as EventPage).scannedTo).toBe(1100);

    stream.deliver(records[2]);
    const page2 = await nextPage(iterator);
    expect(page2.events.map((e) => e.eventId)).toEqual([uuid(3)]);
    expect(page2.scannedTo).toBe(1200);

    const pending = iterator.next();
    abort.abort();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(stream.unsubscribed).toBe(true);
  });

  it('splits a backlog into pages of pageSize', async () => {
    const { fake, store } = setup();
    const records = await recordsOf(fake, 'employee-1', [newEvent(1), newEvent(2), newEvent(3)]);
    const iterator = store.subscribeToAll({ after: 0, pageSize: 2 })[Symbol.asyncIterator]();
    const first = iterator.next();
    const { stream, options } = fake.subscriptions[0];
    expect(options.fromPosition).toBe(START);
    records.forEach((r) => stream.deliver(r));

    expect(((await first).value as EventPage).events).toHaveLength(2);
    expect((await nextPage(iterator)).events).toHaveLength(1);
    await iterator.return?.();
    expect(stream.unsubscribed).toBe(true);
  });

  it('passes an exact type filter and drops other types defensively', async () => {
    const { fake, store } = setup();
    const records = await recordsOf(fake, 'employee-1', [newEvent(1), { ...newEvent(2), type: 'other.Type' }]);
    const iterator = store.subscribeToAll({ after: 0, types: ['other.Type'] })[Symbol.asyncIterator]();
    const first = iterator.next();
    const { stream, options } = fake.subscriptions[0];
    expect(options.filter).toMatchObject({ filterOn: 'eventType', regex: '^(?:other\\.Type)$' });
    records.forEach((r) => stream.deliver(r));
    expect(((await first).value as EventPage).events.map((e) => e.type)).toEqual(['other.Type']);
    await iterator.return?.();
  });

  it('throws ServiceUnavailableError when the subscription fails with UNAVAILABLE', async () => {
    const { fake, store } = setup();
    const iterator = store.subscribeToAll({ after: 0 })[Symbol.asyncIterator]();
    const first = iterator.next();
    const { stream } = fake.subscriptions[0];
    stream.destroy(Object.assign(new Error('14 UNAVAILABLE: Connection dropped'), { code: 14 }));
    await expect(first).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(stream.unsubscribed).toBe(true);
  });

  it('throws when the server ends the subscription, so the runner resubscribes', async () => {
    const { fake, store } = setup();
    const iterator = store.subscribeToAll({ after: 0 })[Symbol.asyncIterator]();
    const first = iterator.next();
    fake.subscriptions[0].stream.end();
    await expect(first).rejects.toBeInstanceOf(ServiceUnavailableError);
  });

  it('ends quietly when the store closes, and disposes the client', async () => {
    const { fake, store } = setup();
    const iterator = store.subscribeToAll({ after: 0 })[Symbol.asyncIterator]();
    const first = iterator.next();
    await new Promise((resolve) => setImmediate(resolve));
    await store.close();
    expect(await first).toEqual({ done: true, value: undefined });
    expect(fake.disposed).toBe(true);
    expect(fake.subscriptions[0].stream.unsubscribed).toBe(true);
  });

  it('does not subscribe when the signal is already aborted', async () => {
    const { fake, store } = setup();
    const abort = new AbortController();
    abort.abort();
    const iterator = store.subscribeToAll({ after: 0, signal: abort.signal })[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    expect(fake.subscriptions).toHaveLength(0);
  });
});
