import Database from 'better-sqlite3';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CHECKPOINT_STREAM } from '../checkpoint';
import { CheckpointRecord, RebuiltTree, toRecord } from '../checkpoint-audit';
import { ChainBreak, linkProblem } from '../hash-chain';
import { CompactRange, EMPTY_ROOT, toHex } from '../merkle';
import { verifyRange, WorkerInput, WorkerMessage } from './verify-worker';

/** Below this many events, starting worker threads costs more than it saves: one range, inline. */
const INLINE_BELOW = 20_000;

export interface LogScan {
  readonly verifiedEvents: number;
  readonly streams: number;
  readonly headPosition: number;
  readonly breaks: ChainBreak[];
  readonly tree: RebuiltTree;
  /** The checkpoint events found in the log, read before the scan. */
  readonly logCheckpoints: CheckpointRecord[];
  /** Set when part of the file could not be read at all (e.g. a corrupted page). */
  readonly fileError?: string;
}

type Done = Extract<WorkerMessage, { count: number }>;

/**
 * Verifies the SQLite log on every core: workers recompute hashes and build the Merkle tree over
 * contiguous position ranges, while this thread checks each stream's linkage (revision order,
 * prevHash) from the light columns; the workers' compact ranges merge into the whole tree. One
 * problem per event, with the same precedence as ChainVerifier.
 */
export async function verifySqliteLog(
  file: string,
  options: { sizes?: readonly number[]; workers?: number; onProgress?: (events: number, total: number) => void } = {},
): Promise<LogScan> {
  const db = new Database(file, { readonly: true });
  try {
    const head = (db.prepare('SELECT COALESCE(MAX(position), 0) FROM events').pluck().get() as number) ?? 0;
    const total = db.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;
    const schemeColumn = (db.prepare(`SELECT name FROM pragma_table_info('events')`).pluck().all() as string[]).includes('hash_scheme');
    const logCheckpoints = readCheckpointRows(db);
    const sizes = [...new Set([...(options.sizes ?? []), ...logCheckpoints.flatMap((r) => (r.checkpoint ? [r.checkpoint.treeSize] : []))])];
    let done = 0;
    const progress = (n: number) => options.onProgress?.((done += n), total);
    if (options.workers === undefined && total < INLINE_BELOW) {
      const result = verifyRange({ file, from: 1, to: head, sizes, schemeColumn }, progress);
      return combine(checkLinkage(db, head), head, [result], sizes, logCheckpoints);
    }
    const workers = Math.max(1, options.workers ?? availableParallelism());
    const span = Math.ceil(head / workers) || 1;
    const hashing = Array.from({ length: Math.min(workers, Math.max(1, head)) }, (_, i) =>
      runWorker({ file, from: i * span + 1, to: Math.min(head, (i + 1) * span), sizes, schemeColumn }, progress),
    );
    const linkage = checkLinkage(db, head); // on this thread, while the workers hash
    return combine(linkage, head, await Promise.all(hashing), sizes, logCheckpoints);
  } finally {
    db.close();
  }
}

/** Joins the linkage check with the hashing results: one problem per event, linkage first. */
function combine(
  linkage: ReturnType<typeof checkLinkage>,
  head: number,
  results: readonly WorkerMessage[],
  sizes: readonly number[],
  logCheckpoints: CheckpointRecord[],
): LogScan {
  const failure = results.find((r): r is { failure: string } => 'failure' in r);
    const finished = results.filter((r): r is Done => 'count' in r);
    const breaks = [...linkage.breaks];
    const linked = new Set(breaks.map((b) => b.position));
    for (const r of finished) breaks.push(...r.mismatches.filter((m) => !linked.has(m.position)));
    breaks.sort((a, b) => a.position - b.position);
    return {
      verifiedEvents: finished.reduce((n, r) => n + r.count, 0),
      streams: linkage.streams,
      headPosition: head,
      breaks,
      tree: failure ? { treeSize: 0, rootHash: toHex(EMPTY_ROOT), rootsAt: new Map() } : mergeTree(finished, sizes),
      logCheckpoints,
      fileError: failure?.failure ?? linkage.failure,
    };
}

function readCheckpointRows(db: Database.Database): CheckpointRecord[] {
  const rows = db.prepare('SELECT position, data FROM events WHERE stream_id = ? ORDER BY revision').raw().all(CHECKPOINT_STREAM) as [number, string][];
  return rows.map(([position, data]) => toRecord('log', `position ${position}`, () => JSON.parse(data)));
}

/** Joins the workers' adjacent ranges into the whole tree, taking the root at each requested size. */
function mergeTree(results: readonly Done[], sizes: readonly number[]): RebuiltTree {
  const tree = CompactRange.empty();
  const rootsAt = new Map<number, string>();
  if (sizes.includes(0)) rootsAt.set(0, toHex(EMPTY_ROOT));
  for (const result of results) {
    for (const snapshot of result.snapshots) {
      const prefix = tree.clone();
      prefix.merge(CompactRange.fromMessage(snapshot.range));
      rootsAt.set(snapshot.size, toHex(prefix.root()));
    }
    tree.merge(CompactRange.fromMessage(result.range));
  }
  return { treeSize: tree.end, rootHash: toHex(tree.root()), rootsAt };
}

function checkLinkage(db: Database.Database, head: number): { breaks: ChainBreak[]; streams: number; failure?: string } {
  const heads = new Map<string, { revision: number; hash: string }>();
  const breaks: ChainBreak[] = [];
  try {
    const rows = db
      .prepare('SELECT position, stream_id, revision, prev_hash, hash, event_id FROM events WHERE position <= ? ORDER BY position')
      .raw()
      .iterate(head) as Iterable<[number, string, number, string, string, string]>;
    for (const [position, streamId, revision, prevHash, hash, eventId] of rows) {
      const problem = linkProblem(heads.get(streamId), revision, prevHash);
      if (problem) breaks.push({ position, streamId, revision, eventId, problem });
      heads.set(streamId, { revision, hash });
    }
    return { breaks, streams: heads.size };
  } catch (error) {
    return { breaks, streams: heads.size, failure: (error as Error).message };
  }
}

function runWorker(input: WorkerInput, progress: (events: number) => void): Promise<WorkerMessage> {
  // Under ts-node/ts-jest the worker is TypeScript and needs the same loader; built code runs plain JS.
  const typescript = extname(__filename) === '.ts';
  const worker = new Worker(join(__dirname, `verify-worker${typescript ? '.ts' : '.js'}`), {
    workerData: input,
    execArgv: typescript ? ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'] : [],
  });
  return new Promise((resolve) => {
    worker.on('message', (message: WorkerMessage) => {
      if ('progress' in message) progress(message.progress);
      else resolve(message);
    });
    worker.once('error', (error) => resolve({ failure: error.message }));
    worker.once('exit', (code) => resolve({ failure: `verify worker exited with ${code}` }));
  });
}
