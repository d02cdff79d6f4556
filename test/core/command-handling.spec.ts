import { join } from 'node:path';
import { SqliteEventStore } from '@infrastructure/event-store/sqlite/sqlite-event-store';
import { CommandExecutor } from '@kernel/command-handling';
import { ConflictError, DomainRuleViolation } from '@kernel/errors';
import { DuplicateEventIdError, ExpectedRevision } from '@kernel/event-store.port';
import { NewEvent } from '@kernel/events';
import { fingerprintOf, IDEMPOTENCY_KEY_REUSED } from '@kernel/idempotency';
import { deriveId, eventIdFor, legacyEventIdFor } from '@kernel/ids';
import { counterDecider } from '../fixtures/counter';
import { newEvent } from '../fixtures/events';
import { context, tempDir } from '../fixtures/stores';

/** A client-keyed context, as CommandContextFactory.forActor builds it for `input`. */
function keyed(key: string, input: object) {
  const commandId = deriveId('command', 'admin-1', key);
  return context({ commandId, fingerprint: fingerprintOf({ ...input, idempotencyKey: key }) });
}

const reusedKey = { code: 'CONFLICT', details: { reason: IDEMPOTENCY_KEY_REUSED } };

describe('CommandExecutor (the one command path)', () => {
  let store: SqliteEventStore;
  let executor: CommandExecutor;
  beforeEach(() => {
    store = new SqliteEventStore(join(tempDir(), 'events.db'));
    executor = new CommandExecutor(store, 10);
  });
  afterEach(() => store.close());

  it('creates the stream, then appends at the exact revision, with ids derived from the command id', async () => {
    const ctx = context();
    const first = await executor.execute(counterDecider, 'counter-1', { counterId: '1', by: 2 }, ctx);
    const second = await executor.execute(counterDecider, 'counter-1', { counterId: '1', by: 3 }, context());
    expect(first).toMatchObject({ revision: 0, duplicate: false, eventTypes: ['test.CounterIncremented'], state: { total: 2 } });
    expect(second).toMatchObject({ revision: 1, state: { total: 5 } });
    const events = await store.readStream('counter-1');
    expect(events[0].eventId).toBe(eventIdFor(ctx.commandId, 'counter-1', 0));
    expect(events[0]).toMatchObject({ actor: ctx.actor, commandId: ctx.commandId, correlationId: ctx.correlationId });
  });

  it('replaying the same command id (idempotency key) writes nothing and returns the first position', async () => {
    const ctx = context();
    const first = await executor.execute(counterDecider, 'counter-2', { counterId: '2', by: 1 }, ctx);
    const replay = await executor.execute(counterDecider, 'counter-2', { counterId: '2', by: 1 }, ctx);
    expect(replay).toMatchObject({ duplicate: true, position: first.position });
    expect(await store.readStream('counter-2')).toHaveLength(1);
  });

  it('a refused rule appends nothing', async () => {
    await expect(
      executor.execute(counterDecider, 'counter-3', { counterId: '3', by: 5, ceiling: 4 }, context()),
    ).rejects.toBeInstanceOf(DomainRuleViolation);
    expect(await store.readStream('counter-3')).toEqual([]);
    expect(await store.headPosition()).toBe(0);
  });

  it('50 concurrent conflicting commands on one stream: each lands or gets CONFLICT, and no update is lost', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => executor.execute(counterDecider, 'counter-hot', { counterId: 'hot', by: 1 }, context())),
    );
    const landed = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused.every((r) => r.reason instanceof ConflictError)).toBe(true);
    expect(landed.length + refused.length).toBe(50);
    expect(landed.length).toBeGreaterThan(0);
    const events = await store.readStream('counter-hot');
    expect(events).toHaveLength(landed.length);
    // Every event's total is the previous total + 1: no decision was made on stale state.
    expect(events.map((e) => e.data.total)).toEqual(events.map((_, i) => i + 1));
  });

  it('with a single attempt, losers get CONFLICT instead of a retry', async () => {
    const strict = new CommandExecutor(store, 1);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => strict.execute(counterDecider, 'counter-strict', { counterId: 's', by: 1 }, context())),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const errors = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason);
    expect(errors).toHaveLength(4);
    expect(errors.every((e) => e instanceof ConflictError && e.code === 'CONFLICT')).toBe(true);
  });

  describe('idempotency keys', () => {
    const request = { counterId: 'k', by: 1 };

    it('the same key and request again: duplicate, at the original position, nothing written', async () => {
      const first = await executor.execute(counterDecider, 'counter-k', request, keyed('key-0001', request));
      const head = await store.headPosition();
      const again = await executor.execute(counterDecider, 'counter-k', request, keyed('key-0001', request));
      expect(again).toMatchObject({ duplicate: true, position: first.position, state: { total: 1 } });
      expect(await store.headPosition()).toBe(head);
    });

    it('the same key with another request on the same stream: IDEMPOTENCY_KEY_REUSED, nothing written', async () => {
      await executor.execute(counterDecider, 'counter-k', request, keyed('key-0002', request));
      const head = await store.headPosition();
      const other = { counterId: 'k', by: 5 };
      await expect(executor.execute(counterDecider, 'counter-k', other, keyed('key-0002', other))).rejects.toMatchObject(reusedKey);
      expect(await store.headPosition()).toBe(head);
      expect((await store.readStream('counter-k')).map((e) => e.data.total)).toEqual([1]);
    });

    it('the same key on another stream: IDEMPOTENCY_KEY_REUSED, nothing written there', async () => {
      await executor.execute(counterDecider, 'counter-k', request, keyed('key-0003', request));
      const head = await store.headPosition();
      const elsewhere = { counterId: 'j', by: 1 };
      await expect(executor.execute(counterDecider, 'counter-j', elsewhere, keyed('key-0003', elsewhere))).rejects.toMatchObject(reusedKey);
      expect(await store.headPosition()).toBe(head);
      expect(await store.readStream('counter-j')).toEqual([]);
    });

    it('events written before ids carried stream and fingerprint still count as the repeat they are', async () => {
      const ctx = keyed('key-0004', request);
      const legacy = newEvent('test.CounterIncremented', { counterId: 'k', by: 1, total: 1 }, { eventId: legacyEventIdFor(ctx.commandId, 0) });
      await store.append('counter-k', [{ ...legacy, metadata: { ...legacy.metadata, commandId: ctx.commandId } }], 'no_stream');
      expect(await executor.execute(counterDecider, 'counter-k', request, ctx)).toMatchObject({ duplicate: true });
    });

    it('a store that refuses an event id stored in another stream: the same refusal', async () => {
      class RefusingStore extends SqliteEventStore {
        override async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision) {
          if (streamId === 'counter-d') throw new DuplicateEventIdError(events[0].eventId, streamId, 'counter-elsewhere');
          return super.append(streamId, events, expected);
        }
      }
      const refusing = new RefusingStore(join(tempDir(), 'events.db'));
      try {
        const refused = new CommandExecutor(refusing, 10).execute(counterDecider, 'counter-d', request, context());
        await expect(refused).rejects.toMatchObject({ ...reusedKey, details: { reason: IDEMPOTENCY_KEY_REUSED, existingStreamId: 'counter-elsewhere' } });
      } finally {
        await refusing.close();
      }
    });
  });

  it('one command writing two streams never reuses an event id', async () => {
    const ctx = context();
    await executor.execute(counterDecider, 'counter-x', { counterId: 'x', by: 1 }, ctx);
    await executor.execute(counterDecider, 'counter-y', { counterId: 'y', by: 1 }, ctx);
    const [x] = await store.readStream('counter-x');
    const [y] = await store.readStream('counter-y');
    expect(x.eventId).not.toBe(y.eventId);
  });
});
