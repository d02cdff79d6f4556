import Database from 'better-sqlite3';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ChainBreak, GENESIS_HASH } from '../hash-chain';

export interface ParallelVerification {
  readonly verifiedEvents: number;
  readonly streams: number;
  readonly breaks: ChainBreak[];
}

/**
 * Verifies the SQLite log on every core: workers recompute hashes over contiguous position ranges
 * while this thread checks each stream's linkage (revision order, prevHash) from the light columns.
 * Reports exactly what ChainVerifier reports (one problem per event, same precedence).
 */
export async function verifySqliteLog(file: string, workers = Math.max(1, availableParallelism())): Promise<ParallelVerification> {
  const db = new Database(file, { readonly: true });
  try {
    const head = (db.prepare('SELECT COALESCE(MAX(position), 0) AS head FROM events').get() as { head: number }).head;
    const size = Math.ceil(head / workers) || 1;
    const hashing = Array.from({ length: Math.min(workers, Math.max(1, head)) }, (_, i) => runWorker(file, i * size + 1, Math.min(head, (i + 1) * size)));
    const linkage = checkLinkage(db, head);
    const results = await Promise.all(hashing);
    const mismatched = new Set(results.flatMap((r) => r.mismatches));
    const breaks = [...linkage.breaks];
    const linked = new Set(breaks.map((b) => b.position));
    for (const position of mismatched) {
      if (linked.has(position)) continue;
      const row = db.prepare('SELECT stream_id, revision, event_id FROM events WHERE position = ?').get(position) as { stream_id: string; revision: number; event_id: string };
      breaks.push({ position, streamId: row.stream_id, revision: row.revision, eventId: row.event_id, problem: 'HASH_MISMATCH' });
    }
    breaks.sort((a, b) => a.position - b.position);
    return { verifiedEvents: results.reduce((n, r) => n + r.count, 0), streams: linkage.streams, breaks };
  } finally {
    db.close();
  }
}

function checkLinkage(db: Database.Database, head: number): { breaks: ChainBreak[]; streams: number } {
  const heads = new Map<string, { revision: number; hash: string }>();
  const breaks: ChainBreak[] = [];
  const rows = db
    .prepare('SELECT position, stream_id, revision, prev_hash, hash, event_id FROM events WHERE position <= ? ORDER BY position')
    .raw()
    .iterate(head) as Iterable<[number, string, number, string, string, string]>;
  for (const [position, streamId, revision, prevHash, hash, eventId] of rows) {
    const last = heads.get(streamId);
    if (revision !== (last ? last.revision + 1 : 0)) breaks.push({ position, streamId, revision, eventId, problem: 'REVISION_GAP' });
    else if (prevHash !== (last ? last.hash : GENESIS_HASH)) breaks.push({ position, streamId, revision, eventId, problem: 'PREV_HASH_MISMATCH' });
    heads.set(streamId, { revision, hash });
  }
  return { breaks, streams: heads.size };
}

function runWorker(file: string, from: number, to: number): Promise<{ count: number; mismatches: number[] }> {
  // Under ts-node/ts-jest the worker is TypeScript and needs the same loader; built code runs plain JS.
  const typescript = extname(__filename) === '.ts';
  const worker = new Worker(join(__dirname, `verify-worker${typescript ? '.ts' : '.js'}`), {
    workerData: { file, from, to },
    execArgv: typescript ? ['-r', 'ts-node/register/transpile-only'] : [],
  });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`verify worker exited with ${code}`)));
  });
}
