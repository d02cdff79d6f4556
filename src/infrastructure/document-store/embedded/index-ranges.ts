import { Sort } from '../document-store.port';
import { FilterBounds } from './filter-bounds';
import { Interval, KeyValue, compareValues, isPoint } from './key-order';
import { Entry, Position, SortedIndex } from './sorted-index';

export interface IndexField {
  readonly path: string;
  readonly direction: 1 | -1;
}

/** An ordered index as the planner sees it (always ending in `_id`, so its keys are unique). */
export interface OrderedIndex {
  readonly name: string;
  readonly fields: readonly IndexField[];
  readonly sorted: SortedIndex;
  /** Some document holds an array in an indexed field (entries per element: no order, no counts). */
  readonly multikey: boolean;
}

/**
 * A contiguous run of the index: entries whose first components equal `prefix` and, when `edge` is
 * given, whose next component lies in it. `edge` is in index order (lo first in the walk direction).
 */
export interface KeyRange {
  readonly prefix: readonly KeyValue[];
  readonly edge?: Interval;
}

/** Cartesian products of point sets beyond this become a range scan with a residual test instead. */
const MAX_RANGES = 500;

export interface IndexScan {
  readonly ranges: KeyRange[];
  /** How many points each leading prefix field has. */
  readonly pointCounts: number[];
  /** The ranges select exactly the matching documents. */
  readonly exact: boolean;
}

/** The ranges of `index` that hold every document the bounds allow, in index order. */
export function scanOf(index: OrderedIndex, bounds: FilterBounds): IndexScan {
  let prefixes: KeyValue[][] = [[]];
  const pointCounts: number[] = [];
  const consumed = new Set<string>();
  let ranges: KeyRange[] | undefined;
  for (const { path, direction } of index.fields) {
    const bound = bounds.fields.get(path);
    if (!bound) break;
    if (bound.set.every(isPoint) && prefixes.length * bound.set.length <= MAX_RANGES) {
      const values = bound.set.map((i) => i.lo);
      if (direction < 0) values.reverse();
      prefixes = prefixes.flatMap((p) => values.map((v) => [...p, v]));
      pointCounts.push(values.length);
      consumed.add(path);
      continue;
    }
    // Too many intervals: their hull, a superset, keeps the scan to one range per prefix.
    const hull = prefixes.length * bound.set.length > MAX_RANGES;
    const set = hull ? [{ ...bound.set[0], hi: bound.set[bound.set.length - 1].hi, hiInclusive: bound.set[bound.set.length - 1].hiInclusive }] : bound.set;
    const edges = direction > 0 ? set : [...set].reverse().map(flip);
    ranges = prefixes.flatMap((prefix) => edges.map((edge) => ({ prefix, edge })));
    if (!hull) consumed.add(path);
    break;
  }
  const exact =
    bounds.complete && !index.multikey && [...bounds.fields].every(([field, bound]) => bound.exact && consumed.has(field));
  return { ranges: ranges ?? prefixes.map((prefix) => ({ prefix })), pointCounts, exact };
}

function flip(i: Interval): Interval {
  return { lo: i.hi, loInclusive: i.hiInclusive, hi: i.lo, hiInclusive: i.loInclusive };
}

function isBefore(index: OrderedIndex, range: KeyRange, key: readonly KeyValue[]): boolean {
  const { prefix, edge } = range;
  for (let i = 0; i < prefix.length; i++) {
    const c = compareValues(key[i], prefix[i]) * index.fields[i].direction;
    if (c !== 0) return c < 0;
  }
  if (!edge) return false;
  const c = compareValues(key[prefix.length], edge.lo) * index.fields[prefix.length].direction;
  return c < 0 || (c === 0 && !edge.loInclusive);
}

function isAfter(index: OrderedIndex, range: KeyRange, key: readonly KeyValue[]): boolean {
  const { prefix, edge } = range;
  for (let i = 0; i < prefix.length; i++) {
    const c = compareValues(key[i], prefix[i]) * index.fields[i].direction;
    if (c !== 0) return c > 0;
  }
  if (!edge) return false;
  const c = compareValues(key[prefix.length], edge.hi) * index.fields[prefix.length].direction;
  return c > 0 || (c === 0 && !edge.hiInclusive);
}

