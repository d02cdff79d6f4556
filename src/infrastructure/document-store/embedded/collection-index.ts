import { Doc } from '../document-store.port';
import { IndexField, OrderedIndex } from './index-ranges';
import { KeyValue, UNINDEXABLE, keyOf } from './key-order';
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
    for (const doc of docs) entries.push(...this.track(doc, 1));
    this.sorted.load(entries);
  }

  add(doc: Doc): void {
    for (const entry of this.track(doc, 1)) this.sorted.insert(entry);
  }

  remove(doc: Doc): void {
    for (const entry of this.track(doc, -1)) this.sorted.remove(entry);
  }

  /** The document's entries, counting (delta 1) or uncounting (-1) its arrays and unindexable keys. */
  private track(doc: Doc, delta: 1 | -1): Entry[] {
    const { entries, arrayField, unindexable } = this.entriesOf(doc);
    if (arrayField) this.arrayDocs.set(arrayField, (this.arrayDocs.get(arrayField) ?? 0) + delta);
    if (unindexable) this.unindexableDocs += delta;
    return entries;
  }

  private entriesOf(doc: Doc): { entries: Entry[]; arrayField?: string; unindexable: boolean } {
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
      elements = distinct(value.length === 0 ? [null] : value.map(keyOf));
      if (elements.includes(UNINDEXABLE)) unindexable = true;
      return null;
    });
    if (arrayAt < 0) return { entries: [{ key, id: doc._id }], unindexable };
    const entries = elements.map((element) => ({ key: key.map((v, i) => (i === arrayAt ? element : v)), id: doc._id }));
    return { entries, arrayField: this.fields[arrayAt].path, unindexable };
  }
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

function distinct(values: KeyValue[]): KeyValue[] {
  return [...new Set(values)];
}
