import { BadUserInputError } from '@kernel/errors';
import { Filter } from './document-store.port';

/**
 * Defence in depth against operator injection: whatever reaches a read store is checked against the
 * operators the read models actually use, so a caller value that slipped through as an object
 * (`{ "$where": … }` in a cursor, a JSON scalar that is really an object) can never run code
 * (`$where`, `$function`, `$accumulator`), stall the event loop or widen a filter. Both adapters call
 * these before every read and every filtered write.
 */
const QUERY_OPERATORS = new Set(['$and', '$or', '$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin', '$exists', '$regex', '$options']);
const STAGES = new Set(['$match', '$group', '$sort', '$count', '$limit', '$skip']);
const ACCUMULATORS = new Set(['$sum', '$first', '$last', '$min', '$max', '$avg', '$push', '$addToSet']);

/** A filter, update or pipeline used an operator outside the allowlist. */
export class QueryOperatorRefused extends BadUserInputError {
  constructor(readonly operator: string) {
    super(`Operator kueri ${operator} tidak diizinkan`, { operator });
  }
}

export function assertSafeFilter(filter: Filter): void {
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) throw new QueryOperatorRefused(typeof filter);
  walk(filter, QUERY_OPERATORS);
}

/** An id must be a string: an object in its place would be read as a filter by MongoDB. */
export function assertSafeId(id: unknown): asserts id is string {
  if (typeof id !== 'string') throw new QueryOperatorRefused(typeof id);
}

export function assertSafePipeline(pipeline: readonly Record<string, unknown>[]): void {
  for (const stage of pipeline) {
    const keys = Object.keys(stage ?? {});
    if (keys.length !== 1 || !STAGES.has(keys[0])) throw new QueryOperatorRefused(keys.join(',') || 'stage');
    const spec = stage[keys[0]];
    if (keys[0] === '$match') assertSafeFilter(spec as Filter);
    else walk(spec, ACCUMULATORS);
  }
}

function walk(value: unknown, allowed: ReadonlySet<string>): void {
  if (value === null || typeof value !== 'object' || value instanceof RegExp || value instanceof Date) return;
  if (Array.isArray(value)) {
    for (const item of value) walk(item, allowed);
    return;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) throw new QueryOperatorRefused(value.constructor?.name ?? 'object');
  for (const [key, item] of Object.entries(value)) {
    if (key.startsWith('$') && !allowed.has(key)) throw new QueryOperatorRefused(key);
    if (key === '$regex' && typeof item !== 'string' && !(item instanceof RegExp)) throw new QueryOperatorRefused(key);
    walk(item, allowed);
  }
}
