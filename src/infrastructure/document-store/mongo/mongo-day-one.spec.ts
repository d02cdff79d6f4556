/**
 * Issue 14 items 3, 6, 7 and 8 for the MongoDB adapter. No MongoDB server runs here: errors are the
 * driver's own classes, `hello` replies are the documents the server sends, and the batching test
 * drives the adapter through a recording fake of the few Model methods it calls. What only a real
 * server can confirm is run by the document-store contract when MONGODB_URL is set.
 */
import mongoose, { Connection, Schema } from 'mongoose';
import { ServiceUnavailableError } from '@kernel/errors';
import { DuplicateKeyError } from '../document-store.port';
import { classifyWriteError, isInfrastructureFailure, mapMongoError, MongoDocumentStore } from './mongo-document-store';
import { MongoTopologyError, requireTransactions } from './mongo-topology';

// Driver internals the public index does not export; built here exactly as the driver builds them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PoolClearedError, WaitQueueTimeoutError } = require('mongodb/lib/cmap/errors');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { WriteError } = require('mongodb/lib/bulk/common');

const { MongoServerError, MongoWriteConcernError, MongoBulkWriteError } = mongoose.mongo;

describe('MongoDB errors: infrastructure failures by label, code and name (item 6)', () => {
  it.each([
    ['NotWritablePrimary 10107', new MongoServerError({ code: 10107, codeName: 'NotWritablePrimary', errmsg: 'not primary' })],
    ['PrimarySteppedDown 189', new MongoServerError({ code: 189, errmsg: 'primary stepped down' })],
    ['InterruptedDueToReplStateChange 11602', new MongoServerError({ code: 11602, errmsg: 'interrupted' })],
    ['ShutdownInProgress 91', new MongoServerError({ code: 91, errmsg: 'shutting down' })],
    ['TransientTransactionError label alone', new MongoServerError({ code: 99999, errmsg: 'x', errorLabels: ['TransientTransactionError'] })],
    ['RetryableWriteError label alone', new MongoServerError({ code: 99999, errmsg: 'x', errorLabels: ['RetryableWriteError'] })],
    ['MongoPoolClearedError (PoolRequestedRetry)', new PoolClearedError({ address: 'mongo:27017', serverError: new Error('connection reset') })],
    ['MongoWaitQueueTimeoutError', new WaitQueueTimeoutError('timed out while checking out a connection', 'mongo:27017')],
    ['a write concern timeout', new MongoWriteConcernError({ writeConcernError: { code: 64, errmsg: 'waiting for replication timed out' } } as never)],
  ])('%s → ServiceUnavailableError (retried; never poison, never parked)', (_label, error) => {
    expect(isInfrastructureFailure(error)).toBe(true);
    const mapped = mapMongoError(error, 'mongo:27017');
    expect(mapped).toBeInstanceOf(ServiceUnavailableError);
    expect((mapped as ServiceUnavailableError).message).toContain('mongo:27017');
  });

  it('leaves data errors alone: a duplicate key, a validation or cast failure, a projection bug', () => {
    const duplicate = new MongoServerError({ code: 11000, errmsg: 'E11000 duplicate key error index: nip_1 dup key: { nip: "1" }' });
    const cast = new mongoose.Error.CastError('Number', 'abc', 'count');
    for (const error of [duplicate, cast, new TypeError("Cannot read properties of undefined (reading 'nip')")]) {
      expect(isInfrastructureFailure(error)).toBe(false);
      expect(mapMongoError(error, 'h')).toBe(error);
    }
  });

  it('reads the duplicate key of a bulk write from its first write error', () => {
    const failed = new WriteError({ index: 0, code: 11000, errmsg: 'E11000 duplicate key error collection: a.people index: nip_1 dup key: { nip: "42" }', keyPattern: { nip: 1 }, keyValue: { nip: '42' } });
    const bulk = new MongoBulkWriteError({ message: failed.errmsg, code: 11000, writeErrors: [failed] }, {} as never);
    expect(classifyWriteError(bulk, 'people')).toEqual(new DuplicateKeyError('people', 'nip_1', { nip: '42' }));
    const stale = new WriteError({ index: 3, code: 11000, errmsg: 'E11000 duplicate key error collection: a.people index: _id_ dup key: { _id: "p1" }', keyPattern: { _id: 1 } });
    expect(classifyWriteError(new MongoBulkWriteError({ message: stale.errmsg, code: 11000, writeErrors: [stale] }, {} as never), 'people')).toBe('STALE');
  });
});

