import Database from 'better-sqlite3';
import { join } from 'node:path';
import { verifySqliteLog } from '@infrastructure/event-store/sqlite/parallel-verify';
import { SqliteEventStore } from '@infrastructure/event-store/sqlite/sqlite-event-store';
import { verifyLog, verifySqliteFile } from '@infrastructure/event-store/verify-log';
import { newEvent } from '../fixtures/events';
import { tempDir } from '../fixtures/stores';

describe('hash-chain verification of the whole log', () => {
  async function log(): Promise<{ file: string; store: SqliteEventStore }> {
    const file = join(tempDir('akt-verify-'), 'events.db');
    const store = new SqliteEventStore(file);
    for (let s = 0; s < 20; s++) {
      for (let r = 0; r < 10; r++) await store.append(`stream-${s}`, [newEvent('test.Thing', { s, r })], r === 0 ? 'no_stream' : r - 1);
    }
    return { file, store };
  }

  it('finds an untouched log intact, in parallel and through the port alike', async () => {
    const { store } = await log();
    const parallel = await verifyLog(store);
    expect(parallel).toMatchObject({ verifiedEvents: 200, streams: 20, intact: true, breaks: [], merkle: { treeSize: 200 } });
    expect(await verifyLog(store, { throughPort: true })).toEqual(parallel);
    await store.close();
  });

  it('names every tampered event exactly as the sequential verifier does', async () => {
    const { file, store } = await log();
    const raw = new Database(file);
    raw.prepare(`UPDATE events SET data = '{"s":3,"r":99}' WHERE stream_id = 'stream-3' AND revision = 4`).run();
    raw.prepare(`UPDATE events SET prev_hash = ? WHERE stream_id = 'stream-7' AND revision = 2`).run('f'.repeat(64));
    raw.prepare(`DELETE FROM events WHERE stream_id = 'stream-11' AND revision = 5`).run();
    raw.prepare(`UPDATE events SET actor = '{"id":"intruder","roles":[]}' WHERE stream_id = 'stream-15' AND revision = 0`).run();
    raw.close();
    const sequential = await verifyLog(store, { throughPort: true });
    expect(sequential.breaks.map((b) => [b.streamId, b.revision, b.problem])).toEqual(
      expect.arrayContaining([
        ['stream-3', 4, 'HASH_MISMATCH'],
        ['stream-7', 2, 'PREV_HASH_MISMATCH'],
        ['stream-11', 6, 'REVISION_GAP'],
        ['stream-15', 0, 'HASH_MISMATCH'],
      ]),
    );
    const parallel = await verifySqliteLog(file, { workers: 3 });
    expect(parallel.breaks).toEqual(sequential.breaks);
    expect(parallel.verifiedEvents).toBe(199);
    await store.close();
  });
});

describe('verify on a row it cannot read', () => {
  it('names the row and what failed, and finishes with complete counts instead of crashing', async () => {
    const file = join(tempDir('akt-verify-'), 'events.db');
    const store = new SqliteEventStore(file);
    for (let r = 0; r < 5; r++) await store.append('stream-x', [newEvent('test.Thing', { r })], r === 0 ? 'no_stream' : r - 1);
    await store.close();
    const raw = new Database(file);
    raw.prepare(`UPDATE events SET data = '{"r":' WHERE revision = 2`).run();
    raw.close();
    const report = await verifySqliteFile(file);
    expect(report).toMatchObject({ intact: false, verifiedEvents: 5, counts: { UNREADABLE: 1 } });
    expect(report.breaks).toEqual([{ position: 3, streamId: 'stream-x', revision: 2, eventId: expect.any(String), problem: 'UNREADABLE', detail: 'data is not valid JSON' }]);
    expect(await verifySqliteFile(join(tempDir('akt-verify-'), 'missing.db'))).toMatchObject({ intact: false, readError: expect.stringMatching(/unable to open/) });
  });
});
