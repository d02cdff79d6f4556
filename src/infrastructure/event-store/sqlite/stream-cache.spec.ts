import Database from 'better-sqlite3';
import { join } from 'node:path';
import { RecordedEvent } from '@kernel/events';
import { ReadStreamOptions } from '@kernel/event-store.port';
import { newEvent } from '../../../../test/fixtures/events';
import { tempDir } from '../../../../test/fixtures/stores';
import { SqliteEventStore } from './sqlite-event-store';
import { StreamCache } from './stream-cache';

const recorded = (streamId: string, revision: number, position = revision + 1): RecordedEvent =>
  ({ eventId: `${streamId}-${revision}`, streamId, revision, position, type: 'test.A', schemaVersion: 1, data: { n: revision } }) as unknown as RecordedEvent;
const stream = (streamId: string, length: number) => Array.from({ length }, (_, i) => recorded(streamId, i));

describe('StreamCache', () => {
  it('keeps whole streams, extends them with their next revision and drops one that skips a revision', () => {
    const cache = new StreamCache(100, 10);
    cache.put('a', stream('a', 2));
    cache.put('b', stream('b', 1));
    const before = cache.get('a')!;
    cache.extend([recorded('a', 2), recorded('c', 0), recorded('b', 5)]);
    expect(cache.get('a')!.map((e) => e.revision)).toEqual([0, 1, 2]);
    expect(before).toHaveLength(2); // a reader holding the earlier array keeps what it read
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('c')).toBeUndefined(); // not read before: not cached by a commit
    expect(cache.size).toBe(3);
  });

  it('freezes what it keeps, and refuses streams that are not whole or too long', () => {
    const cache = new StreamCache(100, 3);
    cache.put('a', stream('a', 2));
    expect(Object.isFrozen(cache.get('a')![0].data)).toBe(true);
    cache.put('long', stream('long', 4));
    cache.put('partial', stream('partial', 3).slice(1));
    expect([cache.get('long'), cache.get('partial')]).toEqual([undefined, undefined]);
    cache.extend([recorded('a', 2), recorded('a', 3)]); // reaching past the longest it keeps drops it
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('knows a stream not written yet, and extends it with its first event', () => {
    const cache = new StreamCache(2, 3);
    cache.put('empty', []);
    expect([cache.get('empty'), cache.size]).toEqual([[], 1]);
    cache.extend([recorded('empty', 0)]);
    expect([cache.get('empty')!.map((e) => e.revision), cache.size]).toEqual([[0], 1]);
    cache.put('b', []);
    cache.put('c', []); // three entries for a capacity of two: the least recently read goes
    expect([cache.get('empty'), cache.size]).toEqual([undefined, 2]);
  });

  it('holds at most its capacity in events, dropping the least recently read stream first', () => {
    const cache = new StreamCache(5, 5);
    cache.put('a', stream('a', 2));
    cache.put('b', stream('b', 2));
    cache.get('a');
    cache.put('c', stream('c', 2));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.size).toBe(4);
    cache.clear();
    expect([cache.size, cache.get('a')]).toEqual([0, undefined]);
  });
});

describe('SqliteEventStore: cached streams read exactly as the file', () => {
  const file = () => join(tempDir('akt-stream-cache-'), 'events.db');
  const views: ReadStreamOptions[] = [
    {},
    { fromRevision: 2 },
    { fromRevision: 1, maxCount: 2 },
    { fromRevision: 9 },
    { direction: 'backwards' },
    { direction: 'backwards', maxCount: 1 },
    { direction: 'backwards', fromRevision: 2, maxCount: 2 },
    { direction: 'backwards', fromRevision: 0 },
    { maxCount: 0 },
  ];
  const bare = (events: RecordedEvent[]) => events.map((e) => ({ ...e }));

  it('answers every view of a cached stream as SQLite does, its own commits included', async () => {
    const path = file();
    const store = new SqliteEventStore(path);
    await store.append('test-c-1', [newEvent('test.A', { n: 0 }), newEvent('test.A', { n: 1 })], 'no_stream');
    await store.readStream('test-c-1'); // now cached
    await store.append('test-c-1', [newEvent('test.B', { n: 2 }), newEvent('test.B', { n: 3 })], 1);
    expect(await store.readStream('test-c-0')).toEqual([]); // a stream not written yet is cached as such
    await store.append('test-c-0', [newEvent('test.A', { first: true })], 'no_stream');
    expect((await store.readStream('test-c-0')).map((e) => e.data)).toEqual([{ first: true }]);
    const fresh = new SqliteEventStore(path); // its own, empty cache: every read goes to the file
    for (const view of views) expect(bare(await store.readStream('test-c-1', view))).toEqual(bare(await fresh.readStream('test-c-1', view)));
    expect((await store.readStream('test-c-1')).map((e) => e.data)).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }, { n: 3 }]);
    await fresh.close();
    await store.close();
  });

  it('sees what another connection committed after the stream was cached', async () => {
    const path = file();
    const store = new SqliteEventStore(path);
    await store.append('test-c-2', [newEvent('test.A')], 'no_stream');
    expect(await store.readStream('test-c-2')).toHaveLength(1);
    const other = new SqliteEventStore(path);
    await other.append('test-c-2', [newEvent('test.A', { from: 'other' })], 0);
    await other.close();
    expect((await store.readStream('test-c-2')).map((e) => e.data)).toEqual([{}, { from: 'other' }]);
    // A raw rewrite by another connection shows too (what verification must find is never hidden by the cache).
    const raw = new Database(path);
    raw.prepare(`UPDATE events SET data = '{"rewritten":true}' WHERE stream_id = 'test-c-2' AND revision = 0`).run();
    raw.close();
    expect((await store.readStream('test-c-2'))[0].data).toEqual({ rewritten: true });
    await store.close();
  });

  it('hands out events no reader can change for the next one', async () => {
    const store = new SqliteEventStore(file());
    await store.append('test-c-3', [newEvent('test.A', { list: [1] })], 'no_stream');
    const first = await store.readStream('test-c-3');
    first.push(first[0]);
    expect(() => (first[0].data as { list: number[] }).list.push(2)).toThrow(TypeError);
    expect((await store.readStream('test-c-3')).map((e) => e.data)).toEqual([{ list: [1] }]);
    await store.close();
  });
});