describe('MongoDocumentStore.connect: the server must run transactions (item 3)', () => {
  const admin = (reply: Record<string, unknown>) => async () => reply;

  it('accepts a replica set member and mongos, refuses a standalone server with a clear message', async () => {
    await expect(requireTransactions(admin({ isWritablePrimary: true, setName: 'rs0', hosts: ['mongo:27017'] }), 'h')).resolves.toBeUndefined();
    await expect(requireTransactions(admin({ isWritablePrimary: true, msg: 'isdbgrid' }), 'h')).resolves.toBeUndefined();
    const standalone = requireTransactions(admin({ isWritablePrimary: true, maxWireVersion: 21, ok: 1 }), 'mongo:27017');
    await expect(standalone).rejects.toBeInstanceOf(MongoTopologyError);
    await expect(standalone).rejects.toThrow(/mongo:27017 is a standalone server.*replica set/);
  });

  it('falls back to isMaster on servers that do not know hello', async () => {
    const commands: string[] = [];
    const old = async (command: Record<string, unknown>) => {
      commands.push(Object.keys(command)[0]);
      if ('hello' in command) throw new MongoServerError({ code: 59, errmsg: 'no such command: hello' });
      return { ismaster: true, setName: 'rs0' };
    };
    await expect(requireTransactions(old, 'h')).resolves.toBeUndefined();
    expect(commands).toEqual(['hello', 'isMaster']);
  });

  it('connect() refuses to boot on a standalone server, closes the connection, and names the host only', async () => {
    const close = jest.fn(async () => undefined);
    const fake = { asPromise: async () => fake, close, db: { admin: () => ({ command: admin({ isWritablePrimary: true, ok: 1 }) }) } };
    const create = jest.spyOn(mongoose, 'createConnection').mockReturnValue(fake as unknown as Connection);
    try {
      const attempt = MongoDocumentStore.connect('mongodb://user:secret@mongo:27017/akuntabel');
      await expect(attempt).rejects.toThrow(/mongo:27017 is a standalone server/);
      await expect(attempt).rejects.not.toThrow(/secret/);
      expect(close).toHaveBeenCalled();
    } finally {
      create.mockRestore();
    }
  });
});

/** A recording fake of the Model methods the adapter's transaction calls. */
function recordingStore(stored: Record<string, { _id: string; _lastPosition?: number }[]> = {}) {
  const calls: { collection: string; method: string; args: unknown[] }[] = [];
  const query = (value: unknown) => ({ session: () => ({ lean: async () => value, exec: async () => value }), lean: async () => value });
  const model = (collection: string) => ({
    find: (filter: { _id?: { $in?: string[] } }, ...rest: unknown[]) => {
      calls.push({ collection, method: 'find', args: [filter, ...rest] });
      const ids = filter._id?.$in;
      return query((stored[collection] ?? []).filter((doc) => !ids || ids.includes(doc._id)));
    },
    findOne: (...args: unknown[]) => {
      calls.push({ collection, method: 'findOne', args });
      return query(null);
    },
    updateOne: async (...args: unknown[]) => calls.push({ collection, method: 'updateOne', args }),
    bulkWrite: async (...args: unknown[]) => calls.push({ collection, method: 'bulkWrite', args }),
  });
  const connection = {
    model: (name: string) => model(name),
    transaction: async (work: (session: object) => Promise<unknown>) => work({}),
  };
  return { calls, store: new MongoDocumentStore(connection as unknown as Connection, 'fake:27017') };
}

