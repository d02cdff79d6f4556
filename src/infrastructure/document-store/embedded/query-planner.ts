import { Query } from 'mingo';
import { Doc, Filter, FindOptions, Sort } from '../document-store.port';
import { CollectionIndex } from './collection-index';
import { boundsOf } from './filter-bounds';
import { IndexScan, countIn, mergeWalk, orderOf, scanOf, walk } from './index-ranges';
import { isPoint } from './key-order';

const EVERYTHING = new Query({});

/**
 * Compiled filters, by their JSON: a list is read with the same few filters over and over (a page,
 * its count, the next page), and compiling one costs more than testing a page of documents with it.
 * Only filters JSON renders faithfully are kept (strings, numbers, booleans, null, arrays and plain
 * objects: not a RegExp or a Date), at most COMPILED of them, the oldest going first.
 */
const compiledFilters = new Map<string, Query>();
const COMPILED = 512;
const MAX_FILTER_KEY = 4096;

export function compiled(filter: Filter): Query {
  const key = faithfulJson(filter);
  if (key === undefined) return new Query(filter);
  let query = compiledFilters.get(key);
  if (!query) {
    query = new Query(filter);
    if (compiledFilters.size >= COMPILED) compiledFilters.delete(compiledFilters.keys().next().value!);
    compiledFilters.set(key, query);
  }
  return query;
}

function faithfulJson(filter: Filter): string | undefined {
  let faithful = true;
  const json = JSON.stringify(filter, (_key, value: unknown) => {
    if (typeof value === 'number' ? !Number.isFinite(value) : typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) faithful = false;
    if (typeof value === 'undefined' || typeof value === 'function' || typeof value === 'bigint' || typeof value === 'symbol') faithful = false;
    return typeof value === 'bigint' ? String(value) : value;
  });
  return faithful && json.length <= MAX_FILTER_KEY ? json : undefined;
}

/** What a plan reads, and the documents it reads in `sort` order, if it does. */
export type Plan =
  | { readonly kind: 'none' }
  | { readonly kind: 'ids'; readonly ids: string[]; readonly exact: boolean }
  | { readonly kind: 'scan' }
  | {
      readonly kind: 'index';
      readonly index: CollectionIndex;
      readonly scan: IndexScan;
      readonly size: number;
      readonly order?: { direction: 1 | -1; mergeFrom?: number };
    };

export interface Planned {
  readonly docs: ReadonlyMap<string, Doc>;
  readonly indexes: readonly CollectionIndex[];
}

/**
 * Every way to read `filter`: by ids, by each usable index's ranges, or by a full scan. Each plan's
 * documents are a superset of the matches; `execute` tests each with mingo, so every plan returns
 * exactly mingo's answer and the choice only changes the cost.
 */
export function plansFor(collection: Planned, filter: Filter, sort?: Sort): Plan[] {
  const bounds = boundsOf(filter, (field) => multikey(collection, field));
  if ([...bounds.fields.values()].some((b) => b.set.length === 0)) return [{ kind: 'none' }];
  const plans: Plan[] = [{ kind: 'scan' }];
  const ids = bounds.fields.get('_id');
  if (ids && ids.set.every(isPoint)) {
    plans.push({ kind: 'ids', ids: ids.set.map((i) => i.lo as string), exact: bounds.complete && bounds.fields.size === 1 && ids.exact });
  }
  for (const index of collection.indexes) {
    if (!index.usable || !bounds.fields.has(index.fields[0].path) && !sort) continue;
    const scan = scanOf(index, bounds);
    plans.push({ kind: 'index', index, scan, size: countIn(index, scan.ranges), order: sort ? orderOf(index, scan, sort) : undefined });
  }
  return plans;
}

/** The cheapest plan: the fewest documents read, allowing for an early stop and for sorting. */
export function choosePlan(plans: readonly Plan[], size: number, sort: Sort | undefined, want: number): Plan {
  const sizes = plans.map((plan) => sizeOf(plan, size));
  const fewest = Math.max(1, Math.min(...sizes));
  const costs = plans.map((plan, i) => {
    const n = sizes[i];
    const ordered = plan.kind === 'index' && plan.order !== undefined;
    if (sort && !ordered) return n * (1 + Math.log2(n + 1) / 4);
    return Number.isFinite(want) ? Math.min(n, (want * n) / fewest) : n;
  });
  return plans[costs.indexOf(Math.min(...costs))];
}

function sizeOf(plan: Plan, size: number): number {
  if (plan.kind === 'none') return 0;
  if (plan.kind === 'ids') return plan.ids.length;
  if (plan.kind === 'scan') return size;
  return plan.size;
}

export function find(collection: Planned, filter: Filter, options: FindOptions = {}, choose = choosePlan): Doc[] {
  const { sort, skip = 0, limit = 0 } = options;
  const want = limit > 0 ? skip + limit : Infinity;
  const plan = choose(plansFor(collection, filter, sort), collection.docs.size, sort, want);
  const query = compiled(filter);
  if (sort && !(plan.kind === 'index' && plan.order)) {
    let cursor = EVERYTHING.find(matching(collection, plan, query, Infinity)).sort(sort);
    if (skip) cursor = cursor.skip(skip);
    if (limit) cursor = cursor.limit(limit);
    return cursor.all() as Doc[];
  }
  return matching(collection, plan, query, want).slice(skip);
}

/** Matches in the plan's order, stopping after `want`. */
function matching(collection: Planned, plan: Plan, query: Query, want: number): Doc[] {
  const out: Doc[] = [];
  for (const doc of read(collection, plan)) {
    if (!query.test(doc)) continue;
    out.push(doc);
    if (out.length >= want) break;
  }
  return out;
}

function* read(collection: Planned, plan: Plan): Generator<Doc> {
  if (plan.kind === 'none') return;
  if (plan.kind === 'scan') {
    yield* collection.docs.values();
    return;
  }
  if (plan.kind === 'ids') {
    for (const id of plan.ids) {
      const doc = collection.docs.get(id);
      if (doc) yield doc;
    }
    return;
  }
  const { index, scan, order } = plan;
  const entries =
    order?.mergeFrom !== undefined ? mergeWalk(index, scan.ranges, order.mergeFrom, order.direction) : walk(index, scan.ranges, order?.direction ?? 1);
  const seen = index.multikey ? new Set<string>() : undefined;
  for (const { id } of entries) {
    if (seen) {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    yield collection.docs.get(id)!;
  }
}

/** Counts from index entries alone when an index answers the filter exactly; else tests the fewest candidates. */
export function count(collection: Planned, filter: Filter, choose = choosePlan): number {
  if (Object.keys(filter).length === 0) return collection.docs.size;
  const plans = plansFor(collection, filter);
  for (const plan of plans) {
    if (plan.kind === 'none') return 0;
    if (plan.kind === 'ids' && plan.exact) return plan.ids.filter((id) => collection.docs.has(id)).length;
    if (plan.kind === 'index' && plan.scan.exact) return plan.size;
  }
  return matching(collection, choose(plans, collection.docs.size, undefined, Infinity), compiled(filter), Infinity).length;
}

function multikey(collection: Planned, field: string): boolean {
  let known = false;
  for (const index of collection.indexes) {
    const arrays = index.holdsArrays(field);
    if (arrays) return true;
    if (arrays === false) known = true;
  }
  return !known;
}
