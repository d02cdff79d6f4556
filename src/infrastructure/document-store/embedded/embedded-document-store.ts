import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { aggregate } from 'mingo';
import {
  CollectionDefinition,
  Doc,
  DocumentStore,
  DocumentTransaction,
  Filter,
  FindOptions,
  ReadCollection,
  Update,
} from '../document-store.port';
import { assertSafeFilter, assertSafeId, assertSafePipeline } from '../query-guard';
import { EmbeddedCollection } from './embedded-collection';
import { cloneJson } from './json-path';
import { ProcessLock } from './process-lock';
import { applyUpdate } from './update-operators';

interface UndoEntry {
  readonly collection: EmbeddedCollection;
  readonly id: string;
  readonly before: Doc | undefined;
}

/**
 * The default read store: collections in memory, MongoDB query language by mingo, indexes from the
 * mongoose schemas. With a file it persists every committed transaction to SQLite, so a restart loads
 * the read models (and the projection checkpoints stored with them) instead of replaying the log.
 *
 * Transactions are serialised; a failed one is rolled back from its undo log. The read-model file uses
 * synchronous=NORMAL: a power cut may lose the last commits, but documents and checkpoints are lost
 * together, and the projections simply re-apply those events from the durable event log.
 */
export class EmbeddedDocumentStore implements DocumentStore {
  private readonly collections = new Map<string, EmbeddedCollection>();
  private readonly schemas = new Map<string, CollectionDefinition['schema']>();
  private readonly db?: Database.Database;
  private readonly statements?: { upsert: Database.Statement; remove: Database.Statement; drop: Database.Statement };
  private queue: Promise<unknown> = Promise.resolve();
  private readonly lock?: ProcessLock;

  /** `file` undefined: memory only (tests). */
  constructor(file?: string) {
    if (!file) return;
    mkdirSync(dirname(file), { recursive: true });
    this.lock = ProcessLock.acquire(`${file}.lock`);
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(
      `CREATE TABLE IF NOT EXISTS documents (collection TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL,
       PRIMARY KEY (collection, id)) WITHOUT ROWID`,
    );
    this.statements = {
      upsert: this.db.prepare(`INSERT OR REPLACE INTO documents (collection, id, body) VALUES (?, ?, ?)`),
      remove: this.db.prepare(`DELETE FROM documents WHERE collection = ? AND id = ?`),
      drop: this.db.prepare(`DELETE FROM documents WHERE collection = ?`),
    };
    this.load();
  }

  private load(): void {
    const rows = this.db!.prepare(`SELECT collection, id, body FROM documents`).raw().iterate() as Iterable<[string, string, string]>;
    for (const [collection, id, body] of rows) this.get(collection).docs.set(id, JSON.parse(body));
    // Indexes are built once over the loaded documents, not per document.
    for (const [name, collection] of this.collections) collection.configure(this.schemas.get(name));
  }

  private get(name: string): EmbeddedCollection {
    let collection = this.collections.get(name);
    if (!collection) {
      collection = new EmbeddedCollection(name);
      this.collections.set(name, collection);
      collection.configure(this.schemas.get(name));
    }
    return collection;
  }

  define(definition: CollectionDefinition): void {
    if (this.schemas.get(definition.name) === definition.schema) return;
    this.schemas.set(definition.name, definition.schema);
    this.get(definition.name).configure(definition.schema);
  }

  collection<T extends Doc = Doc>(name: string): ReadCollection<T> {
    return new EmbeddedReadCollection<T>(() => this.get(name));
  }

  transaction<R>(work: (tx: DocumentTransaction) => Promise<R>): Promise<R> {
    const run = this.queue.then(() => this.runTransaction(work));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async runTransaction<R>(work: (tx: DocumentTransaction) => Promise<R>): Promise<R> {
    const tx = new EmbeddedTransaction((name) => this.get(name));
    try {
      const result = await work(tx);
      this.persist(tx.touched());
      return result;
    } catch (error) {
      tx.rollback();
      throw error;
    }
  }

  private persist(touched: UndoEntry[]): void {
    if (!this.db || touched.length === 0) return;
    const { upsert, remove } = this.statements!;
    this.db.transaction(() => {
      for (const { collection, id } of touched) {
        const doc = collection.docs.get(id);
        if (doc) upsert.run(collection.name, id, JSON.stringify(doc));
        else remove.run(collection.name, id);
      }
    })();
  }

  async dropCollection(name: string): Promise<void> {
    await this.transaction(async () => {
      this.collections.delete(name);
      this.statements?.drop.run(name);
    });
  }

  async listCollections(): Promise<string[]> {
    return [...this.collections.values()].filter((c) => c.docs.size > 0).map((c) => c.name);
  }

  async close(): Promise<void> {
    await this.queue;
    this.db?.close();
    this.lock?.release();
  }
}

class EmbeddedReadCollection<T extends Doc> implements ReadCollection<T> {
  constructor(private readonly resolve: () => EmbeddedCollection) {}

