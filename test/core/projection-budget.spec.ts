import { join } from 'node:path';
import { EmbeddedDocumentStore } from '@infrastructure/document-store/embedded/embedded-document-store';
import { SqliteEventStore } from '@infrastructure/event-store/sqlite/sqlite-event-store';
import { CHECKPOINTS, DEAD_LETTERS } from '@infrastructure/projections/checkpoint';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { mapMongoError } from '@infrastructure/document-store/mongo/mongo-document-store';
import { CommandExecutor } from '@kernel/command-handling';
import { eventRegistry } from '@kernel/event-registry';
import mongoose from 'mongoose';
import { counterDecider, counterProjection } from '../fixtures/counter';
import { context, tempDir } from '../fixtures/stores';

/** Issue 14 items 6 and 7: transactions bounded by a budget, and infrastructure failures never poison. */
describe('ProjectionRunner transactions', () => {
  let events: SqliteEventStore;
  let docs: EmbeddedDocumentStore;
  let runner: ProjectionRunner | undefined;

  beforeEach(async () => {
    const dir = tempDir();
    events = new SqliteEventStore(join(dir, 'events.db'));
    docs = new EmbeddedDocumentStore();
    const executor = new CommandExecutor(events, 5);
    for (let i = 0; i < 20; i++) await executor.execute(counterDecider, 'counter-c1', { counterId: 'c1', by: 1 }, context());
  });
  afterEach(async () => {
    await runner?.stop();
    await events.close();
    await docs.close();
  });

  it('splits a long page into transactions bounded by writes, each moving the checkpoint to its last event', async () => {
    const transaction = jest.spyOn(docs, 'transaction');
    runner = new ProjectionRunner(events, docs, eventRegistry, { pageSize: 100, onPoison: 'stop', retryDelayMs: 10, transactionBudget: { maxWrites: 5, maxMs: 60_000 } });
    runner.register(counterProjection());
    await runner.start();
    expect(await runner.waitFor(await events.headPosition(), ['counters'], 5000)).toBe(true);
    // 20 events, one upsert each, at most 5 writes per transaction: 4 transactions, not 1.
    expect(transaction.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(await docs.collection('counters__g1').findById('c1')).toMatchObject({ total: 20, increments: 20 });
    expect(await docs.collection(CHECKPOINTS).findById('counters')).toMatchObject({ position: await events.headPosition() });
  });

  it('a MongoDB primary step-down (NotWritablePrimary after the driver retries) is retried, never parked as poison', async () => {
    const real = docs.transaction.bind(docs);
    let failures = 2;
    jest.spyOn(docs, 'transaction').mockImplementation(async (work) => {
      if (failures-- > 0) throw mapMongoError(new mongoose.mongo.MongoServerError({ code: 10107, codeName: 'NotWritablePrimary', errmsg: 'not primary' }), 'mongo:27017');
      return real(work);
    });
    runner = new ProjectionRunner(events, docs, eventRegistry, { pageSize: 100, onPoison: 'park', retryDelayMs: 5 });
    runner.register(counterProjection());
    await runner.start();
    expect(await runner.waitFor(await events.headPosition(), ['counters'], 5000)).toBe(true);
    expect(await docs.collection(DEAD_LETTERS).count({})).toBe(0);
    expect(await docs.collection('counters__g1').findById('c1')).toMatchObject({ total: 20 });
  });
});
