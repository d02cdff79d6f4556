import mongoose, { AnyBulkWriteOperation, ClientSession, Model } from 'mongoose';
import { Doc, DocumentTransaction, Filter, ReadCollection, Update } from '../document-store.port';
import { assertSafeFilter } from '../query-guard';
import { classifyWriteError, duplicateOrSame } from './mongo-errors';
import { MongoReadCollection } from './mongo-read-collection';

/** A buffered page is sent once it holds this many writes (one bulkWrite per collection). */
export const MAX_BUFFERED_WRITES = 1000;

/** What this transaction knows of a document: exists, its `_lastPosition`, and the position it wrote it at. */
interface Known {
  exists: boolean;
  last?: number;
  ours?: number;
}

type Pending =
  | { kind: 'upsert'; collection: string; id: string; update: Update; position: number }
  | { kind: 'delete'; collection: string; id: string; position: number }
  | { kind: 'put'; collection: string; id: string; doc: Doc };

/**
 * Writes inside one MongoDB transaction, batched: upserts, deletes and puts are buffered and sent as
 * one ordered bulkWrite per collection when the buffer fills, before any read (reads see this
 * transaction's writes) and at commit — instead of a findOne plus an updateOne per write.
 *
 * The position guard keeps its meaning (as in the embedded adapter): every write of the event being
 * applied lands, a document that already held the event — or a later one — before this transaction
 * ignores it. Any failed command aborts a MongoDB transaction, so a stale upsert must be skipped before
 * it is sent rather than recognised from its E11000: one find per collection per flush loads the
 * positions of the documents not yet known, and each write is decided in order from them. The guard
 * stays in every filter as the backstop.
 *
 * Errors are rethrown as the driver raised them (apart from duplicate keys): withTransaction decides
 * from their labels whether to retry.
 */
export class MongoTransaction implements DocumentTransaction {
  private readonly known = new Map<string, Known>();
  private pending: Pending[] = [];

  constructor(
    private readonly model: (name: string) => Model<any>,
    private readonly session: ClientSession,
  ) {}

  collection<T extends Doc = Doc>(name: string): ReadCollection<T> {
    return new MongoReadCollection<T>(() => this.model(name), this.session, undefined, () => this.flush());
  }

  async upsert(collection: string, id: string, update: Update, position: number): Promise<void> {
    await this.buffer({ kind: 'upsert', collection, id, update, position });
  }

  /** Reads the matching documents first: the ones written here must take this event's later writes. */
  async updateMany(collection: string, filter: Filter, update: Update, position: number): Promise<number> {
    assertSafeFilter(filter);
    await this.flush();
    const model = this.model(collection);
    const guard = { $or: [...positionGuard(position).$or, { _id: { $in: this.idsWrittenAt(collection, position) } }] };
    const matched = await model.find({ $and: [filter, guard] }, { _id: 1 }).session(this.session).lean<Doc[]>();
    if (matched.length === 0) return 0;
    const ids = matched.map((doc) => doc._id);
    try {
      await model.updateMany({ _id: { $in: ids } }, guardedUpsertArgs(undefined, update, position).update, { session: this.session });
    } catch (error) {
      throw duplicateOrSame(error, collection);
    }
    for (const id of ids) this.known.set(key(collection, id), { exists: true, last: position, ours: position });
    return ids.length;
  }

  async delete(collection: string, id: string, position: number): Promise<void> {
    await this.buffer({ kind: 'delete', collection, id, position });
  }

  async put(collection: string, doc: Doc): Promise<void> {
    await this.buffer({ kind: 'put', collection, id: doc._id, doc });
  }

