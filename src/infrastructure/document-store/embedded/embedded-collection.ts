import type { Schema } from 'mongoose';
import { Query } from 'mingo';
import { Doc, DuplicateKeyError, Filter, FindOptions } from '../document-store.port';
import { cloneJson, getPath, setPath } from './json-path';

interface IndexSpec {
  readonly name: string;
  readonly fields: readonly string[];
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
 * One in-memory collection: documents by id, plus unique and secondary indexes maintained on every
 * write. Documents are never mutated in place: a write replaces the stored object, so readers can
 * hold references safely.
 */
export class EmbeddedCollection {
  readonly docs = new Map<string, Doc>();
  private indexes: IndexSpec[] = [];
  private defaults: [string, unknown][] = [];
  private entries = new Map<string, Map<string, Set<string>>>();

  constructor(readonly name: string) {}

  /** (Re)declares the schema and rebuilds the indexes over the documents already held. */
  configure(schema: Schema | undefined): void {
    const described = describeSchema(schema);
    this.indexes = described.indexes;
    this.defaults = described.defaults;
    this.entries = new Map(this.indexes.map((index) => [index.name, new Map()]));
    const existing = [...this.docs.values()];
    this.docs.clear();
    for (const doc of existing) this.write(doc._id, doc);
  }

  applyDefaults(doc: Doc): void {
    for (const [path, value] of this.defaults) {
      if (getPath(doc, path) === undefined) setPath(doc, path, typeof value === 'function' ? value() : cloneJson(value));
    }
  }

  /** Stores `next` (or removes the document when undefined), enforcing unique indexes first. */
  write(id: string, next: Doc | undefined): void {
    const prev = this.docs.get(id);
    const nextKeys = next ? this.keysOf(next) : [];
    for (const [index, key] of nextKeys) {
      if (!index.unique) continue;
      const owners = this.entries.get(index.name)!.get(key);
      if (owners && [...owners].some((owner) => owner !== id)) {
        throw new DuplicateKeyError(this.name, index.name, Object.fromEntries(index.fields.map((f) => [f, getPath(next!, f) ?? null])));
      }
    }
    if (prev) for (const [index, key] of this.keysOf(prev)) this.entries.get(index.name)!.get(key)?.delete(id);
    for (const [index, key] of nextKeys) {
      const entry = this.entries.get(index.name)!;
      let owners = entry.get(key);
      if (!owners) entry.set(key, (owners = new Set()));
      owners.add(id);
    }
    if (next) this.docs.set(id, next);
    else this.docs.delete(id);
  }

  private keysOf(doc: Doc): [IndexSpec, string][] {
    const keys: [IndexSpec, string][] = [];
    for (const index of this.indexes) {
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

  /** Candidate documents for `filter`: by id, by an index whose fields are all matched by equality, or all. */
  private candidates(filter: Filter): Iterable<Doc> {
    const id = filter._id;
    if (typeof id === 'string') {
      const doc = this.docs.get(id);
      return doc ? [doc] : [];
    }
    for (const index of this.indexes) {
      if (index.partial || index.sparse) continue;
      const values = index.fields.map((field) => filter[field]);
      if (!values.every(isEqualityValue)) continue;
      const owners = this.entries.get(index.name)!.get(indexKey(values));
      return owners ? [...owners].map((owner) => this.docs.get(owner)!) : [];
    }
    return this.docs.values();
  }

  find(filter: Filter, options: FindOptions = {}): Doc[] {
    const query = new Query(filter);
    const matches: Doc[] = [];
    for (const doc of this.candidates(filter)) if (query.test(doc)) matches.push(doc);
    if (!options.sort && options.skip === undefined && options.limit === undefined) return matches;
    let cursor = query.find(matches);
    if (options.sort) cursor = cursor.sort(options.sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit) cursor = cursor.limit(options.limit);
    return cursor.all() as Doc[];
  }

  findOne(filter: Filter): Doc | null {
    const query = new Query(filter);
    for (const doc of this.candidates(filter)) if (query.test(doc)) return doc;
    return null;
  }
}

function isEqualityValue(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function indexKey(values: readonly unknown[]): string {
  return JSON.stringify(values.map((v) => (v === undefined ? null : v)));
}
