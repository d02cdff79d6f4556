import { hash } from 'node:crypto';

/**
 * The global Merkle log, RFC 9162 (Certificate Transparency v2) hashing: a leaf hash is
 * SHA-256(0x00 ‖ leaf input), an interior node SHA-256(0x01 ‖ left ‖ right), and the tree over n
 * leaves splits at the largest power of two below n. Leaves are the events in position order; a
 * leaf's input is the event's hash (hex) followed by its recordedAt, so the Merkle log also covers
 * the one field the store assigns (see docs/decisions.md D19).
 *
 * Everything here is pure: the checkpointer, the verifier and the offline proof checker share it.
 */
export type Hash = string;

/*
 * Hashes are kept as 32-character latin1 ("binary") strings, not Buffers: the verifier computes two
 * per event, and allocating a Buffer per digest costs more than the SHA-256 itself. Inputs are written
 * into preallocated scratch buffers. `toHex` / `fromHex` convert at the edges.
 */
export const toHex = (h: Hash): string => Buffer.from(h, 'latin1').toString('hex');
export const fromHex = (hex: string): Hash => Buffer.from(hex, 'hex').toString('latin1');

/** MTH of the empty tree: SHA-256 of nothing. */
export const EMPTY_ROOT: Hash = hash('sha256', Buffer.alloc(0), 'binary');

/** RFC 9162 leaf hash of arbitrary bytes. */
export function leafHashOf(input: Uint8Array): Hash {
  return hash('sha256', Buffer.concat([Buffer.from([0]), input]), 'binary');
}

/**
 * The leaf hash of one event. Its leaf input is the UTF-8 text of the event's chain hash (64 hex
 * digits) followed by its recordedAt: hashing one string is the cheapest form on the verifier's hot
 * path, and the fixed-length hash keeps the concatenation unambiguous.
 */
export function eventLeafHash(eventHash: string, recordedAt: string): Hash {
  return hash('sha256', `\u0000${eventHash}${recordedAt}`, 'binary');
}

const nodeInput = Buffer.alloc(65);
/** RFC 9162 interior node hash. */
export function nodeHash(left: Hash, right: Hash): Hash {
  nodeInput[0] = 1;
  nodeInput.write(left, 1, 32, 'latin1');
  nodeInput.write(right, 33, 32, 'latin1');
  return hash('sha256', nodeInput, 'binary');
}

/** Largest power of two strictly below n (n ≥ 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) by the RFC's recursive definition (reference implementation; O(n)). */
export function rootOf(leaves: readonly Hash[]): Hash {
  if (leaves.length === 0) return EMPTY_ROOT;
  if (leaves.length === 1) return leaves[0];
  const k = splitPoint(leaves.length);
  return nodeHash(rootOf(leaves.slice(0, k)), rootOf(leaves.slice(k)));
}

/** RFC 9162 §2.1.3.1 PATH(m, D[n]): the audit path of leaf `index` in the tree over `leaves`. */
export function inclusionPath(leaves: readonly Hash[], index: number): Hash[] {
  if (index < 0 || index >= leaves.length) throw new RangeError(`leaf ${index} is outside a tree of ${leaves.length}`);
  if (leaves.length === 1) return [];
  const k = splitPoint(leaves.length);
  return index < k
    ? [...inclusionPath(leaves.slice(0, k), index), rootOf(leaves.slice(k))]
    : [...inclusionPath(leaves.slice(k), index - k), rootOf(leaves.slice(0, k))];
}

/** RFC 9162 §2.1.3.2: does `path` prove `leaf` at `index` in the tree of `size` with `root`? */
export function verifyInclusion(leaf: Hash, index: number, size: number, path: readonly Hash[], root: Hash): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r === root;
}

/**
 * A compact range [begin, end): the minimal list of perfect subtrees covering those leaves, left to
 * right. From begin = 0 it is the tree's frontier (one node per set bit of the size), enough to
 * append leaves and compute the root at any later size without the leaves themselves. Ranges of
 * adjacent leaves merge, so workers can build the tree over disjoint ranges in parallel.
 */
export class CompactRange {
  private constructor(
    readonly begin: number,
    private endIndex: number,
    private readonly levels: number[],
    private readonly hashes: Hash[],
  ) {}

  static empty(begin = 0): CompactRange {
    return new CompactRange(begin, begin, [], []);
  }

  /** The frontier of the tree of `size` leaves, from its node hashes (hex, left to right). */
  static fromFrontier(size: number, frontier: readonly string[]): CompactRange {
    const levels: number[] = [];
    for (let level = 52; level >= 0; level--) if (Math.floor(size / 2 ** level) % 2 === 1) levels.push(level);
    if (levels.length !== frontier.length || frontier.some((h) => !/^[0-9a-f]{64}$/.test(h))) {
      throw new Error(`A frontier of a tree of ${size} has ${levels.length} hashes of 64 hex digits`);
    }
    return new CompactRange(0, size, levels, frontier.map(fromHex));
  }

  get end(): number {
    return this.endIndex;
  }

  append(leaf: Hash): void {
    this.push(0, leaf, this.endIndex);
    this.endIndex++;
  }

  /** Appends an adjacent range (other.begin must be this.end). */
  merge(other: CompactRange): void {
    if (other.begin !== this.endIndex) throw new Error(`ranges [${this.begin},${this.endIndex}) and [${other.begin},${other.end}) are not adjacent`);
    let start = other.begin;
    other.levels.forEach((level, i) => {
      this.push(level, other.hashes[i], start);
      start += 2 ** level;
    });
    this.endIndex = other.endIndex;
  }

  /** Adds a perfect subtree of 2^level leaves at the end, merging siblings while they pair up. */
  private push(level: number, hash: Hash, nodeStart: number): void {
    let start = nodeStart;
    this.levels.push(level);
    this.hashes.push(hash);
    for (;;) {
      const n = this.levels.length;
      if (n < 2 || this.levels[n - 2] !== this.levels[n - 1]) return;
      const top = this.levels[n - 1];
      const leftStart = start - 2 ** top;
      // Siblings only when the left one is the even (left) child of their parent.
      if (leftStart < this.begin || (leftStart / 2 ** top) % 2 !== 0) return;
      const right = this.hashes.pop()!;
      const left = this.hashes.pop()!;
      this.levels.pop();
      this.levels.pop();
      this.levels.push(top + 1);
      this.hashes.push(nodeHash(left, right));
      start = leftStart;
    }
  }

  /** MTH of the leaves [0, end); only for ranges that start at 0. */
  root(): Hash {
    if (this.begin !== 0) throw new Error('only a range from leaf 0 has a root');
    if (this.hashes.length === 0) return EMPTY_ROOT;
    let root = this.hashes[this.hashes.length - 1];
    for (let i = this.hashes.length - 2; i >= 0; i--) root = nodeHash(this.hashes[i], root);
    return root;
  }

  clone(): CompactRange {
    return new CompactRange(this.begin, this.endIndex, [...this.levels], [...this.hashes]);
  }

  /** The node hashes, hex, left to right (for a range from 0: the frontier a checkpoint stores). */
  frontier(): string[] {
    return this.hashes.map(toHex);
  }

  /** Plain data for a worker message. */
  toMessage(): { begin: number; end: number; levels: number[]; hashes: Hash[] } {
    return { begin: this.begin, end: this.endIndex, levels: [...this.levels], hashes: [...this.hashes] };
  }

  static fromMessage(message: { begin: number; end: number; levels: number[]; hashes: Hash[] }): CompactRange {
    return new CompactRange(message.begin, message.end, [...message.levels], [...message.hashes]);
  }
}
