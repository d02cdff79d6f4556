import { Checkpoint, CHECKPOINT_STREAM, parseCheckpoint, signatureProblem } from './checkpoint';
import { EventStore } from '@kernel/event-store.port';
import { hashEvent, isHashScheme } from './hash-chain';
import { eventLeafHash, fromHex, Hash, inclusionPath, toHex, verifyInclusion } from './merkle';
import { RecordedEvent } from '@kernel/events';

/**
 * An inclusion proof: this event is leaf `leafIndex` of the tree a signed checkpoint names. It
 * checks offline, with nothing but this document: event → hash → leaf → audit path → root →
 * signature (and the key id against one the auditor trusts).
 */
export interface InclusionProof {
  readonly event: RecordedEvent;
  readonly leafIndex: number;
  readonly leafHash: string;
  readonly treeSize: number;
  readonly auditPath: readonly string[];
  readonly checkpoint: Checkpoint;
}

/**
 * Builds the proof of `eventId` against the latest checkpoint in the log that covers it. Reads the
 * log through the port (the leaves up to that checkpoint). Throws when the event is unknown or not
 * yet covered by a checkpoint.
 */
export async function proveInclusion(store: EventStore, eventId: string, pageSize = 5000): Promise<InclusionProof> {
  const checkpoints = (await store.readStream(CHECKPOINT_STREAM)).flatMap((e) => {
    try {
      return [parseCheckpoint(e.data)];
    } catch {
      return [];
    }
  });
  const leaves: Hash[] = [];
  let found: { event: RecordedEvent; index: number } | undefined;
  let after = 0;
  for (;;) {
    const page = await store.readAll({ after, maxCount: pageSize });
    for (const event of page.events) {
      if (event.eventId === eventId && !found) found = { event, index: leaves.length };
      leaves.push(eventLeafHash(event.hash, event.recordedAt));
    }
    if (page.events.length < pageSize) break;
    after = page.scannedTo;
  }
  if (!found) throw new Error(`No event ${eventId} in the log`);
  const covering = checkpoints.filter((c) => c.treeSize > found!.index && c.treeSize <= leaves.length).sort((a, b) => b.treeSize - a.treeSize)[0];
  if (!covering) throw new Error(`Event ${eventId} (leaf ${found.index}) is not covered by a checkpoint yet; the next one will cover it`);
  const tree = leaves.slice(0, covering.treeSize);
  return {
    event: found.event,
    leafIndex: found.index,
    leafHash: toHex(tree[found.index]),
    treeSize: covering.treeSize,
    auditPath: inclusionPath(tree, found.index).map(toHex),
    checkpoint: covering,
  };
}

/** The offline check of a proof. Pure: no store, no network. Lists every failed step. */
export function checkInclusionProof(proof: InclusionProof, trustedKeyIds?: ReadonlySet<string>): { valid: boolean; problems: string[] } {
  const problems: string[] = [];
  try {
    const { event, checkpoint } = proof;
    const scheme = event.hashScheme ?? 1;
    if (!isHashScheme(scheme)) problems.push(`unknown hash scheme ${scheme}`);
    else if (hashEvent(event) !== event.hash) problems.push('the event does not hash to its hash');
    const leaf = eventLeafHash(event.hash, event.recordedAt);
    if (toHex(leaf) !== proof.leafHash) problems.push('the leaf hash is not the event hash and recordedAt');
    const parsed = parseCheckpoint(checkpoint);
    if (parsed.treeSize !== proof.treeSize) problems.push('the checkpoint is for another tree size');
    const path = proof.auditPath.map(fromHex);
    if (!verifyInclusion(leaf, proof.leafIndex, proof.treeSize, path, fromHex(parsed.rootHash))) problems.push('the audit path does not lead to the checkpoint root');
    const signature = signatureProblem(parsed);
    if (signature) problems.push(`checkpoint: ${signature}`);
    if (trustedKeyIds && !trustedKeyIds.has(parsed.keyId)) problems.push(`checkpoint key ${parsed.keyId} is not trusted`);
  } catch (error) {
    problems.push(`malformed proof: ${(error as Error).message}`);
  }
  return { valid: problems.length === 0, problems };
}