function bounds(index: OrderedIndex, range: KeyRange): [Position, Position] {
  return [index.sorted.seek((key) => isBefore(index, range, key)), index.sorted.seek((key) => !isAfter(index, range, key))];
}

/** Entries in the ranges, without reading documents: O(log N) per range. */
export function countIn(index: OrderedIndex, ranges: readonly KeyRange[]): number {
  let total = 0;
  for (const range of ranges) {
    const [start, end] = bounds(index, range);
    total += index.sorted.rank(end) - index.sorted.rank(start);
  }
  return total;
}

/** Entries of the ranges in index order (`direction` -1: reversed). */
export function* walk(index: OrderedIndex, ranges: readonly KeyRange[], direction: 1 | -1): Generator<Entry> {
  const ordered = direction > 0 ? ranges : [...ranges].reverse();
  for (const range of ordered) {
    const [start, end] = bounds(index, range);
    if (direction > 0) {
      for (const entry of index.sorted.forward(start)) {
        if (isAfter(index, range, entry.key)) break;
        yield entry;
      }
    } else {
      for (const entry of index.sorted.backward(end)) {
        if (isBefore(index, range, entry.key)) break;
        yield entry;
      }
    }
  }
}

/**
 * Entries of several prefix groups merged in the order of the components after the prefix: serves a
 * sort on those components when a leading field holds several points (`unitId $in [...]` by name).
 */
export function* mergeWalk(index: OrderedIndex, ranges: readonly KeyRange[], from: number, direction: 1 | -1): Generator<Entry> {
  const groups: KeyRange[][] = [];
  for (const range of ranges) {
    const last = groups[groups.length - 1];
    if (last && samePrefix(last[0].prefix, range.prefix)) last.push(range);
    else groups.push([range]);
  }
  const runs = groups.map((group) => walk(index, group, direction));
  const heads = runs.map((run) => run.next());
  const compare = (a: Entry, b: Entry) => {
    for (let i = from; i < index.fields.length; i++) {
      const c = compareValues(a.key[i], b.key[i]);
      if (c !== 0) return c * index.fields[i].direction * direction;
    }
    return 0;
  };
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      if (heads[i].done) continue;
      if (best < 0 || compare(heads[i].value as Entry, heads[best].value as Entry) < 0) best = i;
    }
    if (best < 0) return;
    yield heads[best].value as Entry;
    heads[best] = runs[best].next();
  }
}

function samePrefix(a: readonly KeyValue[], b: readonly KeyValue[]): boolean {
  return a.length === b.length && a.every((v, i) => compareValues(v, b[i]) === 0);
}

/**
 * Whether walking the scan yields documents in `sort` order, and how: the sort, less the fields held
 * to one point, must be a prefix of the index order (whole, or after the point prefix with a merge),
 * all in the index's directions or all reversed. Reaching `_id` settles every tie.
 */
export function orderOf(index: OrderedIndex, scan: IndexScan, sort: Sort): { direction: 1 | -1; mergeFrom?: number } | undefined {
  if (index.multikey) return undefined;
  const leading = index.fields.slice(0, scan.pointCounts.length);
  const single = new Set(leading.filter((_, i) => scan.pointCounts[i] === 1).map((f) => f.path));
  const wanted = Object.entries(sort).filter(([field]) => !single.has(field));
  const whole = matchPrefix(wanted, index.fields.filter((f, i) => !(i < leading.length && single.has(f.path))));
  if (whole) return { direction: whole };
  const after = matchPrefix(wanted, index.fields.slice(leading.length));
  if (!after) return undefined;
  return scan.pointCounts.some((n) => n > 1) ? { direction: after, mergeFrom: leading.length } : { direction: after };
}

function matchPrefix(wanted: [string, number][], order: readonly IndexField[]): 1 | -1 | undefined {
  let direction: 1 | -1 | undefined;
  for (let i = 0; i < wanted.length; i++) {
    const field = order[i];
    if (!field || field.path !== wanted[i][0]) return undefined;
    const d = (wanted[i][1] * field.direction) as 1 | -1;
    if (direction && d !== direction) return undefined;
    direction = d;
    if (field.path === '_id') return direction;
  }
  return direction ?? 1;
}
