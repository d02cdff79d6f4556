import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EmbeddedDocumentStore } from '@infrastructure/document-store/embedded/embedded-document-store';
import { openDurableDatabase, SqliteEventStore } from '@infrastructure/event-store/sqlite/sqlite-event-store';
import { signLocalToken } from '@infrastructure/auth/jwt';
import { loadConfig } from '@config/config';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { CommandContext, CommandExecutor } from '@kernel/command-handling';
import { EventStore } from '@kernel/event-store.port';
import { eventRegistry } from '@kernel/event-registry';
import { NewEvent } from '@kernel/events';
import { counterDecider, counterProjection } from '../fixtures/counter';

const root = resolve(__dirname, '../..');
const benchDir = resolve(process.env.BENCH_DIR ?? join(root, 'data', 'bench'));
const actor = { id: 'bench', roles: [{ role: 'ADMIN_BKD', unit: 'kota-medan' }] };

function event(counterId: string, total: number): NewEvent {
  const id = randomUUID();
  return {
    eventId: id,
    type: 'test.CounterIncremented',
    schemaVersion: 1,
    data: { counterId, by: 1, total },
    metadata: { occurredAt: new Date().toISOString(), actor, commandId: id, correlationId: id, causationId: id },
  };
}

function fresh(name: string): string {
  const dir = join(benchDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000);

/** Baseline: plain better-sqlite3, one insert per committed transaction, same pragmas as the store. */
function rawSingle(count: number): number {
  const db = openDurableDatabase(join(fresh('raw-single'), 'raw.db'));
  db.exec('CREATE TABLE events (position INTEGER PRIMARY KEY, event_id TEXT UNIQUE, stream_id TEXT, revision INTEGER, data TEXT)');
  const insert = db.prepare('INSERT INTO events (event_id, stream_id, revision, data) VALUES (?, ?, ?, ?)');
  const start = performance.now();
  for (let i = 0; i < count; i++) insert.run(randomUUID(), 'raw-1', i, JSON.stringify({ counterId: '1', by: 1, total: i }));
  const ms = performance.now() - start;
  db.close();
  return perSecond(count, ms);
}

/** Baseline: plain better-sqlite3, 100 inserts per transaction. */
function rawBatched(count: number): number {
  const db = openDurableDatabase(join(fresh('raw-batched'), 'raw.db'));
  db.exec('CREATE TABLE events (position INTEGER PRIMARY KEY, event_id TEXT UNIQUE, stream_id TEXT, revision INTEGER, data TEXT)');
  const insert = db.prepare('INSERT INTO events (event_id, stream_id, revision, data) VALUES (?, ?, ?, ?)');
  const batch = db.transaction((from: number) => {
    for (let i = from; i < from + 100; i++) insert.run(randomUUID(), `raw-${i % 50}`, i, JSON.stringify({ counterId: '1', by: 1, total: i }));
  });
  const start = performance.now();
  for (let i = 0; i < count; i += 100) batch(i);
  const ms = performance.now() - start;
  db.close();
  return perSecond(count, ms);
}

async function appendSingle(count: number): Promise<number> {
  const store = new SqliteEventStore(join(fresh('append-single'), 'events.db'));
  const start = performance.now();
  for (let i = 0; i < count; i++) await store.append('counter-1', [event('1', i + 1)], i === 0 ? 'no_stream' : i - 1);
  const ms = performance.now() - start;
  await store.close();
  return perSecond(count, ms);
}

/** 50 writers, each appending one event per command to its own stream; group commit shares the fsyncs. */
export async function appendConcurrent(count: number, writers = 50): Promise<number> {
  const store = new SqliteEventStore(join(fresh('append-concurrent'), 'events.db'));
  const perWriter = Math.ceil(count / writers);
  const start = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; i < perWriter; i++) await store.append(`counter-w${w}`, [event(`w${w}`, i + 1)], i === 0 ? 'no_stream' : i - 1);
    }),
  );
  const ms = performance.now() - start;
  await store.close();
  return perSecond(perWriter * writers, ms);
}

/**
 * Commands through the executor (load → fold → decide → durable append), one after another, on a
 * stream that starts empty and on one that already holds `longStream` events; and the long stream
 * again through a store that hands out fresh records on each read (as KurrentDB does), which makes
 * every command fold the whole stream: what the fold cache saves.
 */