  /** Sends every buffered write. Called before reads, when the buffer is full, and by the store before commit. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const writes = this.pending;
    this.pending = [];
    await this.loadUnknown(writes);
    const byCollection = new Map<string, AnyBulkWriteOperation[]>();
    for (const write of writes) {
      const operation = this.decide(write);
      if (!operation) continue;
      const list = byCollection.get(write.collection) ?? [];
      list.push(operation);
      byCollection.set(write.collection, list);
    }
    for (const [collection, operations] of byCollection) await this.send(collection, operations);
  }

  private async buffer(write: Pending): Promise<void> {
    this.pending.push(write);
    if (this.pending.length >= MAX_BUFFERED_WRITES) await this.flush();
  }

  /** One query per collection for the positions of the documents this transaction has not seen yet. */
  private async loadUnknown(writes: readonly Pending[]): Promise<void> {
    const unknown = new Map<string, Set<string>>();
    for (const { collection, id } of writes) {
      if (this.known.has(key(collection, id))) continue;
      unknown.set(collection, (unknown.get(collection) ?? new Set()).add(id));
    }
    for (const [collection, ids] of unknown) {
      const found = await this.model(collection).find({ _id: { $in: [...ids] } }, { _lastPosition: 1 }).session(this.session).lean<Doc[]>();
      const positions = new Map(found.map((doc) => [doc._id, doc._lastPosition]));
      for (const id of ids) {
        const last = positions.get(id);
        this.known.set(key(collection, id), { exists: positions.has(id), last: typeof last === 'number' ? last : undefined });
      }
    }
  }

  /** The bulk operation for one buffered write, or undefined when the guard would skip it; updates `known`. */
  private decide(write: Pending): AnyBulkWriteOperation | undefined {
    const k = key(write.collection, write.id);
    const state = this.known.get(k) ?? { exists: false };
    if (write.kind === 'put') {
      const last = write.doc._lastPosition;
      this.known.set(k, { exists: true, last: typeof last === 'number' ? last : undefined });
      return { replaceOne: { filter: { _id: write.id }, replacement: write.doc, upsert: true } };
    }
    const sameEvent = state.exists && state.ours === write.position;
    if (state.exists && state.last !== undefined && !sameEvent && state.last >= write.position) return undefined;
    if (write.kind === 'delete') {
      this.known.set(k, { exists: false });
      return { deleteOne: { filter: { _id: write.id, ...(sameEvent ? {} : positionGuard(write.position)) } } };
    }
    this.known.set(k, { exists: true, last: write.position, ours: write.position });
    const args = guardedUpsertArgs(write.id, write.update, write.position, sameEvent);
    return { updateOne: { filter: args.filter, update: args.update, upsert: true, setDefaultsOnInsert: true } };
  }

  private async send(collection: string, operations: AnyBulkWriteOperation[]): Promise<void> {
    try {
      await this.model(collection).bulkWrite(operations, { session: this.session, ordered: true });
    } catch (error) {
      const verdict = classifyWriteError(error, collection);
      if (verdict === 'STALE') {
        // A concurrent commit overtook this one after our read. The server has aborted the transaction
        // anyway; marking the error transient makes withTransaction retry, and the retry's read skips.
        if (error instanceof mongoose.mongo.MongoError) error.addErrorLabel('TransientTransactionError');
        throw error;
      }
      throw verdict;
    }
  }

  private idsWrittenAt(collection: string, position: number): string[] {
    const prefix = `${collection}\u0000`;
    return [...this.known].filter(([k, state]) => state.exists && state.ours === position && k.startsWith(prefix)).map(([k]) => k.slice(prefix.length));
  }
}

function key(collection: string, id: string): string {
  return `${collection}\u0000${id}`;
}

/** Matches documents not yet at `position` (never written by a projection, or written earlier). */
function positionGuard(position: number): Filter {
  return { $or: [{ _lastPosition: { $exists: false } }, { _lastPosition: { $lt: position } }] };
}

/**
 * Filter and update of a position-guarded write: the caller's update with `_lastPosition` added to
 * `$set`. With `id` the filter targets that document; without, it is the guard alone. `sameEvent`: the
 * document was written at `position` by this transaction, so it also takes this event's further writes.
 */
export function guardedUpsertArgs(id: string | undefined, update: Update, position: number, sameEvent = false): { filter: Filter; update: Update } {
  const guard = sameEvent ? { _lastPosition: { $lte: position } } : positionGuard(position);
  const filter = id === undefined ? guard : { _id: id, ...guard };
  return { filter, update: { ...update, $set: { ...update.$set, _lastPosition: position } } };
}
