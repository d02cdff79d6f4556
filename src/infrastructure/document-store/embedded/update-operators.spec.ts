import { update as mingoUpdate } from 'mingo';
import { applyUpdate } from './update-operators';

const base = () => ({ _id: 'x', n: 1, tags: ['a'], nested: { count: 2, list: [1, 2, 2] }, name: 'Ani', score: 5 });

describe('applyUpdate (fast path agrees with mingo)', () => {
  const modifiers: Record<string, any>[] = [
    { $set: { name: 'Budi', 'nested.deep.value': 3, obj: { a: [1] } } },
    { $unset: { name: '', 'nested.count': '' } },
    { $inc: { n: 2, 'nested.count': -1, fresh: 5 } },
    { $push: { tags: 'b', 'nested.list': { $each: [3, 4] }, newList: { k: 1 } } },
    { $addToSet: { tags: ['a'].concat().pop(), 'nested.extra': 'q' } },
    { $pull: { 'nested.list': 2 } },
    { $min: { score: 3, fresh: 1 }, $max: { n: 10 } },
    { $set: { a: 1 }, $inc: { n: 1 }, $push: { tags: 'z' } },
  ];

  it.each(modifiers.map((m) => [Object.keys(m).join('+'), m]))('%s', (_, modifier) => {
    const fast = base();
    const reference = base();
    applyUpdate(fast, modifier);
    mingoUpdate(reference, modifier);
    expect(fast).toEqual(reference);
  });

  it('$addToSet with $each adds each missing element, as MongoDB does (mingo 7 does not)', () => {
    const doc = base();
    applyUpdate(doc, { $addToSet: { 'nested.list': { $each: [2, 9] }, tags: { $each: ['a', 'b'] } } });
    expect(doc.nested.list).toEqual([1, 2, 2, 9]);
    expect(doc.tags).toEqual(['a', 'b']);
  });

  it('falls back to mingo for positional and conditional forms', () => {
    const doc = { _id: 'x', items: [{ id: 1, v: 1 }, { id: 2, v: 2 }] };
    applyUpdate(doc, { $pull: { items: { id: 1 } } });
    expect(doc.items).toEqual([{ id: 2, v: 2 }]);
    applyUpdate(doc, { $push: { items: { $each: [{ id: 3, v: 0 }], $sort: { v: 1 } } } });
    expect(doc.items.map((i) => i.id)).toEqual([3, 2]);
  });

  it('refuses $inc on a non-number, as MongoDB does', () => {
    expect(() => applyUpdate({ _id: 'x', name: 'Ani' }, { $inc: { name: 1 } })).toThrow('non-numeric');
  });

  it('copies values so later updates of one document never leak into another', () => {
    const shared = { city: 'Medan' };
    const a: any = { _id: 'a' };
    applyUpdate(a, { $set: { address: shared } });
    shared.city = 'Binjai';
    expect(a.address.city).toBe('Medan');
  });
});