async function commandsOnStreams(count: number, longStream: number): Promise<{ short: number; long: number; longFullFold: number }> {
  const store = new SqliteEventStore(join(fresh('commands'), 'events.db'));
  const context = (id: string): CommandContext => ({ commandId: id, actor, correlationId: id, causationId: id, occurredAt: new Date().toISOString() });
  const run = async (executor: CommandExecutor, streamId: string, n: number) => {
    const start = performance.now();
    for (let i = 0; i < n; i++) await executor.execute(counterDecider, streamId, { counterId: streamId, by: 1 }, context(randomUUID()));
    return perSecond(n, performance.now() - start);
  };
  const executor = new CommandExecutor(store, 3);
  for (let filled = 0; filled < longStream; filled += 500) {
    await store.append('counter-long', Array.from({ length: 500 }, (_, k) => event('long', filled + k + 1)), filled === 0 ? 'no_stream' : filled - 1);
  }
  const short = await run(executor, 'counter-short', count);
  const long = await run(executor, 'counter-long', count);
  const copyingRead = async (...args: Parameters<EventStore['readStream']>) => (await store.readStream(...args)).map((e) => ({ ...e }));
  const copying = new Proxy(store, {
    get: (target, property) => {
      if (property === 'readStream') return copyingRead;
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as EventStore;
  const longFullFold = await run(new CommandExecutor(copying, 3), 'counter-long', Math.ceil(count / 4));
  await store.close();
  return { short, long, longFullFold };
}

/** Fills a log with `count` events over 10,000 streams, through the real append path (hash chain included). */
async function fillLog(dir: string, count: number): Promise<SqliteEventStore> {
  const store = new SqliteEventStore(join(dir, 'events.db'));
  const streams = 10_000;
  const perAppend = 10;
  const revisions = new Array<number>(streams).fill(-1);
  let written = 0;
  while (written < count) {
    const appends: Promise<unknown>[] = [];
    for (let s = 0; s < streams && written < count; s++) {
      const n = Math.min(perAppend, count - written);
      const expected = revisions[s] < 0 ? 'no_stream' : revisions[s];
      appends.push(store.append(`counter-s${s}`, Array.from({ length: n }, (_, k) => event(`s${s}`, revisions[s] + 2 + k)), expected));
      revisions[s] += n;
      written += n;
    }
    await Promise.all(appends);
  }
  return store;
}

async function projectionRate(dir: string, store: SqliteEventStore, count: number): Promise<number> {
  const docs = new EmbeddedDocumentStore(join(dir, 'bench-read.db'));
  const runner = new ProjectionRunner(store, docs, eventRegistry, { pageSize: 1000, onPoison: 'stop' });
  runner.register(counterProjection());
  const start = performance.now();
  await runner.start();
  if (!(await runner.waitFor(await store.headPosition(), [], 600_000))) throw new Error('projection did not catch up');
  const ms = performance.now() - start;
  await runner.stop();
  await docs.close();
  return perSecond(count, ms);
}

/** Measures the built verifier (what `npm run verify` runs): under ts-node its workers would spend their time transpiling. */
async function verifyRate(store: SqliteEventStore): Promise<{ rate: number; intact: boolean }> {
  const { verifyLog } = require(join(root, 'dist', 'infrastructure', 'event-store', 'verify-log')) as typeof import('@infrastructure/event-store/verify-log');
  const { SqliteEventStore: BuiltStore } = require(join(root, 'dist', 'infrastructure', 'event-store', 'sqlite', 'sqlite-event-store'));
  const built = new BuiltStore(store.file);
  const start = performance.now();
  const report = await verifyLog(built);
  await built.close();
  const ms = performance.now() - start;
  return { rate: perSecond(report.verifiedEvents, ms), intact: report.intact };
}

/** Starts the built API on DATA_DIR and returns ms until GraphQL answers with every projection live at the head. */
async function startUntilReady(dataDir: string, port: number, secret: string): Promise<number> {
  const { auth } = loadConfig({ DATA_DIR: dataDir, JWT_SECRET: secret });
  const token = await signLocalToken(auth, { sub: 'bench', roles: [{ role: 'AUDITOR', unit: '*' }] });
  const start = performance.now();
  const child = spawn(process.execPath, [join(root, 'dist', 'main.js')], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), JWT_SECRET: secret, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
      const ready = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ systemStatus { projections { state lag } } }' }),
      })
        .then((r) => r.json() as Promise<{ data?: { systemStatus: { projections: { state: string; lag: number }[] } } }>)
        .then((body) => body.data?.systemStatus.projections.every((p) => p.state === 'LIVE' && p.lag === 0) ?? false)
        .catch(() => false);
      if (ready) return performance.now() - start;
      if (performance.now() - start > 120_000) throw new Error('API not ready within 120 s');
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

export async function runCoreBenchmark(quick: boolean): Promise<void> {
  const events = quick ? 100_000 : 1_000_000;
  const small = quick ? 2_000 : 5_000;
  console.log(`core benchmark: ${quick ? 'quick' : 'full'} (${events.toLocaleString()} events in the log), dir ${benchDir}`);
  const results = {
    rawSingle: rawSingle(small),
    appendSingle: await appendSingle(small),
    rawBatched: rawBatched(small * 20),
    appendConcurrent: await appendConcurrent(small * 10),
  } as Record<string, number>;
  const LONG_STREAM = 2_000;
  const commands = await commandsOnStreams(quick ? 1_000 : 3_000, LONG_STREAM);
  results.commandsShortStream = commands.short;
  results.commandsLongStream = commands.long;
  results.commandsLongStreamFullFold = commands.longFullFold;

  const dir = fresh('log');
  let t = performance.now();
  const store = await fillLog(dir, events);
  console.log(`  filled the log with ${events.toLocaleString()} events in ${Math.round(performance.now() - t)} ms`);
  results.projectionRate = await projectionRate(dir, store, events);
  const verified = await verifyRate(store);
  results.verifyRate = verified.rate;
  await store.close();

  const secret = randomUUID() + randomUUID();
  writeFileSync(join(dir, 'jwt-secret'), secret);
  const port = 39000 + Math.floor(Math.random() * 1000);
  t = await startUntilReady(dir, port, secret); // first start: the app's projections scan the log once
  results.firstStartMs = Math.round(t);
  results.restartMs = Math.round(await startUntilReady(dir, port, secret));

  const ok = (met: boolean) => (met ? 'met' : 'MISSED');
  const rows: [string, number, string, boolean][] = [
    ['appendSingle (events/s, 1 writer, durable)', results.appendSingle, `rawSingle ${results.rawSingle.toLocaleString()}; goal ≥ 0.5×`, results.appendSingle >= 0.5 * results.rawSingle],
    ['appendConcurrent (events/s, 50 writers)', results.appendConcurrent, `rawBatched ${results.rawBatched.toLocaleString()}; goal ≥ 0.5× and ≥ 20,000`, results.appendConcurrent >= 0.5 * results.rawBatched && results.appendConcurrent >= 20_000],
    [
      `commands on a stream of ${LONG_STREAM.toLocaleString()} events (commands/s, 1 writer, durable)`,
      results.commandsLongStream,
      `on a new stream ${results.commandsShortStream.toLocaleString()}; folding the whole stream each time ${results.commandsLongStreamFullFold.toLocaleString()}; goal ≥ 0.8× the new stream`,
      results.commandsLongStream >= 0.8 * results.commandsShortStream,
    ],
    ['projectionRate (events/s, catch-up)', results.projectionRate, 'goal ≥ 50,000', results.projectionRate >= 50_000],
    ['verifyRate (events/s, hash chain)', results.verifyRate, `goal ≥ 200,000; chain ${verified.intact ? 'intact' : 'BROKEN'}`, results.verifyRate >= 200_000 && verified.intact],
    [`restartMs (start → ready, ${events.toLocaleString()} events stored)`, results.restartMs, `goal < 5,000; first start ${results.firstStartMs.toLocaleString()}`, results.restartMs < 5_000],
  ];
  console.log('\n| measure | value | baseline / goal | goal |\n|---|---:|---|---|');
  for (const [measure, value, baseline, met] of rows) console.log(`| ${measure} | ${value.toLocaleString()} | ${baseline} | ${ok(met)} |`);
  const goalsMet = rows.filter(([, , , met]) => met).length;
  console.log(JSON.stringify({ suite: 'core', events, ...results, chainIntact: verified.intact, goalsMet, goals: rows.length }));
}
