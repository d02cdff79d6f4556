import { join } from 'node:path';
import { SqliteEventStore } from '@infrastructure/event-store/sqlite/sqlite-event-store';
import { CommandExecutor } from '@kernel/command-handling';
import { ConflictError, ForbiddenError } from '@kernel/errors';
import { counterDecider } from '../fixtures/counter';
import { context, tempDir } from '../fixtures/stores';

describe('CommandExecutor: authorize on the loaded state, client revisions', () => {
  let store: SqliteEventStore;
  let executor: CommandExecutor;
  let reads: number;
  beforeEach(() => {
    store = new SqliteEventStore(join(tempDir(), 'events.db'));
    // A store double that counts stream reads around the real store.
    const readStream = store.readStream.bind(store);
    reads = 0;
    store.readStream = (...args: Parameters<typeof readStream>) => {
      reads++;
      return readStream(...args);
    };
    executor = new CommandExecutor(store, 10);
  });
  afterEach(() => store.close());

  it('hands authorize the state the decision uses and reads the stream once', async () => {
    await executor.execute(counterDecider, 'counter-a', { counterId: 'a', by: 2 }, context());
    reads = 0;
    const seen: unknown[] = [];
    await executor.execute(counterDecider, 'counter-a', (state) => ({ counterId: 'a', by: state.total }), context(), {
      authorize: (state) => void seen.push(state),
    });
    expect(seen).toEqual([expect.objectContaining({ total: 2 })]);
    expect(reads).toBe(1);
    expect((await store.readStream('counter-a')).map((e) => e.data)).toEqual([expect.objectContaining({ by: 2 }), expect.objectContaining({ by: 2 })]);
  });

  it('a refused actor reads the stream once and writes nothing', async () => {
    await expect(
      executor.execute(counterDecider, 'counter-b', { counterId: 'b', by: 1 }, context(), {
        authorize: () => {
          throw new ForbiddenError('tidak boleh');
        },
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(reads).toBe(1);
    expect(await store.readStream('counter-b')).toEqual([]);
  });

  it('a stale expectedRevision is CONFLICT at once and writes nothing; the current one applies', async () => {
    await executor.execute(counterDecider, 'counter-c', { counterId: 'c', by: 1 }, context());
    await executor.execute(counterDecider, 'counter-c', { counterId: 'c', by: 1 }, context());
    reads = 0;
    const stale = executor.execute(counterDecider, 'counter-c', { counterId: 'c', by: 5 }, context({ expectedRevision: 0 }));
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ details: { expectedRevision: 0, actualRevision: 1 } });
    expect(reads).toBe(1);
    expect(await store.readStream('counter-c')).toHaveLength(2);
    const current = await executor.execute(counterDecider, 'counter-c', { counterId: 'c', by: 5 }, context({ expectedRevision: 1 }));
    expect(current).toMatchObject({ revision: 2, state: { total: 7 } });
  });

  it('expectedRevision -1 means "the stream must not exist yet"', async () => {
    await executor.execute(counterDecider, 'counter-d', { counterId: 'd', by: 1 }, context({ expectedRevision: -1 }));
    await expect(executor.execute(counterDecider, 'counter-d', { counterId: 'd', by: 1 }, context({ expectedRevision: -1 }))).rejects.toBeInstanceOf(ConflictError);
  });
});
