import mongoose, { ClientSession, Connection, ConnectOptions, Model, Schema } from 'mongoose';
import { ServiceUnavailableError } from '@kernel/errors';
import {
  CollectionDefinition,
  Doc,
  DocumentStore,
  DocumentTransaction,
  DuplicateKeyError,
  Filter,
  FindOptions,
  ReadCollection,
  Update,
} from '../document-store.port';

/**
 * The production read store: MongoDB through mongoose.
 *
 * Transactions need a replica set (MongoDB refuses them on a standalone server); docker-compose runs a
 * single-node replica set for this reason. No MongoDB can run on the build machines, so this adapter is
 * only unit-tested for its mapping; the document-store contract suite verifies it when MONGODB_URL
 * points at a server.
 */
export class MongoDocumentStore implements DocumentStore {
  private readonly models = new Map<string, Model<any>>();
  private readonly defined = new Set<string>();
  /** Defined collections whose indexes are not yet known to exist (created before the next transaction). */
  private readonly unindexed = new Set<string>();

  constructor(
    readonly connection: Connection,
    private readonly hosts?: string,
  ) {}

  /** For error messages; read lazily because a connection passed in may not be open yet. */
  private get host(): string {
    return this.hosts ?? `${this.connection.host}:${this.connection.port}`;
  }

  static async connect(url: string, options?: ConnectOptions): Promise<MongoDocumentStore> {
    const host = hostsOf(url);
    const connection = mongoose.createConnection(url, options);
    try {
      await connection.asPromise();
    } catch (error) {
      await connection.close().catch(() => undefined);
      throw mapMongoError(error, host);
    }
    return new MongoDocumentStore(connection, host);
  }

  define(definition: CollectionDefinition): void {
    const { name, schema } = definition;
    if (this.defined.has(name)) return;
    // A collection used before its definition got a permissive model; replace it.
    if (this.models.has(name)) this.connection.deleteModel(name);
    this.models.set(name, this.compile(name, schema));
    this.defined.add(name);
    this.unindexed.add(name);
  }

  collection<T extends Doc = Doc>(name: string): ReadCollection<T> {
    // The model is resolved per call: a later define() may replace the permissive one.
    return new MongoReadCollection<T>(() => this.model(name), undefined, (error) => mapMongoError(error, this.host));
  }

  async transaction<R>(work: (tx: DocumentTransaction) => Promise<R>): Promise<R> {
    try {
      // Indexes are created outside the transaction: unique constraints must exist before the first
      // write, and catalog changes inside a running transaction make it fail.
      await this.ensureIndexes();
      // withTransaction retries on TransientTransactionError, so `work` may run more than once; each
      // attempt starts from a fresh snapshot and the previous attempt's writes are discarded.
      return await this.connection.transaction((session) => work(new MongoTransaction((n) => this.model(n), session)));
    } catch (error) {
      throw mapMongoError(error, this.host);
    }
  }

  async dropCollection(name: string): Promise<void> {
    try {
      await this.connection.dropCollection(name);
    } catch (error) {
      if (!isNamespaceNotFound(error)) throw mapMongoError(error, this.host);
    }
    // Dropping removes the indexes too; recreate them before the collection is written again.
    if (this.defined.has(name)) this.unindexed.add(name);
  }

  async listCollections(): Promise<string[]> {
    try {
      const db = this.connection.db;
      if (!db) throw new ServiceUnavailableError(`MongoDB at ${this.host} is not connected`, { host: this.host });
      const infos = await db.listCollections({}, { nameOnly: true }).toArray();
      const names = infos.map((info) => info.name).filter((name) => !name.startsWith('system.'));
      // The port lists collections that hold documents; Mongo also keeps empty ones (e.g. after createIndexes).
      const held = await Promise.all(names.map(async (name) => (await db.collection(name).findOne({}, { projection: { _id: 1 } })) !== null));
      return names.filter((_, i) => held[i]).sort();
    } catch (error) {
      throw mapMongoError(error, this.host);
    }
  }

  async close(): Promise<void> {
    await this.connection.close();
  }

  private model(name: string): Model<any> {
    let model = this.models.get(name);
    if (!model) {
      model = this.compile(name, new Schema({}));
      this.models.set(name, model);
    }
    return model;
  }

