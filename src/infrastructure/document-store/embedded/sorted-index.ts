import { KeyValue, compareValues } from './key-order';

/** One index entry: the key components (the document's `_id` last, so keys are unique) and the id. */
export interface Entry {
  readonly key: readonly KeyValue[];
  readonly id: string;
}

export interface Position {
  readonly chunk: number;
  readonly offset: number;
}

/** Chunks stay between CHUNK/2 and CHUNK entries: a write moves at most CHUNK entries. */
const CHUNK = 256;

/**
 * Entries kept in key order (per-component direction), as a list of sorted chunks: inserts and
 * removals cost O(log N + CHUNK), a seek O(log N), a rank (for counts) O(log N) from chunk offsets
 * recomputed lazily after writes.
 */
export class SortedIndex {
  private chunks: Entry[][] = [];
  private starts: number[] | null = [];

  constructor(private readonly directions: readonly number[]) {}

  compare(a: readonly KeyValue[], b: readonly KeyValue[]): number {
    for (let i = 0; i < a.length; i++) {
      const c = compareValues(a[i], b[i]);
      if (c !== 0) return c * this.directions[i];
    }
    return 0;
  }

  /** Replaces the content with `entries` (any order). */
  load(entries: Entry[]): void {
    entries.sort((x, y) => this.compare(x.key, y.key));
    this.chunks = [];
    for (let i = 0; i < entries.length; i += CHUNK) this.chunks.push(entries.slice(i, i + CHUNK));
    this.starts = null;
  }

  insert(entry: Entry): void {
    const at = this.seek((key) => this.compare(key, entry.key) < 0);
    if (this.chunks.length === 0) this.chunks.push([]);
    const chunk = at.chunk < this.chunks.length ? at.chunk : this.chunks.length - 1;
    const offset = at.chunk < this.chunks.length ? at.offset : this.chunks[chunk].length;
    const entries = this.chunks[chunk];
    entries.splice(offset, 0, entry);
    if (entries.length > CHUNK * 2) this.chunks.splice(chunk, 1, entries.slice(0, CHUNK), entries.slice(CHUNK));
    this.starts = null;
  }

  remove(entry: Entry): void {
    const at = this.seek((key) => this.compare(key, entry.key) < 0);
    const entries = this.chunks[at.chunk];
    if (!entries || entries[at.offset]?.id !== entry.id) throw new Error(`index entry of ${entry.id} not found`);
    entries.splice(at.offset, 1);
    if (entries.length === 0) this.chunks.splice(at.chunk, 1);
    this.starts = null;
  }

  /** The first position whose entry is not `before` (`before` must be true for a prefix of the order). */
  seek(before: (key: readonly KeyValue[]) => boolean): Position {
    let lo = 0;
    let hi = this.chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const chunk = this.chunks[mid];
      if (before(chunk[chunk.length - 1].key)) lo = mid + 1;
      else hi = mid;
    }
    if (lo === this.chunks.length) return { chunk: lo, offset: 0 };
    const entries = this.chunks[lo];
    let a = 0;
    let b = entries.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (before(entries[mid].key)) a = mid + 1;
      else b = mid;
    }
    return { chunk: lo, offset: a };
  }

  /** Number of entries before `position`. */
  rank(position: Position): number {
    if (!this.starts) {
      this.starts = [];
      let total = 0;
      for (const chunk of this.chunks) {
        this.starts.push(total);
        total += chunk.length;
      }
      this.starts.push(total);
    }
    return this.starts[position.chunk] + position.offset;
  }

  get size(): number {
    return this.rank({ chunk: this.chunks.length, offset: 0 });
  }

  /** Entries from `from` (inclusive) towards the end. */
  *forward(from: Position): Generator<Entry> {
    for (let c = from.chunk, o = from.offset; c < this.chunks.length; c++, o = 0) {
      const entries = this.chunks[c];
      for (; o < entries.length; o++) yield entries[o];
    }
  }

  /** Entries before `until` (exclusive), towards the start. */
  *backward(until: Position): Generator<Entry> {
    let c = until.chunk;
    let o = until.offset;
    for (;;) {
      if (o === 0) {
        if (--c < 0) return;
        o = this.chunks[c].length;
        continue;
      }
      yield this.chunks[c][--o];
    }
  }
}