  async findById(id: string): Promise<T | null> {
    assertSafeId(id);
    return (this.resolve().docs.get(id) as T | undefined) ?? null;
  }
  async findOne(filter: Filter): Promise<T | null> {
    assertSafeFilter(filter);
    return this.resolve().findOne(filter) as T | null;
  }
  async find(filter: Filter, options?: FindOptions): Promise<T[]> {
    assertSafeFilter(filter);
    return this.resolve().find(filter, options) as T[];
  }
  async count(filter: Filter): Promise<number> {
    assertSafeFilter(filter);
    return this.resolve().count(filter);
  }
  async aggregate<R>(pipeline: Record<string, any>[]): Promise<R[]> {
    assertSafePipeline(pipeline);
    const [first, ...rest] = pipeline;
    // A leading $match uses the collection's indexes before the rest of the pipeline runs.
    if (first && '$match' in first) return aggregate(this.resolve().find(first.$match), rest) as R[];
    return aggregate([...this.resolve().docs.values()], pipeline) as R[];
  }
}

/**
 * Applies writes to the live collections at once, remembering the first prior version of each document.
 * The position guard skips a document that already holds an event, unless this transaction wrote it
 * at that very position: every write of the event being applied lands, a replayed event's none do.
 */
class EmbeddedTransaction implements DocumentTransaction {
  private readonly undo: UndoEntry[] = [];
  private readonly seen = new Set<string>();
  /** Documents this transaction wrote, by key, with the position they were written at. */
  private readonly writtenAt = new Map<string, number>();

  constructor(private readonly resolve: (name: string) => EmbeddedCollection) {}

  collection<T extends Doc = Doc>(name: string): ReadCollection<T> {
    return new EmbeddedReadCollection<T>(() => this.resolve(name));
  }

  async upsert(collectionName: string, id: string, update: Update, position: number): Promise<void> {
    const collection = this.resolve(collectionName);
    const current = collection.docs.get(id);
    if (current && this.alreadyApplied(collection, current, position)) return;
    const { $setOnInsert, ...modifier } = update;
    const next: Doc = current ? cloneJson(current) : { _id: id };
    if (!current && $setOnInsert) Object.assign(modifier, { $set: { ...$setOnInsert, ...modifier.$set } });
    applyUpdate(next, modifier);
    if (!current) collection.applyDefaults(next);
    next._lastPosition = position;
    this.write(collection, id, next, position);
  }

  async updateMany(collectionName: string, filter: Filter, update: Update, position: number): Promise<number> {
    assertSafeFilter(filter);
    const collection = this.resolve(collectionName);
    const { $setOnInsert: _ignored, ...modifier } = update;
    let changed = 0;
    for (const current of collection.find(filter)) {
      if (this.alreadyApplied(collection, current, position)) continue;
      const next = cloneJson(current);
      applyUpdate(next, modifier);
      next._lastPosition = position;
      this.write(collection, current._id, next, position);
      changed++;
    }
    return changed;
  }

  async delete(collectionName: string, id: string, position: number): Promise<void> {
    const collection = this.resolve(collectionName);
    const current = collection.docs.get(id);
    if (!current || this.alreadyApplied(collection, current, position)) return;
    this.write(collection, id, undefined, position);
  }

  async put(collectionName: string, doc: Doc): Promise<void> {
    this.write(this.resolve(collectionName), doc._id, cloneJson(doc));
  }

  /** The document holds this event or a later one, and not because this transaction just wrote it. */
  private alreadyApplied(collection: EmbeddedCollection, doc: Doc, position: number): boolean {
    if (typeof doc._lastPosition !== 'number' || doc._lastPosition < position) return false;
    return this.writtenAt.get(keyOf(collection, doc._id)) !== position;
  }

  private write(collection: EmbeddedCollection, id: string, next: Doc | undefined, position?: number): void {
    const before = collection.docs.get(id);
    collection.write(id, next);
    const key = keyOf(collection, id);
    if (position !== undefined) this.writtenAt.set(key, position);
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.undo.push({ collection, id, before });
    }
  }

  touched(): UndoEntry[] {
    return this.undo;
  }

  rollback(): void {
    for (const { collection, id, before } of [...this.undo].reverse()) collection.write(id, before);
  }
}

function keyOf(collection: EmbeddedCollection, id: string): string {
  return `${collection.name}\u0000${id}`;
}
