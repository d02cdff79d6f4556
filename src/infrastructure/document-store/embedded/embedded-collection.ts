import type { Schema } from 'mongoose';
import { Query } from 'mingo';
import { Doc, DuplicateKeyError, Filter, FindOptions } from '../document-store.port';
import { CollectionIndex } from './collection-index';
import { cloneJson, getPath, setPath } from './json-path';
import { Planned, count, find } from './query-planner';

interface IndexSpec {
  readonly name: string;
  readonly fields: readonly string[];
  readonly directions: readonly (1 | -1)[];
  readonly unique: boolean;
  readonly sparse: boolean;
  readonly partial?: Query;
}

/** Index specs and insert defaults read from a mongoose schema, the same one the Mongo adapter uses. */
export function describeSchema(schema: Schema | undefined): { indexes: IndexSpec[]; defaults: [string, unknown][] } {
  if (!schema) return { indexes: [], defaults: [] };
  const indexes = schema.indexes().flatMap(([fields, options]): IndexSpec[] => {
    const keys = Object.entries(fields);
    if (!keys.every(([, direction]) => direction === 1 || direction === -1)) return []; // text/geo: not indexed here
    const names = keys.map(([field]) => field);
    return [
      {
        name: (options?.name as string) ?? names.map((f, i) => `${f}_${keys[i][1]}`).join('_'),
        fields: names,
        directions: keys.map(([, direction]) => direction as 1 | -1),
        unique: Boolean(options?.unique),
        sparse: Boolean(options?.sparse),
        partial: options?.partialFilterExpression ? new Query(options.partialFilterExpression) : undefined,
      },
    ];
  });
  const defaults: [string, unknown][] = [];
  schema.eachPath((path, type: any) => {
    if (path !== '_id' && type.defaultValue !== undefined) defaults.push([path, type.defaultValue]);
  });
  return { indexes, defaults };
}

/**
 * One in-memory collection: documents by id, unique constraints, and ordered indexes (the schema's
 * plain indexes, plus `_id`) maintained on every write and used by the query planner for lookups,
 * sorted and range reads, keyset pages and counts. Documents are never mutated in place: a write
 * replaces the stored object, so readers can hold references safely.
 */
export class EmbeddedCollection implements Planned {
  readonly docs = new Map<string, Doc>();
  private uniques: IndexSpec[] = [];
  private defaults: [string, unknown][] = [];
  private entries = new Map<string, Map<string, Set<string>>>();
  indexes: CollectionIndex[] = [];

  constructor(readonly name: string) {}

  /** (Re)declares the schema and rebuilds the indexes over the documents already held. */
  configure(schema: Schema | undefined): void {
    const described = describeSchema(schema);
    this.uniques = described.indexes.filter((index) => index.unique);
    this.defaults = described.defaults;
    this.entries = new Map(this.uniques.map((index) => [index.name, new Map()]));
    this.indexes = [new CollectionIndex('_id_', [{ path: '_id', direction: 1 }])];
    for (const index of described.indexes) {
      if (!index.sparse && !index.partial) this.indexes.push(new CollectionIndex(index.name, index.fields.map((path, i) => ({ path, direction: index.directions[i] }))));
    }
    for (const [, owners] of this.entries) owners.clear();
    for (const doc of this.docs.values()) for (const [index, key] of this.uniqueKeysOf(doc)) this.own(index, key, doc._id);
    for (const index of this.indexes) index.load(this.docs.values());
  }

  applyDefaults(doc: Doc): void {
    for (const [path, value] of this.defaults) {
      if (getPath(doc, path) === undefined) setPath(doc, path, typeof value === 'function' ? value() : cloneJson(value));
    }
  }

  /** Stores `next` (or removes the document when undefined), enforcing unique indexes first. */
  write(id: string, next: Doc | undefined): void {
    const prev = this.docs.get(id);
    const nextKeys = next ? this.uniqueKeysOf(next) : [];
    for (const [index, key] of nextKeys) {
      const owners = this.entries.get(index.name)!.get(key);
      if (owners && [...owners].some((owner) => owner !== id)) {
        throw new DuplicateKeyError(this.name, index.name, Object.fromEntries(index.fields.map((f) => [f, getPath(next!, f) ?? null])));
      }
    }
    if (prev) for (const [index, key] of this.uniqueKeysOf(prev)) this.entries.get(index.name)!.get(key)?.delete(id);
    for (const [index, key] of nextKeys) this.own(index, key, id);
    for (const index of this.indexes) index.update(prev, next);
    if (next) this.docs.set(id, next);
    else this.docs.delete(id);
  }

  private own(index: IndexSpec, key: string, id: string): void {
    const entry = this.entries.get(index.name)!;
    let owners = entry.get(key);
    if (!owners) entry.set(key, (owners = new Set()));
    owners.add(id);
  }

  private uniqueKeysOf(doc: Doc): [IndexSpec, string][] {
    const keys: [IndexSpec, string][] = [];
    for (const index of this.uniques) {
      const values = index.fields.map((field) => getPath(doc, field));
      if (index.sparse && values.every((v) => v === undefined)) continue;
      if (index.partial && !index.partial.test(doc)) continue;
      // Multikey, as in MongoDB: an array value is indexed once per element.
      const arrayAt = values.findIndex(Array.isArray);
      if (arrayAt < 0) keys.push([index, indexKey(values)]);
      else for (const element of new Set(values[arrayAt] as unknown[])) keys.push([index, indexKey(values.map((v, i) => (i === arrayAt ? element : v)))]);
    }
    return keys;
  }

  find(filter: Filter, options: FindOptions = {}): Doc[] {
    return find(this, filter, options);
  }

  findOne(filter: Filter): Doc | null {
    return find(this, filter, { limit: 1 })[0] ?? null;
  }

  count(filter: Filter): number {
    return count(this, filter);
  }
}

function indexKey(values: readonly unknown[]): string {
  return JSON.stringify(values.map((v) => (v === undefined ? null : v)));
}
