import { Checkpoint, CHECKPOINT_STREAM } from './checkpoint';
import { CheckpointProblem, CheckpointRecord, checkCheckpoints, latest, readWitness, RebuiltTree, toRecord } from './checkpoint-audit';
import { EventStore } from '@kernel/event-store.port';
import { ChainBreak, ChainVerifier } from './hash-chain';
import { CompactRange, EMPTY_ROOT, eventLeafHash, toHex } from './merkle';
import { LogScan, verifySqliteLog } from './sqlite/parallel-verify';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

export interface VerifyOptions {
  /** A witness file (JSON lines): the log must be a consistent extension of every checkpoint in it. */
  readonly witnessFile?: string;
  /** Key ids whose checkpoints are trusted (the configured key, keys an auditor pins); unset = any valid signature. */
  readonly trustedKeyIds?: readonly string[];
  readonly onProgress?: (events: number, total: number) => void;
  /** Read the embedded log through the port too (tests compare both paths). */
  readonly throughPort?: boolean;
}

export interface VerificationReport {
  readonly intact: boolean;
  readonly verifiedEvents: number;
  readonly streams: number;
  readonly headPosition: number;
  /** Every broken event: position, stream, revision, what failed. */
  readonly breaks: ChainBreak[];
  /** Breaks per problem. */
  readonly counts: Record<string, number>;
  readonly merkle: { readonly treeSize: number; readonly rootHash: string };
  readonly checkpoints: {
    readonly inLog: number;
    readonly latest?: Checkpoint;
    /** Events after the latest checkpoint: their order and recordedAt are anchored at the next one. */
    readonly unanchoredEvents: number;
    readonly problems: CheckpointProblem[];
  };
  readonly witness?: { readonly file: string; readonly lines: number; readonly last?: Checkpoint; readonly problems: CheckpointProblem[] };
  /** A part of the log that could not be read at all (the report covers what was read). */
  readonly readError?: string;
}

/**
 * Verifies the whole log: every stream's hash chain under each event's scheme, the Merkle tree over
 * all events, every checkpoint in the log (signature, key, root at its size), and with a witness file
 * that the log still extends every witnessed checkpoint. The embedded log is verified on all cores;
 * any other store is read through the port. Never throws for what it finds in the log.
 */
export async function verifyLog(store: EventStore, options: VerifyOptions = {}): Promise<VerificationReport> {
  if (store instanceof SqliteEventStore && !options.throughPort) return verifySqliteFile(store.file, options);
  return audit((sizes) => scanThroughPort(store, sizes, options.onProgress), options);
}

/** The embedded log verified straight from its file, read-only (nothing is opened for writing or migrated). */
export function verifySqliteFile(file: string, options: VerifyOptions = {}): Promise<VerificationReport> {
  return audit(async (sizes) => {
    try {
      return await verifySqliteLog(file, { sizes, onProgress: options.onProgress });
    } catch (error) {
      const empty = { treeSize: 0, rootHash: toHex(EMPTY_ROOT), rootsAt: new Map() };
      return { verifiedEvents: 0, streams: 0, headPosition: 0, breaks: [], tree: empty, logCheckpoints: [], fileError: (error as Error).message };
    }
  }, options);
}

