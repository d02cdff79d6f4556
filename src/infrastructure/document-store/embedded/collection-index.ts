import { Doc } from '../document-store.port';
import { IndexField, OrderedIndex } from './index-ranges';
import { KeyValue, UNINDEXABLE, compareValues, keyOf } from './key-order';
import { Entry, SortedIndex } from './sorted-index';

/**
 * One ordered index of a collection, maintained on every write: the declared fields (then `_id`)
 * with their directions, as MongoDB keeps a compound index. An array value gives one entry per
 * distinct element (multikey; an empty array gives one null entry), as in MongoDB.
 *
 * The planner uses the index only while every document has a key it can order exactly as mingo does:
 * a document with an object, a nested array, or an array on a path through an array (or arrays in two
 * indexed fields) makes it unusable until that document changes.
 */
export class CollectionIndex implements OrderedIndex {
  readonly fields: readonly IndexField[];
  readonly sorted: SortedIndex;
  private readonly arrayDocs = new Map<string, number>();
  private unindexableDocs = 0;

  constructor(
    readonly name: string,
    declared: readonly IndexField[],
  ) {
    this.fields = declared.some((f) => f.path === '_id') ? declared : [...declared, { path: '_id', direction: 1 }];
    this.sorted = new SortedIndex(this.fields.map((f) => f.direction));
  }

  get multikey(): boolean {
    return [...this.arrayDocs.values()].some((n) => n > 0);
  }

  get usable(): boolean {
    return this.unindexableDocs === 0;
  }

  /** Whether some document holds an array at `path`; undefined when this index cannot tell. */
  holdsArrays(path: string): boolean | undefined {
    if (!this.usable || !this.fields.some((f) => f.path === path)) return undefined;
    return (this.arrayDocs.get(path) ?? 0) > 0;
  }

  load(docs: Iterable<Doc>): void {
    const entries: Entry[] = [];
    this.arrayDocs.clear();
    this.unindexableDocs = 0;
    for (const doc of docs) {
      const keys = this.keysOf(doc);
      this.count(keys, 1);
      entries.push(...entriesOf(keys));
    }
    this.sorted.load(entries);
  }

  /**
   * Moves a document's entries from `prev` to `next` (either may be absent), touching only entries
   * that differ: most writes leave indexed fields alone, and a long multikey array (the employees of
   * a position) gains one element, not a re-index of all of them.
   */
  update(prev: Doc | undefined, next: Doc | undefined): void {
    const before = prev && this.keysOf(prev);
    const after = next && this.keysOf(next);
    if (before) this.count(before, -1);
    if (after) this.count(after, 1);
    if (before && after && before.arrayAt === after.arrayAt && this.sameBase(before, after)) {
      if (before.arrayAt < 0) return;
      const kept = new Set(after.elements);
      const had = new Set(before.elements);
      for (const element of before.elements) if (!kept.has(element)) this.sorted.remove(entryAt(before, element));
      for (const element of after.elements) if (!had.has(element)) this.sorted.insert(entryAt(after, element));
      return;
    }
    if (before) for (const entry of entriesOf(before)) this.sorted.remove(entry);
    if (after) for (const entry of entriesOf(after)) this.sorted.insert(entry);
  }

  private sameBase(a: DocKeys, b: DocKeys): boolean {
    for (let i = 0; i < a.key.length; i++) if (i !== a.arrayAt && compareValues(a.key[i], b.key[i]) !== 0) return false;
    return true;
  }

  /** Counts (delta 1) or uncounts (-1) a document's arrays and unindexable keys. */
  private count(keys: DocKeys, delta: 1 | -1): void {
    if (keys.arrayAt >= 0) {
      const field = this.fields[keys.arrayAt].path;
      this.arrayDocs.set(field, (this.arrayDocs.get(field) ?? 0) + delta);
    }
    if (keys.unindexable) this.unindexableDocs += delta;
  }

  private keysOf(doc: Doc): DocKeys {
    let arrayAt = -1;
    let unindexable = false;
    let elements: KeyValue[] = [];
    const key: KeyValue[] = this.fields.map((field, i) => {
      const value = valueAt(doc, field.path);
      if (!Array.isArray(value)) {
        const component = keyOf(value);
        if (component === UNINDEXABLE) unindexable = true;
        return component;
      }
      if (arrayAt >= 0) unindexable = true; // parallel arrays: MongoDB refuses them in one compound index
      arrayAt = i;
      elements = [...new Set(value.length === 0 ? [null] : value.map(keyOf))];
      if (elements.includes(UNINDEXABLE)) unindexable = true;
      return null;
    });
    return { id: doc._id, key, arrayAt, elements, unindexable };
  }
}

/** A document's key: `arrayAt` is the component holding one of `elements` per entry (-1: one entry). */
interface DocKeys {
  readonly id: string;
  readonly key: KeyValue[];
  readonly arrayAt: number;
  readonly elements: KeyValue[];
  readonly unindexable: boolean;
}

function entryAt(keys: DocKeys, element: KeyValue): Entry {
  return { key: keys.key.map((v, i) => (i === keys.arrayAt ? element : v)), id: keys.id };
}

function entriesOf(keys: DocKeys): Entry[] {
  return keys.arrayAt < 0 ? [{ key: keys.key, id: keys.id }] : keys.elements.map((element) => entryAt(keys, element));
}

/** A dotted path through objects; a path through an array is not resolved as mingo would, so it is unindexable. */
function valueAt(doc: Doc, path: string): unknown {
  if (!path.includes('.')) return doc[path];
  let value: any = doc;
  for (const part of path.split('.')) {
    if (Array.isArray(value)) return UNINDEXABLE;
    if (value === null || typeof value !== 'object') return undefined;
    value = value[part];
  }
  return value;
}
