import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Random } from '../../src/cli/seed/random';
import { CheckpointSigner } from '@infrastructure/event-store/checkpoint';
import { Checkpointer } from '@infrastructure/event-store/checkpointer';
import { SqliteEventStore } from '@infrastructure/event-store/sqlite/sqlite-event-store';
import { verifySqliteFile } from '@infrastructure/event-store/verify-log';
import { FixedClock } from '@kernel/clock';
import { newEvent } from '../fixtures/events';
import { tempDir } from '../fixtures/stores';

/**
 * The tamper suite: a seeded log (≈3,000 events over 100 streams, checkpointed), then hundreds of
 * random tamperings from a seeded PRNG, each on a fresh copy of the file. Every one must be detected
 * by the verifier given the auditor's witness file. The newest checkpoint event itself is not a
 * target for field edits: its recordedAt and position are anchored only by the next checkpoint
 * (docs/operations.md, "What a checkpoint anchors").
 */
const COLUMNS = ['position', 'event_id', 'stream_id', 'revision', 'type', 'schema_version', 'data', 'occurred_at', 'actor', 'reason',
  'command_id', 'correlation_id', 'causation_id', 'recorded_at', 'prev_hash', 'hash', 'hash_scheme'] as const;

type Tamper = (db: Database.Database, random: Random, file: string) => void;

const dir = tempDir('akt-tamper-');
const pristine = join(dir, 'pristine.db');
const witness = join(dir, 'witness.jsonl');
const random = new Random(20260301);
let head = 0;
let streams: string[] = [];

beforeAll(async () => {
  const store = new SqliteEventStore(pristine);
  const clock = new FixedClock(new Date('2026-03-01T00:00:00.000Z'));
  const checkpointer = new Checkpointer(store, clock, { signer: new CheckpointSigner('22'.repeat(32)), witnessPath: witness, everyEvents: 250, everySeconds: 3600 });
  await checkpointer.start();
  const revisions = new Map<string, number>();
  for (let i = 0; i < 3000; i++) {
    const stream = `test-thing-${random.int(0, 99)}`;
    const revision = revisions.get(stream) ?? -1;
    const reason = random.chance(0.3) ? `SK 800/${random.int(1, 999)}/2026` : undefined;
    const event = newEvent('test.Thing', { i, note: `catatan ${random.int(0, 1e6)}` });
    await store.append(stream, [{ ...event, metadata: { ...event.metadata, reason } }], revision < 0 ? 'no_stream' : revision);
    revisions.set(stream, revision + 1);
    if (i % 100 === 99) {
      clock.set(new Date(clock.now().getTime() + 60_000));
      await checkpointer.tick();
    }
  }
  await checkpointer.stop();
  await store.close();
  const db = new Database(pristine);
  db.pragma('wal_checkpoint(TRUNCATE)');
  head = db.prepare('SELECT MAX(position) FROM events').pluck().get() as number;
  streams = db.prepare('SELECT DISTINCT stream_id FROM events').pluck().all() as string[];
  db.close();
}, 60_000);

/** A random event that some checkpoint covers (every one but the newest checkpoint event). */
const anchoredRow = (r: Random) => r.int(1, head - 1);

function changeOneChar(text: string, r: Random): string {
  const at = r.int(0, text.length - 1);
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz:{}"-';
  let replacement = text[at];
  while (replacement === text[at]) replacement = r.pick([...alphabet]);
  return text.slice(0, at) + replacement + text.slice(at + 1);
}

function columnTamper(column: (typeof COLUMNS)[number]): Tamper {
  return (db, r) => {
    for (;;) {
      const position = anchoredRow(r);
      const value = db.prepare(`SELECT ${column} FROM events WHERE position = ?`).pluck().get(position) as string | number | null;
      const next =
        column === 'position' ? head + r.int(1, 1000) : typeof value === 'number' ? value ^ (1 << r.int(0, 3)) : value === null ? 'x' : changeOneChar(value, r);
      try {
        db.prepare(`UPDATE events SET ${column} = ? WHERE position = ?`).run(next, position);
        return;
      } catch {
        // A UNIQUE constraint refused this edit (e.g. an existing revision): pick another row.
      }
    }
  };
}

