import { join } from 'node:path';
import { SqliteEventStore } from '@infrastructure/event-store/sqlite/sqlite-event-store';
import { counterDecider, CounterEvent, CounterState } from '../../test/fixtures/counter';
import { tempDir } from '../../test/fixtures/stores';
import { CommandContext, CommandExecutor } from './command-handling';
import { Decider } from './decider';
import { RecordedEvent } from './events';
import { FoldCache } from './fold-cache';

const record = (revision: number, total = revision + 1): RecordedEvent =>
  ({ eventId: `e${revision}`, streamId: 'counter-a', revision, position: revision + 1, type: 'test.CounterIncremented', schemaVersion: 1, data: { counterId: 'a', by: 1, total } }) as unknown as RecordedEvent;

/** The counter's decider, counting the events it folds. */
function counting(): Decider<unknown, CounterEvent, CounterState & { seen: readonly number[] }> & { folded: number } {
  const decider = {
    folded: 0,
    initialState: () => ({ total: 0, seen: [] as readonly number[] }),
    evolve: (state: CounterState & { seen: readonly number[] }, event: CounterEvent) => {
      decider.folded++;
      return { total: event.data.total, seen: [...state.seen, event.data.total] };
    },
    decide: () => [],
  };
  return decider;
}

describe('FoldCache', () => {
  it('folds only the events after the record it folded through last time', () => {
    const cache = new FoldCache(10);
    const decider = counting();
    const records = [record(0), record(1), record(2)];
    expect(cache.fold(decider, 'counter-a', records, records as never)).toEqual({ total: 3, seen: [1, 2, 3] });
    const longer = [...records, record(3)];
    expect(cache.fold(decider, 'counter-a', longer, longer as never)).toEqual({ total: 4, seen: [1, 2, 3, 4] });
    expect(decider.folded).toBe(4);
    expect(cache.fold(decider, 'counter-a', longer, longer as never)).toEqual({ total: 4, seen: [1, 2, 3, 4] });
    expect(decider.folded).toBe(4);
  });

  it('folds the whole stream when the records are not the ones it folded, or another decider asks', () => {
    const cache = new FoldCache(10);
    const decider = counting();
    const records = [record(0), record(1)];
    cache.fold(decider, 'counter-a', records, records as never);
    // The same history read again as new objects (a store without shared records, a cache emptied).
    const reread = [record(0), record(1), record(2)];
    expect(cache.fold(decider, 'counter-a', reread, reread as never)).toEqual({ total: 3, seen: [1, 2, 3] });
    expect(decider.folded).toBe(5);
    // A rewritten history: the record it folded through is no longer there.
    const rewritten = [record(0, 10)];
    expect(cache.fold(decider, 'counter-a', rewritten, rewritten as never)).toEqual({ total: 10, seen: [10] });
    const other = counting();
    expect(cache.fold(other, 'counter-a', rewritten, rewritten as never)).toEqual({ total: 10, seen: [10] });
    expect(other.folded).toBe(1);
    // Its two functions passed in another object are the same decider.
    expect(cache.fold({ initialState: other.initialState, evolve: other.evolve }, 'counter-a', rewritten, rewritten as never)).toEqual({ total: 10, seen: [10] });
    expect(other.folded).toBe(1);
  });

  it('freezes what it keeps, keeps nothing for an empty stream, and holds at most its capacity', () => {
    const cache = new FoldCache(2);
    const decider = counting();
    const state = cache.fold(decider, 'counter-a', [record(0)], [record(0)] as never);
    expect(() => (state.seen as number[]).push(9)).toThrow(TypeError);
    expect(cache.fold(decider, 'counter-b', [], [])).toEqual({ total: 0, seen: [] });
    expect(cache.size).toBe(1);
    cache.fold(decider, 'counter-c', [record(0)], [record(0)] as never);
    cache.fold(decider, 'counter-d', [record(0)], [record(0)] as never);
    expect(cache.size).toBe(2);
    const before = decider.folded;
    cache.fold(decider, 'counter-a', [record(0)], [record(0)] as never); // pushed out: folded again
    expect(decider.folded).toBe(before + 1);
  });
});

describe('CommandExecutor: a command on a long stream folds what is new', () => {
  const context = (n: number): CommandContext => ({ commandId: `cmd-${n}`, actor: { id: 'tester', roles: [] }, correlationId: `cmd-${n}`, causationId: `cmd-${n}`, occurredAt: '2026-01-05T03:00:00.000Z' });

  it('decides on the same state as a full fold, including after another connection wrote', async () => {
    const file = join(tempDir('akt-fold-'), 'events.db');
    const store = new SqliteEventStore(file);
    let folded = 0;
    const decider = { ...counterDecider, evolve: (s: CounterState, e: CounterEvent) => (folded++, counterDecider.evolve(s, e)) };
    const executor = new CommandExecutor(store, 3);
    for (let i = 0; i < 50; i++) await executor.execute(decider, 'counter-long', { counterId: 'long', by: 1 }, context(i));
    // Each command folds the events it has not folded yet (its own, once more after the append), not the whole stream.
    expect(folded).toBeLessThan(2 * 50 + 5);
    const other = new SqliteEventStore(file);
    await new CommandExecutor(other, 3).execute(counterDecider, 'counter-long', { counterId: 'long', by: 5 }, context(100));
    await other.close();
    const result = await executor.execute(decider, 'counter-long', { counterId: 'long', by: 1 }, context(101));
    expect(result.state.total).toBe(56);
    expect((await executor.load(counterDecider, 'counter-long')).state).toEqual({ total: 56 });
    await store.close();
  });
});
