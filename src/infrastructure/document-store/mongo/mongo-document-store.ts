import mongoose, { Connection, ConnectOptions, Model, Schema, SchemaType } from 'mongoose';
import { ServiceUnavailableError } from '@kernel/errors';
import { CollectionDefinition, Doc, DocumentStore, DocumentTransaction, ReadCollection } from '../document-store.port';
import { mapMongoError } from './mongo-errors';
import { MongoReadCollection } from './mongo-read-collection';
import { requireTransactions } from './mongo-topology';
import { MongoTransaction } from './mongo-transaction';

export { classifyWriteError, isInfrastructureFailure, mapMongoError } from './mongo-errors';
export { guardedUpsertArgs } from './mongo-transaction';

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
      // Every projection commit is a transaction: refuse to boot on a server that cannot run one,
      // instead of failing each commit and naming an innocent event as poison.
      await requireTransactions((command) => connection.db!.admin().command(command), host);
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
      return await this.connection.transaction(async (session) => {
        const tx = new MongoTransaction((n) => this.model(n), session);
        const result = await work(tx);
        await tx.flush();
        return result;
      });
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
 * index build (this adapter creates indexes itself, before the first transaction); inside sub-schemas
 * too, undeclared fields are kept and no `_id` is added, as the embedded store does.
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
  relaxSubSchemas(stored);
  return stored;
}

/**
 * Sub-schemas (single nested paths and document arrays) get their own `strict` and an automatic `_id`,
 * so mongoose would strip their undeclared fields and add ObjectIds the embedded store never adds.
 * Each is replaced by a relaxed copy (the caller's schemas are shared by clone(), and must not change).
 */
function relaxSubSchemas(schema: Schema): void {
  const nested: [string, SchemaType & { schema: Schema; $isMongooseDocumentArray?: boolean }][] = [];
  schema.eachPath((path, type) => {
    if ((type as { schema?: unknown }).schema instanceof Schema) nested.push([path, type as (typeof nested)[number][1]]);
  });
  for (const [path, type] of nested) {
    const { type: _declared, ...options } = type.options as Record<string, unknown>;
    const child = relaxedCopy(type.schema);
    schema.remove(path);
    schema.add({ [path]: { ...options, type: type.$isMongooseDocumentArray ? [child] : child } });
  }
}

function relaxedCopy(schema: Schema): Schema {
  const copy = schema.clone();
  copy.set('strict', false);
  const declared = (schema as { obj?: Record<string, unknown> }).obj ?? {};
  if (!('_id' in declared)) copy.remove('_id');
  relaxSubSchemas(copy);
  return copy;
}

/** The host list of a MongoDB URL, without scheme, credentials, database or options. */
export function hostsOf(url: string): string {
  return /^[^:]+:\/\/(?:[^@/]*@)?([^/?]+)/.exec(url)?.[1] ?? 'unknown host';
}

function isNamespaceNotFound(error: unknown): boolean {
  const { code, codeName, message } = (error ?? {}) as { code?: unknown; codeName?: unknown; message?: unknown };
  return code === 26 || codeName === 'NamespaceNotFound' || (typeof message === 'string' && message.includes('ns not found'));
}
