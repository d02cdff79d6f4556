import fc from 'fast-check';
import { Query } from 'mingo';
import { Schema } from 'mongoose';
import { Doc, Filter, Sort } from '../document-store.port';
import { EmbeddedCollection } from './embedded-collection';
import { compareValues } from './key-order';
import { Plan, compiled, count, find, plansFor } from './query-planner';

// The planner against a full mingo scan: every plan it can choose (ids, each index's ranges and
// walks, merges, a scan) must return exactly what mingo returns over all documents, on random data
// with missing and null fields, mixed types, arrays, and random filters, sorts and pages.

// mingo/util has no types under this project's module resolution.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mingoCompare: (a: unknown, b: unknown) => number = require('mingo/util').compare;

const FIELDS = ['a', 'b', 'c'] as const;
const scalar = fc.oneof(fc.constantFrom(null, true, false, '', 'a', 'b', 'ab', 'B', 'c'), fc.integer({ min: -3, max: 3 }), fc.constantFrom(0.5, -1.5));
const value = fc.oneof(
  { weight: 8, arbitrary: scalar },
  { weight: 2, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom([[1]], { x: 1 }) },
);
const record = fc.record({ a: value, b: value, c: value }, { requiredKeys: [] });

const field = fc.constantFrom(...FIELDS, '_id');
const id = fc.integer({ min: 0, max: 12 }).map((i) => `d${i}`);
const operand = (f: string) => (f === '_id' ? id : scalar);
const predicate: fc.Arbitrary<Filter> = field.chain((f) =>
  fc.oneof(
    operand(f).map((v) => ({ [f]: v })),
    fc.constantFrom('$eq', '$ne', '$gt', '$gte', '$lt', '$lte').chain((op) => operand(f).map((v) => ({ [f]: { [op]: v } }))),
    fc.tuple(operand(f), operand(f)).map(([lo, hi]) => ({ [f]: { $gte: lo, $lt: hi } })),
    fc.array(operand(f), { maxLength: 4 }).chain((vs) => fc.constantFrom('$in', '$nin').map((op) => ({ [f]: { [op]: vs } }))),
    fc.boolean().map((exists) => ({ [f]: { $exists: exists } })),
  ),
);
const filter: fc.Arbitrary<Filter> = fc.letrec<{ filter: Filter }>((tie) => ({
  filter: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    predicate,
    fc.array(tie('filter'), { minLength: 1, maxLength: 3 }).map((parts) => ({ $and: parts })),
    fc.array(tie('filter'), { minLength: 1, maxLength: 3 }).map((parts) => ({ $or: parts })),
    fc.tuple(predicate, predicate).map(([x, y]) => ({ ...x, ...y })),
    // The keyset form of connection.ts's paginate.
    fc.tuple(tie('filter'), fc.constantFrom(...FIELDS), scalar, id).map(([base, f, v, after]) => ({
      $and: [base, { $or: [{ [f]: { $gt: v } }, { [f]: v, _id: { $gt: after } }] }],
    })),
  ),
})).filter;
const sort: fc.Arbitrary<Sort | undefined> = fc.option(
  fc
    .tuple(fc.shuffledSubarray([...FIELDS]), fc.array(fc.constantFrom(1 as const, -1 as const), { minLength: 4, maxLength: 4 }))
    .map(([fields, dirs]) => Object.fromEntries([...fields, '_id'].map((f, i) => [f, dirs[i]]))),
);

function schema(): Schema {
  const s = new Schema({}, { strict: false });
  s.index({ a: 1 });
  s.index({ a: 1, b: -1 });
  s.index({ b: 1, c: 1, _id: 1 });
  s.index({ c: -1, a: 1 });
  return s;
}

/** Inserts the records, then replaces or deletes some, so index maintenance is exercised too. */
function collectionOf(records: Record<string, unknown>[], changes: [number, Record<string, unknown> | null][]): EmbeddedCollection {
  const collection = new EmbeddedCollection('things');
  collection.configure(schema());
  records.forEach((r, i) => collection.write(`d${i}`, { _id: `d${i}`, ...r }));
  for (const [at, next] of changes) {
    const target = `d${at % Math.max(1, records.length)}`;
    if (!collection.docs.has(target)) continue;
    collection.write(target, next ? { _id: target, ...next } : undefined);
  }
  return collection;
}

function reference(collection: EmbeddedCollection, f: Filter, s?: Sort, skip = 0, limit = 0): Doc[] {
  let cursor = new Query(f).find([...collection.docs.values()]);
  if (s) cursor = cursor.sort(s);
  if (skip) cursor = cursor.skip(skip);
  if (limit) cursor = cursor.limit(limit);
  return cursor.all() as Doc[];
}

