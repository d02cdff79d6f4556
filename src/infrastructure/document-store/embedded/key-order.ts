/**
 * The order of index keys, and intervals over it. Index key components are scalars (null, number,
 * string, boolean); they compare exactly as mingo's `compare` (and MongoDB's BSON order) does:
 * null < numbers < strings < booleans, then by value. A document value that is not such a scalar
 * (an object, a date, a nested array, NaN) is stored as UNINDEXABLE, which makes the index unusable
 * while such a document exists, so a plan never depends on an order mingo would define differently.
 */

/** Bound markers and the unindexable placeholder: never equal to a stored scalar. */
export class Marker {
  constructor(
    readonly rank: number,
    readonly label: string,
  ) {}
}

const TYPE_RANK = { null: 2, number: 3, string: 4, boolean: 9 } as const;
type ScalarType = keyof typeof TYPE_RANK;

export const MIN = new Marker(0, 'MIN');
export const MAX = new Marker(1000, 'MAX');
export const UNINDEXABLE = new Marker(500, 'UNINDEXABLE');
const typeEdges = new Map<string, Marker>();

/** Just before (side -1) or after (side 1) every value of a scalar type: type-bracketed range ends. */
export function typeEdge(type: ScalarType, side: -1 | 1): Marker {
  const key = `${type}${side}`;
  let edge = typeEdges.get(key);
  if (!edge) typeEdges.set(key, (edge = new Marker(TYPE_RANK[type] + side * 0.5, `${type}${side < 0 ? 'Start' : 'End'}`)));
  return edge;
}

export type KeyValue = null | number | string | boolean | Marker;

/** The key component of a value: the value itself when it is an indexable scalar, else UNINDEXABLE. */
export function keyOf(value: unknown): KeyValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isNaN(value) ? UNINDEXABLE : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return UNINDEXABLE;
}

export function scalarType(value: unknown): ScalarType | undefined {
  if (value === null) return 'null';
  const type = typeof value;
  if (type === 'number') return Number.isNaN(value) ? undefined : 'number';
  return type === 'string' || type === 'boolean' ? type : undefined;
}

function rankOf(value: KeyValue): number {
  if (value instanceof Marker) return value.rank;
  return TYPE_RANK[scalarType(value)!];
}

export function compareValues(a: KeyValue, b: KeyValue): number {
  if (a === b) return 0;
  const ra = rankOf(a);
  const rb = rankOf(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  if (a instanceof Marker) return 0;
  return (a as number | string | boolean) < (b as number | string | boolean) ? -1 : (a as number) > (b as number) ? 1 : 0;
}

/** A contiguous set of key values in ascending value order. */
export interface Interval {
  readonly lo: KeyValue;
  readonly loInclusive: boolean;
  readonly hi: KeyValue;
  readonly hiInclusive: boolean;
}

/** Disjoint intervals in ascending order; [] matches nothing; undefined (elsewhere) means unconstrained. */
export type IntervalSet = readonly Interval[];

export const point = (v: KeyValue): Interval => ({ lo: v, loInclusive: true, hi: v, hiInclusive: true });

export function isPoint(interval: Interval): boolean {
  return interval.loInclusive && interval.hiInclusive && compareValues(interval.lo, interval.hi) === 0;
}

export function isEmpty(interval: Interval): boolean {
  const c = compareValues(interval.lo, interval.hi);
  return c > 0 || (c === 0 && !(interval.loInclusive && interval.hiInclusive));
}

function lowerOf(a: Interval, b: Interval): Pick<Interval, 'lo' | 'loInclusive'> {
  const c = compareValues(a.lo, b.lo);
  if (c !== 0) return c > 0 ? a : b;
  return { lo: a.lo, loInclusive: a.loInclusive && b.loInclusive };
}

function upperOf(a: Interval, b: Interval): Pick<Interval, 'hi' | 'hiInclusive'> {
  const c = compareValues(a.hi, b.hi);
  if (c !== 0) return c < 0 ? a : b;
  return { hi: a.hi, hiInclusive: a.hiInclusive && b.hiInclusive };
}

export function intersect(a: IntervalSet, b: IntervalSet): IntervalSet {
  const out: Interval[] = [];
  for (const x of a) {
    for (const y of b) {
      const { lo, loInclusive } = lowerOf(x, y);
      const { hi, hiInclusive } = upperOf(x, y);
      const interval = { lo, loInclusive, hi, hiInclusive };
      if (!isEmpty(interval)) out.push(interval);
    }
  }
  return normalise(out);
}

export function union(a: IntervalSet, b: IntervalSet): IntervalSet {
  return normalise([...a, ...b]);
}

/** Sorts and merges overlapping or touching intervals. */
export function normalise(intervals: Interval[]): IntervalSet {
  const sorted = intervals
    .filter((i) => !isEmpty(i))
    .sort((x, y) => compareValues(x.lo, y.lo) || (x.loInclusive === y.loInclusive ? 0 : x.loInclusive ? -1 : 1));
  const out: Interval[] = [];
  for (const next of sorted) {
    const last = out[out.length - 1];
    const c = last ? compareValues(next.lo, last.hi) : 1;
    if (last && (c < 0 || (c === 0 && (next.loInclusive || last.hiInclusive)))) {
      const hc = compareValues(next.hi, last.hi);
      if (hc > 0 || (hc === 0 && next.hiInclusive)) out[out.length - 1] = { ...last, hi: next.hi, hiInclusive: next.hiInclusive || (hc === 0 && last.hiInclusive) };
    } else {
      out.push(next);
    }
  }
  return out;
}
