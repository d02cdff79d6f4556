import { deepFreeze } from './deep-freeze';

describe('deepFreeze', () => {
  it('freezes nested objects and arrays', () => {
    const value = deepFreeze({ a: { b: [1, { c: 2 }] } });
    expect(() => ((value.a.b[1] as { c: number }).c = 3)).toThrow(TypeError);
    expect(() => (value.a.b as number[]).push(4)).toThrow(TypeError);
  });

  it('makes Sets and Maps refuse changes, and freezes what they hold', () => {
    const value = deepFreeze({ ids: new Set(['a']), byDate: new Map([['2026-01-05', { minutes: 30 }]]) });
    expect(() => value.ids.add('b')).toThrow(TypeError);
    expect(() => value.ids.delete('a')).toThrow(TypeError);
    expect(() => value.byDate.set('x', { minutes: 1 })).toThrow(TypeError);
    expect(() => value.byDate.clear()).toThrow(TypeError);
    expect(() => (value.byDate.get('2026-01-05')!.minutes = 5)).toThrow(TypeError);
    // Reading is unchanged, and a copy is an ordinary collection.
    expect([...value.ids, value.ids.has('a'), value.byDate.size]).toEqual(['a', true, 1]);
    const copy = new Set(value.ids);
    copy.add('b');
    expect([...copy]).toEqual(['a', 'b']);
  });
});