describe('MongoDB transaction writes are batched with the position guard (item 7)', () => {
  it('sends a page of 1,000 events as one find and one bulkWrite per collection, not a round trip per write', async () => {
    const { calls, store } = recordingStore();
    await store.transaction(async (tx) => {
      for (let position = 1; position <= 1000; position++) {
        await tx.upsert('people', `p${position % 10}`, { $inc: { count: 1 } }, position);
        await tx.upsert('totals', 'all', { $inc: { count: 1 } }, position);
      }
    });
    expect(calls.length).toBeLessThanOrEqual(2 * 2 * 2); // ≤ 2 flushes × 2 collections × (find + bulkWrite)
    const bulk = calls.filter((c) => c.method === 'bulkWrite');
    expect(bulk.flatMap((c) => c.args[0] as unknown[])).toHaveLength(2000);
    expect(bulk.every((c) => (c.args[1] as { ordered: boolean }).ordered)).toBe(true);
  });

  it('skips writes of events a document already holds, lets every write of the current event land, and guards the rest', async () => {
    const { calls, store } = recordingStore({ people: [{ _id: 'held', _lastPosition: 50 }, { _id: 'older', _lastPosition: 10 }] });
    await store.transaction(async (tx) => {
      await tx.upsert('people', 'held', { $set: { a: 1 } }, 50); // already holds event 50: skipped
      await tx.upsert('people', 'held', { $set: { a: 1 } }, 40); // earlier event: skipped
      await tx.upsert('people', 'older', { $set: { a: 1 } }, 20); // lands, guarded
      await tx.upsert('people', 'older', { $inc: { n: 1 } }, 20); // same event again: lands
      await tx.delete('people', 'held', 50); // skipped
    });
    const [bulk] = calls.filter((c) => c.method === 'bulkWrite');
    expect(bulk.args[0]).toEqual([
      { updateOne: { filter: { _id: 'older', $or: [{ _lastPosition: { $exists: false } }, { _lastPosition: { $lt: 20 } }] }, update: { $set: { a: 1, _lastPosition: 20 } }, upsert: true, setDefaultsOnInsert: true } },
      { updateOne: { filter: { _id: 'older', _lastPosition: { $lte: 20 } }, update: { $inc: { n: 1 }, $set: { _lastPosition: 20 } }, upsert: true, setDefaultsOnInsert: true } },
    ]);
  });

  it('sends buffered writes before a read inside the transaction, so the read sees them', async () => {
    const { calls, store } = recordingStore();
    await store.transaction(async (tx) => {
      await tx.upsert('people', 'p1', { $set: { a: 1 } }, 1);
      await tx.collection('people').findById('p1');
    });
    expect(calls.map((c) => c.method)).toEqual(['find', 'bulkWrite', 'findOne']);
  });
});

describe('MongoDB keeps undeclared fields inside sub-schemas, as the embedded store (item 8)', () => {
  it('compiles sub-schemas that keep undeclared fields and add no _id, without changing the caller schema', () => {
    const address = new Schema({ city: String });
    const schema = new Schema({ _id: String, address, visits: [new Schema({ at: Number })] });
    const connection = mongoose.createConnection();
    const store = new MongoDocumentStore(connection);
    store.define({ name: 'visited', schema });
    const Model = connection.model('visited');
    const doc = new Model({ _id: 'v1', address: { city: 'Medan', postcode: '20111' }, visits: [{ at: 1, note: 'x' }] }).toObject();
    expect(doc).toEqual({ _id: 'v1', address: { city: 'Medan', postcode: '20111' }, visits: [{ at: 1, note: 'x' }] });
    expect(address.get('strict')).not.toBe(false);
    expect(address.path('_id')).toBeDefined();
  });
});