  /** Model name = collection name, and the collection is named explicitly (no pluralisation). */
  private compile(name: string, schema: Schema): Model<any> {
    return this.connection.model(name, storeSchema(schema), name) as Model<any>;
  }

  private async ensureIndexes(): Promise<void> {
    for (const name of [...this.unindexed]) {
      await this.models.get(name)!.createIndexes();
      this.unindexed.delete(name);
    }
  }
}

/**
 * The read model's schema adapted for storage, without touching the caller's schema (the embedded
 * adapter uses it too): string ids, fields outside the schema kept (`_lastPosition`, ad-hoc fields),
 * filters never stripped (the position guard filters on `_lastPosition`), no `__v`, and no automatic
 * index build (this adapter creates indexes itself, before the first transaction).
 */
function storeSchema(schema: Schema): Schema<any> {
  const stored = schema.clone();
  if (stored.path('_id')?.instance !== 'String') {
    stored.remove('_id');
    stored.add({ _id: String });
  }
  stored.set('strict', false);
  stored.set('strictQuery', false);
  stored.set('versionKey', false);
  stored.set('autoIndex', false);
  stored.set('autoCreate', false);
  return stored;
}

class MongoReadCollection<T extends Doc> implements ReadCollection<T> {
  constructor(
    private readonly resolve: () => Model<any>,
    private readonly session: ClientSession | undefined,
    private readonly mapError: (error: unknown) => unknown = (error) => error,
  ) {}

  findById(id: string): Promise<T | null> {
    return this.findOne({ _id: id });
  }

  findOne(filter: Filter): Promise<T | null> {
    return this.run(async () => {
      const doc = await this.resolve().findOne(filter).session(this.session ?? null).lean<Doc>();
      return doc ? (withoutVersion(doc) as T) : null;
    });
  }

  find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    return this.run(async () => {
      const query = this.resolve().find(filter).session(this.session ?? null);
      if (options.sort) query.sort(options.sort);
      if (options.skip !== undefined) query.skip(options.skip);
      if (options.limit !== undefined) query.limit(options.limit);
      const docs = await query.lean<Doc[]>();
      return docs.map((doc) => withoutVersion(doc) as T);
    });
  }

  count(filter: Filter): Promise<number> {
    return this.run(() => this.resolve().countDocuments(filter).session(this.session ?? null).exec());
  }

  aggregate<R = any>(pipeline: Record<string, any>[]): Promise<R[]> {
    return this.run(() => this.resolve().aggregate<R>(pipeline as any[]).session(this.session ?? null).exec());
  }

  private async run<V>(read: () => Promise<V>): Promise<V> {
    try {
      return await read();
    } catch (error) {
      throw this.mapError(error);
    }
  }
}

/**
 * Writes inside one MongoDB transaction. Errors are rethrown as the driver raised them (apart from
 * duplicate keys): withTransaction decides from their labels whether to retry. As in the embedded
 * adapter, a document this transaction wrote at `position` takes further writes of that event; one
 * that already held the event before is left alone.
 */
class MongoTransaction implements DocumentTransaction {
  /** `collection\0id` → position this transaction wrote the document at. */
  private readonly writtenAt = new Map<string, number>();

  constructor(
    private readonly model: (name: string) => Model<any>,
    private readonly session: ClientSession,
  ) {}

  collection<T extends Doc = Doc>(name: string): ReadCollection<T> {
    return new MongoReadCollection<T>(() => this.model(name), this.session);
  }

