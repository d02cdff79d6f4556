import { readFileSync } from 'node:fs';
import { Checkpoint, parseCheckpoint, signatureProblem } from './checkpoint';

/** A checkpoint as found in the log (its event) or in a witness file (its line), parsed or not. */
export interface CheckpointRecord {
  readonly source: 'log' | 'witness';
  /** Where it was found: `position 1234` or `line 7`. */
  readonly where: string;
  readonly checkpoint?: Checkpoint;
  /** Why it could not be read. */
  readonly unreadable?: string;
}

export type CheckpointProblemKind = 'UNREADABLE' | 'SIGNATURE_INVALID' | 'KEY_UNTRUSTED' | 'ROOT_MISMATCH' | 'LOG_SHORTER_THAN_CHECKPOINT' | 'MISSING_FROM_LOG';

export interface CheckpointProblem {
  readonly source: 'log' | 'witness';
  readonly where: string;
  readonly treeSize?: number;
  readonly problem: CheckpointProblemKind;
  readonly detail?: string;
}

/** The Merkle tree the verifier rebuilt from the log, with its roots at the sizes checkpoints name. */
export interface RebuiltTree {
  readonly treeSize: number;
  readonly rootHash: string;
  readonly rootsAt: ReadonlyMap<number, string>;
}

/** Tries to parse one checkpoint; a bad one becomes an unreadable record, never an exception. */
export function toRecord(source: 'log' | 'witness', where: string, read: () => unknown): CheckpointRecord {
  try {
    return { source, where, checkpoint: parseCheckpoint(read()) };
  } catch (error) {
    return { source, where, unreadable: (error as Error).message };
  }
}

/** Every line of a witness file (blank lines skipped). A missing file is the caller's error to report. */
export function readWitness(file: string): CheckpointRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, where: `line ${i + 1}` }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, where }) => toRecord('witness', where, () => JSON.parse(line)));
}

/**
 * Checks each checkpoint against the rebuilt tree: it is signed by the key it names, that key is
 * trusted (when a trust list is given), and the tree at its size has its root. A checkpoint larger
 * than the log means events it covered are gone (truncation or deletion).
 */
export function checkCheckpoints(records: readonly CheckpointRecord[], tree: RebuiltTree, trustedKeyIds?: ReadonlySet<string>): CheckpointProblem[] {
  const problems: CheckpointProblem[] = [];
  for (const record of records) {
    const at = { source: record.source, where: record.where };
    const checkpoint = record.checkpoint;
    if (!checkpoint) {
      problems.push({ ...at, problem: 'UNREADABLE', detail: record.unreadable });
      continue;
    }
    const withSize = { ...at, treeSize: checkpoint.treeSize };
    const signature = signatureProblem(checkpoint);
    if (signature) problems.push({ ...withSize, problem: 'SIGNATURE_INVALID', detail: signature });
    else if (trustedKeyIds && !trustedKeyIds.has(checkpoint.keyId)) problems.push({ ...withSize, problem: 'KEY_UNTRUSTED', detail: `key ${checkpoint.keyId}` });
    if (checkpoint.treeSize > tree.treeSize) {
      problems.push({ ...withSize, problem: 'LOG_SHORTER_THAN_CHECKPOINT', detail: `the log has ${tree.treeSize} events` });
    } else if (tree.rootsAt.get(checkpoint.treeSize) !== checkpoint.rootHash) {
      problems.push({ ...withSize, problem: 'ROOT_MISMATCH', detail: `the log's first ${checkpoint.treeSize} events give ${tree.rootsAt.get(checkpoint.treeSize)}` });
    }
  }
  return problems;
}

/** The largest readable checkpoint of a list (the latest one anchors the most). */
export function latest(records: readonly CheckpointRecord[]): Checkpoint | undefined {
  return records.reduce<Checkpoint | undefined>((best, r) => (r.checkpoint && (!best || r.checkpoint.treeSize >= best.treeSize) ? r.checkpoint : best), undefined);
}
