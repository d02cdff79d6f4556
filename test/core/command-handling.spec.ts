import { join } from 'node:path';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { CommandExecutor } from '../../src/kernel/command-handling';
import { ConflictError, DomainRuleViolation } from '../../src/kernel/errors';
import { eventIdFor } from '../../src/kernel/ids';
import { counterDecider } from '../fixtures/counter';
import { context, tempDir } from '../fixtures/stores';

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
});