  async upsert(collection: string, id: string, update: Update, position: number): Promise<void> {
    const model = this.model(collection);
    const ours = this.wrote(collection, id, position);
    // Any failed command aborts a MongoDB transaction, so a stale write must be skipped before it is
    // sent rather than recognised from its E11000. The guard in the filter stays as the backstop.
    const current = ours ? null : await model.findOne({ _id: id }, { _lastPosition: 1 }).session(this.session).lean<Doc>();
    if (current && typeof current._lastPosition === 'number' && current._lastPosition >= position) return;
    const args = guardedUpsertArgs(id, update, position, ours);
    try {
      await model.updateOne(args.filter, args.update, { upsert: true, setDefaultsOnInsert: true, session: this.session });
      this.writtenAt.set(`${collection}\u0000${id}`, position);
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

  /** The matching documents are read first: the ones written here must take this event's later writes. */
  async updateMany(collection: string, filter: Filter, update: Update, position: number): Promise<number> {
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
    for (const id of ids) this.writtenAt.set(`${collection}\u0000${id}`, position);
    return ids.length;
  }

  async delete(collection: string, id: string, position: number): Promise<void> {
    const guard = this.wrote(collection, id, position) ? {} : positionGuard(position);
    await this.model(collection).deleteOne({ _id: id, ...guard }, { session: this.session });
  }

  async put(collection: string, doc: Doc): Promise<void> {
    try {
      await this.model(collection).replaceOne({ _id: doc._id }, doc, { upsert: true, session: this.session });
    } catch (error) {
      throw duplicateOrSame(error, collection);
    }
  }

  private wrote(collection: string, id: string, position: number): boolean {
    return this.writtenAt.get(`${collection}\u0000${id}`) === position;
  }

  private idsWrittenAt(collection: string, position: number): string[] {
    const prefix = `${collection}\u0000`;
    return [...this.writtenAt].filter(([key, at]) => at === position && key.startsWith(prefix)).map(([key]) => key.slice(prefix.length));
  }
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

/**
 * What a failed guarded upsert means. E11000 on `_id`: the document exists but the guard excluded it,
 * i.e. it is already at or past this position ('STALE'). E11000 on another unique index: the port's
 * DuplicateKeyError. Anything else is returned unchanged.
 */
export function classifyWriteError(error: unknown, collection: string): 'STALE' | DuplicateKeyError | unknown {
  if (!isDuplicateKey(error)) return error;
  const { keyPattern, keyValue } = error as { keyPattern?: Record<string, unknown>; keyValue?: Record<string, unknown> };
  const index = indexName(error as { message?: string; errmsg?: string }, keyPattern);
  if (index === '_id_') return 'STALE';
  return new DuplicateKeyError(collection, index, keyValue ?? {});
}

/** Outside upserts a duplicate `_id` has no "stale" meaning: only other unique indexes are mapped. */
function duplicateOrSame(error: unknown, collection: string): unknown {
  const verdict = classifyWriteError(error, collection);
  return verdict === 'STALE' ? error : verdict;
}

function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}

/** The index name from the server message ("… index: email_1 dup key: …"), else derived from the key pattern. */
function indexName(error: { message?: string; errmsg?: string }, keyPattern?: Record<string, unknown>): string {
  const named = /index: (\S+) dup key/.exec(error.errmsg ?? error.message ?? '');
  if (named) return named[1];
  if (keyPattern) {
    const keys = Object.entries(keyPattern);
    if (keys.length === 1 && keys[0][0] === '_id') return '_id_';
    return keys.map(([key, direction]) => `${key}_${direction}`).join('_');
  }
  return 'unknown';
}

/** Unreachable server (selection timed out, network failure) → ServiceUnavailableError; others unchanged. */
export function mapMongoError(error: unknown, host = 'unknown host'): unknown {
  if (!(error instanceof Error) || error instanceof ServiceUnavailableError) return error;
  const { name } = error;
  const unreachable =
    name === 'MongoServerSelectionError' ||
    name === 'MongoNetworkError' ||
    name.includes('ServerSelection') ||
    name.includes('Network');
  if (!unreachable) return error;
  return new ServiceUnavailableError(`MongoDB at ${host} is unavailable: ${error.message}`, { host, cause: name });
}

/** The host list of a MongoDB URL, without scheme, credentials, database or options. */
export function hostsOf(url: string): string {
  return /^[^:]+:\/\/(?:[^@/]*@)?([^/?]+)/.exec(url)?.[1] ?? 'unknown host';
}

function isNamespaceNotFound(error: unknown): boolean {
  const { code, codeName, message } = (error ?? {}) as { code?: unknown; codeName?: unknown; message?: unknown };
  return code === 26 || codeName === 'NamespaceNotFound' || (typeof message === 'string' && message.includes('ns not found'));
}

function withoutVersion(doc: Doc): Doc {
  if (!('__v' in doc)) return doc;
  const { __v: _version, ...rest } = doc;
  return rest as Doc;
}
