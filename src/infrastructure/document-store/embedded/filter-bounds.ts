import { Filter } from '../document-store.port';
import { Interval, IntervalSet, intersect, keyOf, normalise, point, scalarType, typeEdge, union } from './key-order';

/**
 * What a filter says about the key values of the documents it matches, field by field, under mingo's
 * semantics: for every matching document, its key value for `field` lies in `set`. The sets are
 * supersets (the planner still tests each document with mingo); `exact` marks a set that holds
 * exactly the matching documents, so an index can count them without reading documents.
 */
export interface FieldBound {
  readonly set: IntervalSet;
  readonly exact: boolean;
}

export interface FilterBounds {
  readonly fields: ReadonlyMap<string, FieldBound>;
  /** Every predicate of the filter is expressed, exactly, in `fields`. */
  readonly complete: boolean;
}

/** Whether a field may hold arrays in some document (then predicates on it cannot be intersected). */
export type MultikeyTest = (field: string) => boolean;

interface Atoms {
  readonly atoms: Map<string, { sets: IntervalSet[]; exact: boolean }>;
  complete: boolean;
}

export function boundsOf(filter: Filter, multikey: MultikeyTest): FilterBounds {
  return resolve(collect(filter, multikey), multikey);
}

function collect(filter: Filter, multikey: MultikeyTest, into: Atoms = { atoms: new Map(), complete: true }): Atoms {
  if (!isPlainObject(filter)) {
    into.complete = false;
    return into;
  }
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value) && value.length > 0) for (const part of value) collect(part, multikey, into);
    else if (key === '$or' && Array.isArray(value) && value.length > 0) addOr(value, multikey, into);
    else if (key.startsWith('$')) into.complete = false;
    else addField(into, key, predicateSets(value));
  }
  return into;
}

function addField(into: Atoms, field: string, found: { sets: IntervalSet[]; exact: boolean }): void {
  if (!found.exact) into.complete = false;
  if (found.sets.length === 0) return;
  const entry = into.atoms.get(field);
  if (entry) {
    entry.sets.push(...found.sets);
    entry.exact &&= found.exact;
  } else into.atoms.set(field, { sets: [...found.sets], exact: found.exact });
}

/** A field is bounded by an $or only when every branch bounds it: by the union of the branches' sets. */
function addOr(branches: unknown[], multikey: MultikeyTest, into: Atoms): void {
  const resolved = branches.map((branch) => resolve(collect(branch as Filter, multikey), multikey));
  const [first, ...rest] = resolved;
  const fields = [...first.fields.keys()].filter((field) => rest.every((b) => b.fields.has(field)));
  const singleField = fields.length === 1 && resolved.every((b) => b.complete && b.fields.size === 1);
  if (!singleField) into.complete = false;
  for (const field of fields) {
    const sets = resolved.map((b) => b.fields.get(field)!);
    addField(into, field, { sets: [sets.map((b) => b.set).reduce(union)], exact: singleField && sets.every((b) => b.exact) });
  }
}

function resolve(found: Atoms, multikey: MultikeyTest): FilterBounds {
  const fields = new Map<string, FieldBound>();
  let complete = found.complete;
  for (const [field, { sets, exact }] of found.atoms) {
    if (multikey(field)) {
      // Each predicate may be met by a different element: only one of them bounds the entries.
      fields.set(field, { set: sets.reduce((best, s) => (s.length < best.length ? s : best)), exact: false });
      complete = false;
    } else {
      fields.set(field, { set: sets.reduce(intersect), exact });
    }
  }
  return { fields, complete };
}

const full = (type: NonNullable<ReturnType<typeof scalarType>>): Interval => ({ lo: typeEdge(type, -1), loInclusive: false, hi: typeEdge(type, 1), hiInclusive: false });

/** The sets one field's predicate bounds it by; `exact` false when part of it is not expressed. */
function predicateSets(value: unknown): { sets: IntervalSet[]; exact: boolean } {
  if (scalarType(value) !== undefined) return { sets: [[point(keyOf(value))]], exact: true };
  if (!isPlainObject(value)) return { sets: [], exact: false };
  const keys = Object.keys(value);
  if (keys.length === 0 || !keys.every((k) => k.startsWith('$'))) return { sets: [], exact: false };
  const sets: IntervalSet[] = [];
  let exact = true;
  for (const [operator, operand] of Object.entries(value)) {
    const set = operatorSet(operator, operand);
    if (set) sets.push(set.set);
    if (!set?.exact) exact = false;
  }
  return { sets, exact };
}

function operatorSet(operator: string, operand: unknown): { set: IntervalSet; exact: boolean } | undefined {
  const type = scalarType(operand);
  switch (operator) {
    case '$eq':
      return type ? { set: [point(keyOf(operand))], exact: true } : undefined;
    case '$in':
      if (!Array.isArray(operand) || !operand.every((v) => scalarType(v) !== undefined)) return undefined;
      return { set: normalise(operand.map((v) => point(keyOf(v)))), exact: true };
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte':
      if (!type) return undefined;
      // mingo compares only values of the operand's type (type bracketing, as MongoDB does).
      if (type === 'null') return operator === '$gte' || operator === '$lte' ? { set: [point(null)], exact: false } : { set: [], exact: true };
      return { set: [rangeOf(operator, operand as number | string | boolean, full(type))], exact: true };
    default:
      return undefined;
  }
}

function rangeOf(operator: string, v: number | string | boolean, type: Interval): Interval {
  if (operator === '$gt') return { ...type, lo: v, loInclusive: false };
  if (operator === '$gte') return { ...type, lo: v, loInclusive: true };
  if (operator === '$lt') return { ...type, hi: v, hiInclusive: false };
  return { ...type, hi: v, hiInclusive: true };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
}
