import Database from 'better-sqlite3';

/**
 * Every stored event id, for the store's global uniqueness check, without a B-tree index on
 * `event_id`. Ids are random UUIDs: a unique index on them rewrote one scattered page per event on
 * every commit and cost a third of group-commit throughput (docs/decisions.md D13, D21). Instead an
 * open-addressing table in memory maps a 32-bit hash of each id to the row's position; a hit is
 * confirmed by reading that row by its rowid, so the check is exact.
 *
 * The table is filled from the log in the background after the store opens (or at once by the first
 * write, whichever comes first) and then tails it by position inside each write transaction (which
 * holds SQLite's write lock), so rows written by another process are seen too.
 * It holds only committed rows: the store adds an append's ids after its transaction commits.
 * Memory: 12 bytes per slot, at most half the slots used (about 24 MB per million events).
 */
export class EventIdIndex {
  private positions = new Float64Array(1 << 16);
  private tags = new Uint32Array(1 << 16);
  private used = 0;
  private indexedTo = 0;
  private readonly after: Database.Statement;
  private readonly at: Database.Statement;

  constructor(db: Database.Database) {
    this.after = db.prepare('SELECT position, event_id FROM events WHERE position > ? ORDER BY position LIMIT ?').raw();
    this.at = db.prepare('SELECT event_id, stream_id FROM events WHERE position = ?').raw();
  }

  /** Indexes up to `limit` rows written since the last call; true when it reached the end of the log. */
  catchUp(limit = Number.MAX_SAFE_INTEGER): boolean {
    let read = 0;
    for (const [position, eventId] of this.after.iterate(this.indexedTo, limit) as Iterable<[number, string]>) {
      this.add(eventId, position);
      read++;
    }
    return read < limit;
  }

  /** The stream holding `eventId`, if any committed event has it. */
  streamOf(eventId: string): string | undefined {
    const tag = hashId(eventId);
    const mask = this.tags.length - 1;
    for (let slot = tag & mask; this.positions[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.tags[slot] !== tag) continue;
      const row = this.at.get(this.positions[slot]) as [string, string] | undefined;
      if (row && row[0] === eventId) return row[1];
    }
    return undefined;
  }

  /** Records a committed event (positions are ≥ 1, so 0 marks an empty slot). */
  add(eventId: string, position: number): void {
    if (position > this.indexedTo) this.indexedTo = position;
    if ((this.used + 1) * 2 > this.tags.length) this.grow();
    this.insert(hashId(eventId), position);
    this.used++;
  }

  private insert(tag: number, position: number): void {
    const mask = this.tags.length - 1;
    let slot = tag & mask;
    while (this.positions[slot] !== 0) slot = (slot + 1) & mask;
    this.tags[slot] = tag;
    this.positions[slot] = position;
  }

  private grow(): void {
    const { positions, tags } = this;
    this.positions = new Float64Array(tags.length * 2);
    this.tags = new Uint32Array(tags.length * 2);
    for (let i = 0; i < tags.length; i++) if (positions[i] !== 0) this.insert(tags[i], positions[i]);
  }
}

/** FNV-1a, 32 bits, over the UTF-16 code units: fast on short ASCII ids. */
function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
