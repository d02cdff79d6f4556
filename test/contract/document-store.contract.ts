import { randomUUID } from 'node:crypto';
import { Schema } from 'mongoose';
import { DocumentStore, DuplicateKeyError } from '@infrastructure/document-store/document-store.port';
import { leaseContractCases, sharedRateLimitCases } from './lease.contract';

const personSchema = new Schema(
  {
    _id: String,
    nip: { type: String, unique: true },
    unitId: { type: String, index: true },
    name: String,
    status: { type: String, default: 'AKTIF' },
    tags: { type: [String], default: [], index: true },
    count: Number,
  },
  { versionKey: false },
);

/** Sub-schemas: a single nested path and a document array, with undeclared fields written into both. */
const visitedSchema = new Schema(
  {
    _id: String,
    address: new Schema({ city: String }),
    visits: [new Schema({ at: Number, what: String })],
  },
  { versionKey: false },
);

export interface ContractOptions {
  /** Print the measured catch-up rate (the MongoDB suite does, against a real server). */
  readonly reportRate?: boolean;
}

/**
 * The one contract every DocumentStore adapter passes: the embedded store always, MongoDB when
 * MONGODB_URL is set. Collection names are unique per run so a shared server works.
 */
export function documentStoreContract(name: string, open: () => Promise<DocumentStore>, enabled = true, options: ContractOptions = {}): void {
  const suite = enabled ? describe : describe.skip;
  suite(`DocumentStore contract: ${name}`, () => {
    let store: DocumentStore;
    let people: string;
    beforeAll(async () => {
      store = await open();
    });
    beforeEach(() => {
      people = `people_${randomUUID().slice(0, 8)}`;
      store.define({ name: people, schema: personSchema });
    });
    afterAll(async () => {
      await store?.close();
    });

    it('upserts with update operators and applies schema defaults on insert', async () => {
      await store.transaction(async (tx) => {
        await tx.upsert(people, 'p1', { $set: { nip: '1', unitId: 'u1', name: 'Ani' }, $inc: { count: 1 } }, 1);
        await tx.upsert(people, 'p1', { $inc: { count: 2 }, $push: { tags: 'x' } }, 2);
      });
      const doc = await store.collection(people).findById('p1');
      expect(doc).toMatchObject({ _id: 'p1', nip: '1', name: 'Ani', status: 'AKTIF', count: 3, tags: ['x'], _lastPosition: 2 });
    });

    it('applies every write of the event being applied, even several to one document', async () => {
      await store.transaction(async (tx) => {
        await tx.upsert(people, 'p1', { $set: { nip: '1', unitId: 'u' }, $inc: { count: 1 } }, 5);
        await tx.upsert(people, 'p1', { $inc: { count: 10 } }, 5);
        expect(await tx.updateMany(people, { unitId: 'u' }, { $inc: { count: 100 } }, 5)).toBe(1);
        await tx.upsert(people, 'p2', { $set: { nip: '2' } }, 5);
        await tx.delete(people, 'p2', 5);
      });
      expect(await store.collection(people).findById('p1')).toMatchObject({ count: 111, _lastPosition: 5 });
      expect(await store.collection(people).findById('p2')).toBeNull();
    });

    it('ignores every write of an event the document already holds, and of earlier ones (replay is a no-op)', async () => {
      await store.transaction(async (tx) => {
        await tx.upsert(people, 'p1', { $set: { nip: '1', unitId: 'u' }, $inc: { count: 1 } }, 5);
        await tx.upsert(people, 'p1', { $inc: { count: 1 } }, 5);
      });
      await store.transaction(async (tx) => {
        await tx.upsert(people, 'p1', { $set: { nip: '1' }, $inc: { count: 1 } }, 5);
        await tx.upsert(people, 'p1', { $inc: { count: 1 } }, 5);
        await tx.upsert(people, 'p1', { $inc: { count: 1 } }, 4);
        expect(await tx.updateMany(people, {}, { $inc: { count: 1 } }, 5)).toBe(0);
        await tx.delete(people, 'p1', 5);
        await tx.delete(people, 'p1', 3);
      });
      expect(await store.collection(people).findById('p1')).toMatchObject({ count: 2, _lastPosition: 5 });
    });

    it('enforces unique indexes from the schema, as MongoDB does', async () => {
      await store.transaction(async (tx) => tx.upsert(people, 'p1', { $set: { nip: '42' } }, 1));
      await expect(
        store.transaction(async (tx) => tx.upsert(people, 'p2', { $set: { nip: '42' } }, 2)),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await store.collection(people).findById('p2')).toBeNull();
    });

    it('rolls back every write of a failed transaction', async () => {
      await store.transaction(async (tx) => tx.upsert(people, 'p1', { $set: { nip: '1', name: 'Ani' } }, 1));
      await expect(
        store.transaction(async (tx) => {
          await tx.upsert(people, 'p1', { $set: { name: 'Changed' } }, 2);
          await tx.upsert(people, 'p3', { $set: { nip: '3' } }, 2);
          throw new Error('poison');
        }),
      ).rejects.toThrow('poison');
      expect(await store.collection(people).findById('p1')).toMatchObject({ name: 'Ani' });
      expect(await store.collection(people).findById('p3')).toBeNull();
      expect(await store.collection(people).findOne({ nip: '3' })).toBeNull();
    });

    it('finds with filters, sort, skip, limit; counts; aggregates', async () => {
      await store.transaction(async (tx) => {
        for (let i = 1; i <= 5; i++) {
          await tx.upsert(people, `p${i}`, { $set: { nip: `${i}`, unitId: i % 2 ? 'odd' : 'even', name: `N${i}`, count: i } }, i);
        }
      });
      const odd = await store.collection(people).find({ unitId: 'odd' }, { sort: { count: -1 }, skip: 1, limit: 1 });
      expect(odd.map((d) => d._id)).toEqual(['p3']);
      expect(await store.collection(people).count({ count: { $gte: 3 } })).toBe(3);
      expect(await store.collection(people).count({})).toBe(5);
      const byUnit = await store
        .collection(people)
        .aggregate<{ _id: string; total: number }>([{ $match: { count: { $gt: 0 } } }, { $group: { _id: '$unitId', total: { $sum: '$count' } } }, { $sort: { _id: 1 } }]);
      expect(byUnit).toEqual([
        { _id: 'even', total: 6 },
        { _id: 'odd', total: 9 },
      ]);
      expect((await store.collection(people).findOne({ name: { $regex: '^n4$', $options: 'i' } }))?._id).toBe('p4');
    });

    it('finds by an element of an indexed array field (multikey)', async () => {
      await store.transaction(async (tx) => {
        await tx.upsert(people, 'a', { $set: { nip: 'a', tags: ['x', 'y'] } }, 1);
        await tx.upsert(people, 'b', { $set: { nip: 'b', tags: ['y'] } }, 2);
        await tx.upsert(people, 'a', { $set: { tags: ['z'] } }, 3);
      });
      expect((await store.collection(people).find({ tags: 'y' })).map((d) => d._id)).toEqual(['b']);
      expect((await store.collection(people).find({ tags: 'z' })).map((d) => d._id)).toEqual(['a']);
      expect(await store.collection(people).find({ tags: 'x' })).toEqual([]);
    });

    it('updates many documents with the position guard and deletes by id', async () => {
      await store.transaction(async (tx) => {
        await tx.upsert(people, 'a', { $set: { nip: 'a', unitId: 'u' } }, 1);
        await tx.upsert(people, 'b', { $set: { nip: 'b', unitId: 'u' } }, 10);
        expect(await tx.updateMany(people, { unitId: 'u' }, { $set: { name: 'renamed' } }, 5)).toBe(1);
        await tx.delete(people, 'a', 6);
      });
      expect(await store.collection(people).findById('a')).toBeNull();
      expect((await store.collection(people).findById('b'))?.name).toBeUndefined();
    });

    it('keeps undeclared fields inside sub-schemas and adds nothing to them (no _id): documents read back as written', async () => {
      const visited = `visited_${randomUUID().slice(0, 8)}`;
      store.define({ name: visited, schema: visitedSchema });
      await store.transaction(async (tx) => {
        await tx.upsert(visited, 'v1', { $set: { address: { city: 'Medan', postcode: '20111' }, visits: [{ at: 1, what: 'a', note: 'x' }] } }, 1);
        await tx.upsert(visited, 'v1', { $push: { visits: { at: 2, extra: { deep: true } } } }, 2);
      });
      expect(await store.collection(visited).findById('v1')).toEqual({
        _id: 'v1',
        _lastPosition: 2,
        address: { city: 'Medan', postcode: '20111' },
        visits: [
          { at: 1, what: 'a', note: 'x' },
          { at: 2, extra: { deep: true } },
        ],
      });
    });

    it('catches up a long page in one transaction: every write lands, in order, and replaying it changes nothing', async () => {
      const events = 2000;
      const totals = `totals_${randomUUID().slice(0, 8)}`;
      const page = async () =>
        store.transaction(async (tx) => {
          for (let position = 1; position <= events; position++) {
            await tx.upsert(people, `p${position % 100}`, { $set: { nip: `${position % 100}`, name: `N${position}` }, $inc: { count: 1 } }, position);
            await tx.upsert(totals, 'all', { $inc: { count: 1 } }, position);
          }
        });
      const started = performance.now();
      await page();
      const seconds = (performance.now() - started) / 1000;
      await page();
      expect(await store.collection(totals).findById('all')).toMatchObject({ count: events, _lastPosition: events });
      expect(await store.collection(people).findById('p7')).toMatchObject({ count: events / 100, name: 'N1907', _lastPosition: 1907 });
      if (options.reportRate) {
        console.log(`DocumentStore contract ${name}: catch-up ${Math.round(events / seconds)} events/s (${events} events, 2 upserts each, one transaction, ${seconds.toFixed(2)} s)`);
      }
    });

    it('puts whole documents unguarded and drops collections', async () => {
      const ops = `ops_${randomUUID().slice(0, 8)}`;
      await store.transaction(async (tx) => tx.put(ops, { _id: 'cp', position: 7 }));
      await store.transaction(async (tx) => tx.put(ops, { _id: 'cp', position: 3 }));
      expect(await store.collection(ops).findById('cp')).toMatchObject({ position: 3 });
      expect(await store.listCollections()).toContain(ops);
      await store.dropCollection(ops);
      expect(await store.collection(ops).findById('cp')).toBeNull();
    });

    leaseContractCases(() => store);
    sharedRateLimitCases(() => store);
  });
}
