import Database from 'better-sqlite3';
import { join } from 'node:path';
import { newEvent } from '../../../../test/fixtures/events';
import { tempDir } from '../../../../test/fixtures/stores';
import { canonicalJson } from '../canonical-json';
import { DuplicateEventIdError } from '@kernel/event-store.port';
import { GENESIS_HASH, hashCanonical } from '../hash-chain';
import { verifyLog } from '../verify-log';
import { SqliteEventStore } from './sqlite-event-store';

const file = () => join(tempDir('akt-sqlite-'), 'events.db');

describe('SqliteEventStore: event ids are unique across the log', () => {
  it('refuses an id already stored in another stream, writing nothing, and still acknowledges a repeat', async () => {
    const store = new SqliteEventStore(file());
    const event = newEvent('test.A');
    const first = await store.append('test-a-1', [event], 'no_stream');
    await expect(store.append('test-a-2', [newEvent('test.B'), event], 'no_stream')).rejects.toEqual(new DuplicateEventIdError(event.eventId, 'test-a-2', 'test-a-1'));
    expect(await store.readStream('test-a-2')).toEqual([]);
    expect(await store.append('test-a-1', [event], 'no_stream')).toEqual({ ...first, duplicate: true });
    // The same id at another place of its own stream is refused too.
    await expect(store.append('test-a-1', [event], 0)).rejects.toBeInstanceOf(DuplicateEventIdError);
    await expect(store.append('test-a-3', [event, event].map((e) => ({ ...e })), 'no_stream')).rejects.toBeInstanceOf(DuplicateEventIdError);
    await store.close();
  });

  it('catches a duplicate between appends committed in one group, and across a restart and another connection', async () => {
    const path = file();
    const store = new SqliteEventStore(path);
    const event = newEvent('test.A');
    const results = await Promise.allSettled([store.append('test-g-1', [event], 'no_stream'), store.append('test-g-2', [event], 'no_stream')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    await store.close();

    const reopened = new SqliteEventStore(path);
    await expect(reopened.append('test-g-3', [event], 'no_stream')).rejects.toBeInstanceOf(DuplicateEventIdError);
    const other = new SqliteEventStore(path);
    const fromOther = newEvent('test.B');
    await other.append('test-g-4', [fromOther], 'no_stream');
    await expect(reopened.append('test-g-5', [fromOther], 'no_stream')).rejects.toEqual(new DuplicateEventIdError(fromOther.eventId, 'test-g-5', 'test-g-4'));
    await other.close();
    await reopened.close();
  });
});

describe('SqliteEventStore: files from before hash schemes', () => {
  /** A log as the first release wrote it: no hash_scheme column, scheme-1 hashes. */
  function firstReleaseLog(path: string): void {
    const db = new Database(path);
    db.exec(`CREATE TABLE events (position INTEGER PRIMARY KEY, event_id TEXT NOT NULL, stream_id TEXT NOT NULL, revision INTEGER NOT NULL,
      type TEXT NOT NULL, schema_version INTEGER NOT NULL, data TEXT NOT NULL, occurred_at TEXT NOT NULL, actor TEXT NOT NULL, reason TEXT,
      command_id TEXT NOT NULL, correlation_id TEXT NOT NULL, causation_id TEXT NOT NULL, recorded_at TEXT NOT NULL, prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL, UNIQUE (stream_id, revision))`);
    const insert = db.prepare('INSERT INTO events VALUES (NULL, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    let prevHash = GENESIS_HASH;
    for (let revision = 0; revision < 3; revision++) {
      const e = newEvent('test.Old', { revision });
      const fields = { ...e.metadata, eventId: e.eventId, streamId: 'test-old-1', revision, type: e.type, schemaVersion: 1, prevHash };
      const [actor, data] = [canonicalJson(e.metadata.actor), canonicalJson(e.data)];
      const hash = hashCanonical(1, { ...fields, actor, data });
      insert.run(e.eventId, 'test-old-1', revision, e.type, data, e.metadata.occurredAt, actor, 'old reason', e.metadata.commandId, e.metadata.correlationId, e.metadata.causationId, '2025-01-01T00:00:00.000Z', prevHash, hash);
      prevHash = hash;
    }
    db.close();
  }

  it('reads old rows as scheme 1, chains new scheme-2 events to them, and verifies both by their own rules', async () => {
    const path = file();
    firstReleaseLog(path);
    const store = new SqliteEventStore(path);
    await store.append('test-old-1', [newEvent('test.New')], 2);
    expect((await store.readStream('test-old-1')).map((e) => e.hashScheme)).toEqual([1, 1, 1, 2]);
    expect(await verifyLog(store)).toMatchObject({ intact: true, verifiedEvents: 4 });

    const raw = new Database(path);
    raw.prepare(`UPDATE events SET reason = 'rewritten' WHERE revision = 1`).run(); // outside scheme 1, as documented
    raw.prepare(`UPDATE events SET reason = 'rewritten' WHERE revision = 3`).run(); // inside scheme 2
    raw.prepare(`UPDATE events SET data = '{"revision":9}' WHERE revision = 0`).run();
    raw.close();
    const report = await verifyLog(store);
    expect(report.breaks.map((b) => [b.revision, b.problem])).toEqual([
      [0, 'HASH_MISMATCH'],
      [3, 'HASH_MISMATCH'],
    ]);
    expect(await verifyLog(store, { throughPort: true })).toMatchObject({ breaks: report.breaks });
    await store.close();
  });
});

describe('SqliteEventStore: subscriptions at the head read the latest commits from memory', () => {
  const types = ['test.A', 'test.C'];
  const pages = async (store: SqliteEventStore, after: number, maxCount: number) => {
    const page = await store.readAll({ after, maxCount, types });
    return { positions: page.events.map((e) => e.position), scannedTo: page.scannedTo };
  };

  it('answers every filtered page exactly as a scan of the log does, including pages that start before the tail', async () => {
    const path = file();
    const writer = new SqliteEventStore(path);
    for (let i = 0; i < 12; i++) await writer.append(`test-t-${i % 3}`, [newEvent(['test.A', 'test.B', 'test.C'][i % 3])], i < 3 ? 'no_stream' : Math.floor(i / 3) - 1);
    // A store opened now starts its tail at the head: every page below is scanned from SQLite.
    const reader = new SqliteEventStore(path);
    for (let i = 12; i < 20; i++) await writer.append(`test-t-${i % 3}`, [newEvent(['test.A', 'test.B', 'test.C'][i % 3])], Math.floor(i / 3) - 1);
    for (const after of [0, 5, 11, 12, 15, 19, 20]) {
      for (const maxCount of [1, 2, 100]) expect(await pages(writer, after, maxCount)).toEqual(await pages(reader, after, maxCount));
    }
    expect(await pages(writer, 12, 2)).toEqual({ positions: [13, 15], scannedTo: 15 });
    expect(await pages(writer, 18, 100)).toEqual({ positions: [19], scannedTo: 20 });
    await Promise.all([writer.close(), reader.close()]);
  });

  it('sees what another connection appended, and hands out events no subscriber can change', async () => {
    const path = file();
    const a = new SqliteEventStore(path);
    const b = new SqliteEventStore(path);
    await a.append('test-x-1', [newEvent('test.A')], 'no_stream');
    await b.append('test-x-2', [newEvent('test.A')], 'no_stream');
    expect((await pages(a, 0, 100)).positions).toEqual([1, 2]);
    await a.append('test-x-3', [newEvent('test.C', { n: { deep: 1 } })], 'no_stream');
    const page = await a.readAll({ after: 0, maxCount: 100, types });
    expect(page.events.map((e) => e.position)).toEqual([1, 2, 3]);
    const latest = page.events[2] as unknown as { data: { n: { deep: number } } };
    expect(Object.isFrozen(latest.data.n)).toBe(true);
    expect(() => {
      'use strict';
      latest.data.n.deep = 2;
    }).toThrow(TypeError);
    await Promise.all([a.close(), b.close()]);
  });
});