const structural: Record<string, Tamper> = {
  'delete a row': (db, r) => void db.prepare('DELETE FROM events WHERE position = ?').run(r.int(1, head)),
  "delete a stream's last event": (db, r) => {
    const stream = r.pick(streams);
    db.prepare('DELETE FROM events WHERE position = (SELECT MAX(position) FROM events WHERE stream_id = ?)').run(stream);
  },
  'delete a whole stream': (db, r) => void db.prepare('DELETE FROM events WHERE stream_id = ?').run(r.pick(streams)),
  'truncate 1–1,000 events': (db, r) => void db.prepare('DELETE FROM events WHERE position > ?').run(head - r.int(1, 1000)),
  'reorder two events across streams': (db, r) => {
    const [a, b] = [r.int(1, head), r.int(1, head)];
    if (a === b) return structural['reorder two events across streams'](db, r, '');
    db.prepare('UPDATE events SET position = -1 WHERE position = ?').run(a);
    db.prepare('UPDATE events SET position = ? WHERE position = ?').run(a, b);
    db.prepare('UPDATE events SET position = ? WHERE position = -1').run(b);
  },
};

/** A bit flip in the file, inside a random covered event's stored bytes (located by its unique event id). */
const bitFlip = (file: string, r: Random): void => {
  const db = new Database(file);
  const [eventId, data] = db.prepare('SELECT event_id, data FROM events WHERE position = ?').raw().get(anchoredRow(r)) as [string, string];
  db.close();
  const bytes = readFileSync(file);
  const start = bytes.indexOf(Buffer.from(eventId));
  const target = r.chance(0.5) ? start + r.int(0, eventId.length - 1) : bytes.indexOf(Buffer.from(data), start) + r.int(0, data.length - 1);
  bytes[target] ^= 1 << r.int(0, 7);
  writeFileSync(file, bytes);
};

async function detected(name: string, tamper: (file: string) => void): Promise<boolean> {
  const file = join(dir, `${name.replace(/\W+/g, '-')}.db`);
  copyFileSync(pristine, file);
  tamper(file);
  const report = await verifySqliteFile(file, { witnessFile: witness });
  return !report.intact;
}

function withDb(tamper: Tamper): (file: string) => void {
  return (file) => {
    const db = new Database(file);
    try {
      tamper(db, random, file);
    } finally {
      db.close();
    }
  };
}

test('the untouched seeded log verifies intact against its witness', async () => {
  const report = await verifySqliteFile(pristine, { witnessFile: witness });
  expect(report).toMatchObject({ intact: true, verifiedEvents: head });
  expect(report.checkpoints.inLog).toBeGreaterThanOrEqual(10);
});

test('every random tampering is detected (counts per class)', async () => {
  const classes: [string, number, (file: string) => void][] = [
    ...COLUMNS.map((column): [string, number, (file: string) => void] => [`one byte in ${column}`, 7, withDb(columnTamper(column))]),
    ...Object.entries(structural).map(([name, tamper]): [string, number, (file: string) => void] => [name, 12, withDb(tamper)]),
    ['bit flip in the database file', 25, (file) => bitFlip(file, random)],
  ];
  const counts: Record<string, string> = {};
  let total = 0;
  let caught = 0;
  for (const [name, times, tamper] of classes) {
    let hits = 0;
    for (let i = 0; i < times; i++) if (await detected(`${name}-${i}`, tamper)) hits++;
    counts[name] = `${hits}/${times}`;
    total += times;
    caught += hits;
  }
  console.log(`tamper suite: ${caught}/${total} detected\n${Object.entries(counts).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);
  expect(total).toBeGreaterThanOrEqual(200);
  expect(counts).toEqual(Object.fromEntries(classes.map(([name, times]) => [name, `${times}/${times}`])));
}, 120_000);
