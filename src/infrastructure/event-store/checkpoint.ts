import { createPrivateKey, createPublicKey, hash, KeyObject, sign, verify } from 'node:crypto';
import { DomainEvent } from '@kernel/events';
import { canonicalJson } from './canonical-json';

/** The system stream the checkpointer writes its signed tree heads to (`<module>-<aggregate>-<id>`). */
export const CHECKPOINT_STREAM = 'audit-checkpoint-log';
export const CHECKPOINT_EVENT_TYPE = 'audit.CheckpointSigned';

/** A signed tree head: the Merkle root over the first `treeSize` events of the log, at `time`. */
export interface SignedTreeHead {
  readonly treeSize: number;
  /** Hex SHA-256 root (merkle.ts). */
  readonly rootHash: string;
  /** ISO timestamp from the checkpointer's clock. */
  readonly time: string;
  /** First 16 hex digits of SHA-256 of the raw public key. */
  readonly keyId: string;
  /** Raw Ed25519 public key, base64 (lets an auditor check the signature without the server). */
  readonly publicKey: string;
  /** Ed25519 signature, base64, over `signedMessage(head)`. */
  readonly signature: string;
}

/** A checkpoint as the log and the witness file hold it: the tree head and where it ends in the log. */
export interface Checkpoint extends SignedTreeHead {
  /** Position of the last event the tree covers (0 for an empty tree): where a resumed tree continues. */
  readonly lastPosition: number;
}

/** The event data: the checkpoint plus the tree's frontier, so a restart resumes without rehashing the log. */
export interface CheckpointEventData extends Checkpoint {
  /** Node hashes of the tree's frontier (hex, left to right; one per set bit of treeSize). */
  readonly frontier: readonly string[];
}

export type CheckpointSigned = DomainEvent<typeof CHECKPOINT_EVENT_TYPE, CheckpointEventData>;

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** Signs tree heads with an Ed25519 key given as its 32-byte seed (64 hex digits). */
export class CheckpointSigner {
  private readonly privateKey: KeyObject;
  readonly publicKey: string;
  readonly keyId: string;

  constructor(seedHex: string) {
    if (!/^[0-9a-fA-F]{64}$/.test(seedHex)) throw new Error('A checkpoint signing key is 64 hex digits (an Ed25519 seed)');
    this.privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, Buffer.from(seedHex, 'hex')]), format: 'der', type: 'pkcs8' });
    const raw = createPublicKey(this.privateKey).export({ format: 'der', type: 'spki' }).subarray(-32);
    this.publicKey = raw.toString('base64');
    this.keyId = keyIdOf(raw);
  }

  sign(head: { treeSize: number; rootHash: string; time: string }): SignedTreeHead {
    const unsigned = { ...head, keyId: this.keyId };
    const signature = sign(null, signedMessage(unsigned), this.privateKey).toString('base64');
    return { ...unsigned, publicKey: this.publicKey, signature };
  }
}

export function keyIdOf(rawPublicKey: Buffer): string {
  return hash('sha256', rawPublicKey, 'hex').slice(0, 16);
}

/** What is signed: a domain tag and the JCS canonical JSON of the tree head's four fields. */
export function signedMessage(head: { treeSize: number; rootHash: string; time: string; keyId: string }): Buffer {
  const { treeSize, rootHash, time, keyId } = head;
  return Buffer.from(`akuntabel-tree-head-v1\n${canonicalJson({ keyId, rootHash, time, treeSize })}`, 'utf8');
}

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Undefined when the head is signed by the key it names; otherwise what is wrong. */
export function signatureProblem(head: SignedTreeHead): string | undefined {
  const raw = Buffer.from(head.publicKey, 'base64');
  if (raw.length !== 32) return 'public key is not 32 bytes';
  if (keyIdOf(raw) !== head.keyId) return 'keyId does not match the public key';
  const key = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, raw]), format: 'der', type: 'spki' });
  const ok = verify(null, signedMessage(head), key, Buffer.from(head.signature, 'base64'));
  return ok ? undefined : 'signature does not verify';
}

/** Shape-checks a checkpoint read from the log or a witness line; throws naming the bad field. */
export function parseCheckpoint(value: unknown): Checkpoint {
  const v = value as Record<string, unknown>;
  if (typeof v !== 'object' || v === null) throw new Error('not an object');
  const intField = (name: string) => {
    if (!Number.isSafeInteger(v[name]) || (v[name] as number) < 0) throw new Error(`${name} is not a non-negative integer`);
    return v[name] as number;
  };
  const stringField = (name: string, pattern?: RegExp) => {
    if (typeof v[name] !== 'string' || (pattern && !pattern.test(v[name] as string))) throw new Error(`${name} is malformed`);
    return v[name] as string;
  };
  return {
    treeSize: intField('treeSize'),
    rootHash: stringField('rootHash', /^[0-9a-f]{64}$/),
    time: stringField('time'),
    keyId: stringField('keyId', /^[0-9a-f]{16}$/),
    publicKey: stringField('publicKey'),
    signature: stringField('signature'),
    lastPosition: intField('lastPosition'),
  };
}
