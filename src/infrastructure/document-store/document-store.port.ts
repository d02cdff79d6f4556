import type { Schema } from 'mongoose';

/**
 * The read-side storage port. Adapters: the embedded store (in memory, mingo, persisted to SQLite;
 * default) and MongoDB through mongoose. Both pass test/contract/document-store.contract.ts.
 *
 * Filters, updates, sorts and pipelines are MongoDB's query language in both adapters.
 */
export const DOCUMENT_STORE = Symbol('DOCUMENT_STORE');

export type Doc = Record<string, any> & { _id: string };
export type Filter = Record<string, any>;
export type Update = Record<string, any>;
export type Sort = Record<string, 1 | -1>;

export interface FindOptions {
  readonly sort?: Sort;
  readonly skip?: number;
  readonly limit?: number;
}

/**
 * A collection as declared by a read model: the mongoose schema gives defaults and indexes
 * (unique ones are enforced by both adapters).
 */
export interface CollectionDefinition {
  readonly name: string;
  readonly schema: Schema;
}

/** Read access to one collection. Returned documents must be treated as immutable. */
export interface ReadCollection<T extends Doc = Doc> {
  findById(id: string): Promise<T | null>;
  findOne(filter: Filter): Promise<T | null>;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  count(filter: Filter): Promise<number>;
  aggregate<R = any>(pipeline: Record<string, any>[]): Promise<R[]>;
}

/**
 * Writes inside one atomic unit. Projection writes carry the position of the event that caused them:
 * a document remembers the last position applied to it (`_lastPosition`) and ignores writes at or
 * below it, so applying an event twice changes nothing.
 */
export interface DocumentTransaction {
  collection<T extends Doc = Doc>(name: string): ReadCollection<T>;
  /** Applies `update` (MongoDB update operators) to document `id`, inserting it if absent. */
  upsert(collection: string, id: string, update: Update, position: number): Promise<void>;
  /** Applies `update` to every matching document not yet at `position`; returns how many changed. */
  updateMany(collection: string, filter: Filter, update: Update, position: number): Promise<number>;
  delete(collection: string, id: string, position: number): Promise<void>;
  /** Unguarded whole-document write (checkpoints, aliases, operational records). */
  put(collection: string, doc: Doc): Promise<void>;
}

export interface DocumentStore {
  /** Declares a collection's schema (defaults, unique and secondary indexes). Idempotent. */
  define(definition: CollectionDefinition): void;
  collection<T extends Doc = Doc>(name: string): ReadCollection<T>;
  /** Runs `work` atomically: all its writes become visible and durable together, or none do. */
  transaction<R>(work: (tx: DocumentTransaction) => Promise<R>): Promise<R>;
  dropCollection(name: string): Promise<void>;
  /** Names of the collections that hold documents (for rebuild clean-up and diagnostics). */
  listCollections(): Promise<string[]>;
  close(): Promise<void>;
}

/** A unique index refused a write, as MongoDB's E11000. */
export class DuplicateKeyError extends Error {
  constructor(
    readonly collection: string,
    readonly index: string,
    readonly key: Record<string, unknown>,
  ) {
    super(`Duplicate key in ${collection} index ${index}: ${JSON.stringify(key)}`);
    this.name = 'DuplicateKeyError';
  }
}