const ids = (docs: Doc[]) => docs.map((d) => d._id);
const describe_ = (plan: Plan) => (plan.kind === 'index' ? `${plan.index.name}${plan.order ? ` ordered ${plan.order.direction}` : ''}` : plan.kind);

describe('query planner (agrees with a full mingo scan)', () => {
  const data = fc.tuple(fc.array(record, { maxLength: 12 }), fc.array(fc.tuple(fc.nat(), fc.option(record)), { maxLength: 4 }));

  it('every plan finds what mingo finds, in mingo order, with skip and limit', () => {
    fc.assert(
      fc.property(data, filter, sort, fc.nat(3), fc.nat(4), ([records, changes], f, s, skip, limit) => {
        const collection = collectionOf(records, changes);
        const expected = reference(collection, f, s, skip, limit);
        for (const plan of plansFor(collection, f, s)) {
          const found = find(collection, f, { sort: s, skip, limit }, () => plan);
          if (s) expect({ plan: describe_(plan), ids: ids(found) }).toEqual({ plan: describe_(plan), ids: ids(expected) });
          else if (!limit && !skip) expect(ids(found).sort()).toEqual(ids(expected).sort());
          else {
            // Without a sort a page may be any `limit` matches: check they match and how many there are.
            const all = new Set(ids(reference(collection, f)));
            expect(found.every((d) => all.has(d._id))).toBe(true);
            expect(found.length).toBe(Math.max(0, Math.min(limit || Infinity, all.size - skip)));
          }
        }
        expect(ids(find(collection, f, { sort: s, skip, limit }))).toEqual(s ? ids(expected) : ids(find(collection, f, { sort: s, skip, limit })));
      }),
      { numRuns: 600 },
    );
  });

  it('counts what mingo counts, from the index alone or by testing candidates', () => {
    fc.assert(
      fc.property(data, filter, ([records, changes], f) => {
        const collection = collectionOf(records, changes);
        const expected = reference(collection, f).length;
        expect(count(collection, f)).toBe(expected);
        for (const plan of plansFor(collection, f)) expect(count(collection, f, () => plan)).toBe(expected);
      }),
      { numRuns: 600 },
    );
  });

  it('orders index keys as mingo compares them (BSON order across types)', () => {
    fc.assert(
      fc.property(scalar, scalar, (x, y) => {
        expect(Math.sign(compareValues(x, y))).toBe(Math.sign(mingoCompare(x, y)));
      }),
    );
  });

  it('serves the keyset page of paginate by an index walk, reading only the page', () => {
    const collection = new EmbeddedCollection('people');
    const s = new Schema({}, { strict: false });
    s.index({ instansiId: 1, name: 1, _id: 1 });
    collection.configure(s);
    for (let i = 0; i < 5000; i++) collection.write(`e${i}`, { _id: `e${i}`, instansiId: i % 2 ? 'kota-medan' : 'kota-binjai', name: `N${(i * 7919) % 5000}` });
    const base = { instansiId: 'kota-medan' };
    const page = { $and: [base, { $or: [{ name: { $gt: 'N2500' } }, { name: 'N2500', _id: { $gt: 'e0' } }] }] };
    const plans = plansFor(collection, page, { name: 1, _id: 1 });
    const chosen = plans.find((p) => p.kind === 'index' && p.order);
    expect(chosen && describe_(chosen)).toBe('instansiId_1_name_1__id_1 ordered 1');
    let tested = 0;
    const docs = collection.docs;
    const counting = { docs: { get: (k: string) => (tested++, docs.get(k)), values: () => docs.values(), size: docs.size, has: (k: string) => docs.has(k) } as unknown as Map<string, Doc>, indexes: collection.indexes };
    const found = find(counting, page, { sort: { name: 1, _id: 1 }, limit: 21 });
    expect(ids(found)).toEqual(ids(reference(collection, page, { name: 1, _id: 1 }, 0, 21)));
    expect(tested).toBeLessThanOrEqual(22);
    tested = 0;
    expect(count(counting, base)).toBe(2500);
    expect(tested).toBe(0);
  });

  it('reuses a compiled filter only for the same JSON: RegExp filters, whose JSON is {}, are never shared', () => {
    expect(compiled({ a: { $in: ['x', 1] } })).toBe(compiled({ a: { $in: ['x', 1] } }));
    expect(compiled({ a: 'x' })).not.toBe(compiled({ a: 'y' }));
    expect(compiled({ a: /x/ })).not.toBe(compiled({ a: /x/ }));
    expect(compiled({ a: /x/ }).test({ a: 'x' })).toBe(true);
    expect(compiled({ a: /y/ }).test({ a: 'x' })).toBe(false);
    expect(compiled({ a: undefined }).test({ a: 'x' })).toBe(new Query({ a: undefined }).test({ a: 'x' }));
  });
});