async function audit(scanLog: (witnessSizes: number[]) => Promise<LogScan>, options: VerifyOptions): Promise<VerificationReport> {
  let witness: CheckpointRecord[] = [];
  let witnessError: string | undefined;
  if (options.witnessFile) {
    try {
      witness = readWitness(options.witnessFile);
    } catch (error) {
      witnessError = (error as Error).message;
    }
  }
  const sizes = witness.flatMap((r) => (r.checkpoint ? [r.checkpoint.treeSize] : []));
  const scan = await scanLog(sizes);
  const trusted = options.trustedKeyIds ? new Set([...options.trustedKeyIds, ...witness.flatMap((r) => (r.checkpoint ? [r.checkpoint.keyId] : []))]) : undefined;
  const logProblems = checkCheckpoints(scan.logCheckpoints, scan.tree, trusted);
  const witnessProblems = checkCheckpoints(witness, scan.tree, trusted);
  witnessProblems.push(...missingFromLog(witness, scan.logCheckpoints));
  if (witnessError) witnessProblems.unshift({ source: 'witness', where: options.witnessFile!, problem: 'UNREADABLE', detail: witnessError });
  const newest = latest(scan.logCheckpoints);
  const counts: Record<string, number> = {};
  for (const b of scan.breaks) counts[b.problem] = (counts[b.problem] ?? 0) + 1;
  return {
    intact: scan.breaks.length === 0 && logProblems.length === 0 && witnessProblems.length === 0 && !scan.fileError,
    verifiedEvents: scan.verifiedEvents,
    streams: scan.streams,
    headPosition: scan.headPosition,
    breaks: scan.breaks,
    counts,
    merkle: { treeSize: scan.tree.treeSize, rootHash: scan.tree.rootHash },
    checkpoints: {
      inLog: scan.logCheckpoints.length,
      latest: newest,
      unanchoredEvents: scan.tree.treeSize - (newest?.treeSize ?? 0),
      problems: logProblems,
    },
    witness: options.witnessFile ? { file: options.witnessFile, lines: witness.length, last: witness[witness.length - 1]?.checkpoint, problems: witnessProblems } : undefined,
    readError: scan.fileError,
  };
}

/**
 * Every witnessed checkpoint was written to the log before its witness line: one missing from the
 * log means its event was deleted (the newest checkpoint event is covered by no tree head yet).
 */
function missingFromLog(witness: readonly CheckpointRecord[], log: readonly CheckpointRecord[]): CheckpointProblem[] {
  const inLog = new Set(log.flatMap((r) => (r.checkpoint ? [r.checkpoint.signature] : [])));
  return witness.flatMap((r) =>
    r.checkpoint && !inLog.has(r.checkpoint.signature)
      ? [{ source: 'witness' as const, where: r.where, treeSize: r.checkpoint.treeSize, problem: 'MISSING_FROM_LOG' as const, detail: 'its checkpoint event is not in the log' }]
      : [],
  );
}

/** The store-neutral scan: `$all` in order through a ChainVerifier and the Merkle tree. */
export async function scanThroughPort(store: EventStore, witnessSizes: readonly number[] = [], onProgress?: (events: number, total: number) => void, pageSize = 5000): Promise<LogScan> {
  const logCheckpoints: CheckpointRecord[] = [];
  let readError: string | undefined;
  try {
    for (const event of await store.readStream(CHECKPOINT_STREAM)) logCheckpoints.push(toRecord('log', `position ${event.position}`, () => event.data));
  } catch (error) {
    readError = `checkpoint stream: ${(error as Error).message}`;
  }
  const sizes = new Set([...witnessSizes, ...logCheckpoints.flatMap((r) => (r.checkpoint ? [r.checkpoint.treeSize] : []))]);
  const verifier = new ChainVerifier();
  const range = CompactRange.empty();
  const rootsAt = new Map<number, string>();
  if (sizes.has(0)) rootsAt.set(0, toHex(EMPTY_ROOT));
  let after = 0;
  try {
    for (;;) {
      const page = await store.readAll({ after, maxCount: pageSize });
      for (const event of page.events) {
        verifier.add(event);
        range.append(eventLeafHash(event.hash, event.recordedAt));
        if (sizes.has(range.end)) rootsAt.set(range.end, toHex(range.root()));
      }
      onProgress?.(verifier.verified, 0);
      if (page.events.length < pageSize) break;
      after = page.scannedTo;
    }
  } catch (error) {
    // The port cannot skip one unreadable event: report where reading stopped, with what was verified.
    readError ??= `reading $all after position ${after}: ${(error as Error).message}`;
  }
  const tree: RebuiltTree = { treeSize: range.end, rootHash: toHex(range.root()), rootsAt };
  return { verifiedEvents: verifier.verified, streams: verifier.streams, headPosition: await store.headPosition(), breaks: verifier.breaks, tree, logCheckpoints, fileError: readError };
}
