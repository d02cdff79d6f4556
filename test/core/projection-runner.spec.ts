import { join } from 'node:path';
import { EmbeddedDocumentStore } from '@infrastructure/document-store/embedded/embedded-document-store';
import { SqliteEventStore } from '@infrastructure/event-store/sqlite/sqlite-event-store';
import { CHECKPOINTS, DEAD_LETTERS } from '@infrastructure/projections/checkpoint';
import { physicalName } from '@infrastructure/projections/projection';
import { ProjectionRunner, RunnerOptions } from '@infrastructure/projections/projection-runner';
import { CommandExecutor } from '@kernel/command-handling';
import { eventRegistry } from '@kernel/event-registry';
import { counterDecider, counterProjection } from '../fixtures/counter';
import { context, tempDir } from '../fixtures/stores';

describe('ProjectionRunner', () => {
  let dir: string;
  let events: SqliteEventStore;
  let docs: EmbeddedDocumentStore;
  let executor: CommandExecutor;
  let runner: ProjectionRunner;
  const options: RunnerOptions = { pageSize: 7, onPoison: 'stop', retryDelayMs: 10 };

  const increment = (counterId: string, by = 1) => executor.execute(counterDecider, `counter-${counterId}`, { counterId, by }, context());
  const newRunner = (opts: RunnerOptions = options) => new ProjectionRunner(events, docs, eventRegistry, opts);

  beforeEach(() => {
    dir = tempDir();
    events = new SqliteEventStore(join(dir, 'events.db'));
    docs = new EmbeddedDocumentStore(join(dir, 'read.db'));
    executor = new CommandExecutor(events, 5);
  });
  afterEach(async () => {
    await runner?.stop();
    await events.close();
    await docs.close();
  });

  it('survives the store failing its first head read (a network call on KurrentDB): retries, then goes live', async () => {
    await increment('c1');
    let failures = 2;
    const flaky = new Proxy(events, {
      get(target, property, receiver) {
        if (property === 'headPosition') {
          return async () => {
            if (failures-- > 0) throw new Error('UNAVAILABLE: connection refused');
            return target.headPosition();
          };
        }
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      runner = new ProjectionRunner(flaky, docs, eventRegistry, options);
      runner.register(counterProjection());
      await runner.start();
      expect(await runner.waitFor(await events.headPosition(), ['counters'], 5000)).toBe(true);
      expect((await runner.status())[0].state).toBe('LIVE');
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('catches up over many pages, goes live, and follows new commits', async () => {
    for (let i = 0; i < 30; i++) await increment(`c${i % 3}`);
    runner = newRunner();
    runner.register(counterProjection());
    await runner.start();
    const head = await events.headPosition();
    expect(await runner.waitFor(head, ['counters'], 2000)).toBe(true);
    const collection = docs.collection(runner.servingCollection('counters'));
    expect(await collection.findById('c0')).toMatchObject({ total: 10, increments: 10 });
    const live = await increment('c0', 5);
    expect(await runner.waitFor(live.position, ['counters'], 2000)).toBe(true);
    expect(await collection.findById('c0')).toMatchObject({ total: 15 });
    const [status] = await runner.status();
    expect(status).toMatchObject({ name: 'counters', state: 'LIVE', lag: 0, position: live.position });
  });

  it('stores the checkpoint with the documents and resumes from it without applying an event twice', async () => {
    for (let i = 0; i < 10; i++) await increment('a');
    runner = newRunner();
    runner.register(counterProjection());
    await runner.start();
    expect(await runner.waitFor(await events.headPosition(), [], 2000)).toBe(true);
    await runner.stop();
    await docs.close();
    for (let i = 0; i < 5; i++) await increment('a');
    docs = new EmbeddedDocumentStore(join(dir, 'read.db'));
    expect(await docs.collection(CHECKPOINTS).findById('counters')).toMatchObject({ position: 10, generation: 1 });
    runner = newRunner();
    runner.register(counterProjection());
    await runner.start();
    expect(await runner.waitFor(await events.headPosition(), [], 2000)).toBe(true);
    expect(await docs.collection(physicalName('counters', 1)).findById('a')).toMatchObject({ total: 15, increments: 15 });
  });

  it('a commit that carries nothing for a projection moves it on in memory, without a read-model transaction; a restart rescans from the stored checkpoint', async () => {
    const counted = await increment('u');
    runner = newRunner();
    runner.register(counterProjection());
    await runner.start();
    expect(await runner.waitFor(counted.position, ['counters'], 2000)).toBe(true);
    const transactions = jest.spyOn(docs, 'transaction');
    const unrelated = (i: number) => ({ eventId: `unrelated-${i}`, type: 'test.Unrelated', schemaVersion: 1, data: { i }, metadata: { ...context(), occurredAt: '2026-03-01T02:00:00.000Z' } });
    for (let i = 0; i < 5; i++) await events.append(`unrelated-${i}`, [unrelated(i)], 'no_stream');
    const head = await events.headPosition();
    expect(await runner.waitFor(head, ['counters'], 2000)).toBe(true);
    expect((await runner.status())[0]).toMatchObject({ state: 'LIVE', lag: 0, position: head });
    expect(transactions).not.toHaveBeenCalled();
    const next = await increment('u');
    expect(await runner.waitFor(next.position, ['counters'], 2000)).toBe(true);
    expect(transactions).toHaveBeenCalledTimes(1);
    transactions.mockRestore();
    await runner.stop();
    await events.append('unrelated-5', [unrelated(5)], 'no_stream');
    expect(await docs.collection(CHECKPOINTS).findById('counters')).toMatchObject({ position: next.position });
    runner = newRunner();
    runner.register(counterProjection());
    await runner.start();
    expect(await runner.waitFor(await events.headPosition(), ['counters'], 2000)).toBe(true);
    expect(await docs.collection(physicalName('counters', 1)).findById('u')).toMatchObject({ total: 2, increments: 2 });
  });

  it('a poison event stops only its projection, naming the event and the error', async () => {
    for (let i = 0; i < 6; i++) await increment('p');
    runner = newRunner();
    runner.register(counterProjection({ name: 'fragile', collection: 'fragile_counters', poisonAt: 4 }));
    runner.register(counterProjection({ name: 'sturdy', collection: 'sturdy_counters' }));
    await runner.start();
    expect(await runner.waitFor(6, ['sturdy'], 2000)).toBe(true);
    expect(await runner.waitFor(6, ['fragile'], 500)).toBe(false);
    const fragile = (await runner.status()).find((s) => s.name === 'fragile')!;
    expect(fragile).toMatchObject({ state: 'STOPPED', position: 3, failedEvent: { type: 'test.CounterIncremented', position: 4, error: 'cannot project total 4' } });
    // Events before the poison event were applied and committed; nothing after it.
    expect(await docs.collection(runner.servingCollection('fragile_counters')).findById('p')).toMatchObject({ total: 3 });
    expect(await docs.collection(runner.servingCollection('sturdy_counters')).findById('p')).toMatchObject({ total: 6 });
  });

  it('with onPoison=park, the poison event goes to the dead-letter collection and the projection continues', async () => {
    for (let i = 0; i < 6; i++) await increment('q');
    runner = newRunner({ ...options, onPoison: 'park' });
    runner.register(counterProjection({ poisonAt: 2 }));
    await runner.start();
    expect(await runner.waitFor(6, [], 2000)).toBe(true);
    expect(await docs.collection(runner.servingCollection('counters')).findById('q')).toMatchObject({ total: 5, increments: 5 });
    expect(await docs.collection(DEAD_LETTERS).find({ projection: 'counters' })).toEqual([
      expect.objectContaining({ position: 2, error: 'cannot project total 2' }),
    ]);
    expect((await runner.status())[0].deadLetters).toBe(1);
  });

  it('rebuilds into a fresh generation while the old one serves, then switches and drops the old one', async () => {
    for (let i = 0; i < 20; i++) await increment('r');
    runner = newRunner();
    runner.register(counterProjection());
    await runner.start();
    await runner.waitFor(20, [], 2000);
    expect(runner.servingCollection('counters')).toBe(physicalName('counters', 1));
    const { generation } = await runner.rebuild('counters');
    expect(generation).toBe(2);
    await until(async () => runner.servingCollection('counters') === physicalName('counters', 2));
    expect(await docs.collection(physicalName('counters', 2)).findById('r')).toMatchObject({ total: 20 });
    expect(await docs.collection(physicalName('counters', 1)).findById('r')).toBeNull();
    expect(await docs.collection(CHECKPOINTS).findById('counters')).toMatchObject({ generation: 2, position: 20 });
    const next = await increment('r');
    expect(await runner.waitFor(next.position, [], 2000)).toBe(true);
    expect(await docs.collection(physicalName('counters', 2)).findById('r')).toMatchObject({ total: 21 });
  });

  it('a new projection version is rebuilt automatically on start', async () => {
    for (let i = 0; i < 5; i++) await increment('v');
    runner = newRunner();
    runner.register(counterProjection({ version: 1 }));
    await runner.start();
    await runner.waitFor(5, [], 2000);
    await runner.stop();
    runner = newRunner();
    runner.register(counterProjection({ version: 2 }));
    await runner.start();
    await until(async () => (await runner.status())[0].generation === 2 && (await runner.status())[0].state === 'LIVE');
    expect(await docs.collection(physicalName('counters', 2)).findById('v')).toMatchObject({ total: 5 });
    expect(await docs.collection(CHECKPOINTS).findById('counters')).toMatchObject({ version: 2, generation: 2 });
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
