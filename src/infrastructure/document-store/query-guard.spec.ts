import mongoose from 'mongoose';
import { DocumentStore } from './document-store.port';
import { EmbeddedDocumentStore } from './embedded/embedded-document-store';
import { MongoDocumentStore } from './mongo/mongo-document-store';
import { QueryOperatorRefused, assertSafeFilter } from './query-guard';

// No caller value may become a query operator: both adapters refuse anything outside the allowlist
// before running it (the MongoDB one before anything is sent: its connection here goes nowhere, so a
// refused call that reached the driver would hang rather than fail).

const hostile: [string, Record<string, any>][] = [
  ['$where', { $where: 'sleep(5000) || true' }],
  ['$function', { $expr: { $function: { body: 'function () { return true }', args: [], lang: 'js' } } }],
  ['$accumulator', { $expr: { $accumulator: {} } }],
  ['$where inside a cursor value', { $and: [{}, { $or: [{ name: { $gt: { $where: 'x' } } }] }] }],
  ['$expr', { $expr: { $eq: ['$a', '$b'] } }],
  ['$jsonSchema', { $jsonSchema: {} }],
  ['$elemMatch (not used by the code)', { tags: { $elemMatch: { $gt: 1 } } }],
  ['a $regex that is not a pattern', { name: { $regex: { $where: 'x' } } }],
];

function adapters(): [string, () => DocumentStore][] {
  return [
    ['embedded', () => new EmbeddedDocumentStore()],
    [
      'mongo',
      () => {
        const connection = mongoose.createConnection();
        // A transaction runs its work at once with a session that never reaches a server.
        jest.spyOn(connection, 'transaction').mockImplementation((async (work: (session: unknown) => Promise<unknown>) => work({})) as any);
        return new MongoDocumentStore(connection, 'nowhere:27017');
      },
    ],
  ];
}

describe.each(adapters())('%s adapter refuses operators outside the allowlist', (_, open) => {
  let store: DocumentStore;
  beforeAll(() => (store = open()));
  const people = () => store.collection('people');

  it.each(hostile)('find / findOne / count refuse %s', async (_operator, filter) => {
    await expect(people().find(filter)).rejects.toBeInstanceOf(QueryOperatorRefused);
    await expect(people().findOne(filter)).rejects.toBeInstanceOf(QueryOperatorRefused);
    await expect(people().count(filter)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses an object in place of an id', async () => {
    await expect(people().findById({ $ne: null } as unknown as string)).rejects.toBeInstanceOf(QueryOperatorRefused);
  });

  it('refuses pipeline stages and accumulators outside the allowlist', async () => {
    await expect(people().aggregate([{ $lookup: { from: 'secrets' } }])).rejects.toBeInstanceOf(QueryOperatorRefused);
    await expect(people().aggregate([{ $group: { _id: null, x: { $accumulator: {} } } }])).rejects.toBeInstanceOf(QueryOperatorRefused);
    await expect(people().aggregate([{ $match: { $where: 'true' } }])).rejects.toBeInstanceOf(QueryOperatorRefused);
  });

  it('refuses them in a filtered write, writing nothing', async () => {
    const attempt = store.transaction((tx) => tx.updateMany('people', { $where: 'true' }, { $set: { x: 1 } }, 1));
    await expect(attempt).rejects.toBeInstanceOf(QueryOperatorRefused);
  });
});

describe('the allowlist admits what the read models use', () => {
  it.each([
    { $and: [{ instansiId: { $in: ['kota-medan'] } }, { name: { $regex: 'an\\.', $options: 'i' } }] },
    { $or: [{ name: { $gt: 'A' } }, { name: 'A', _id: { $gt: 'e-1' } }] },
    { _lastPosition: { $exists: false } },
    { count: { $gte: 3, $lt: 9 }, status: { $ne: 'PENSIUN', $nin: ['X'] }, at: new Date(0) },
  ])('%j', (filter) => {
    expect(() => assertSafeFilter(filter)).not.toThrow();
  });
});
