import { Decider } from '@kernel/decider';
import { EventStore } from '@kernel/event-store.port';
import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent, RecordedEvent } from '@kernel/events';
import { EventInstansiResolver } from './event-scopes';

/**
 * An EventInstansiResolver for aggregates whose instansi lives in their state (an employee's unit,
 * a selection round's instansi): the stream is folded with the module's own decider up to the
 * event, so the answer is what the record said at that moment. Folded states are cached per stream
 * and advanced incrementally, since a feed reads each stream's events in order.
 */
export function foldedInstansi<E extends DomainEvent, S>(
  store: EventStore,
  decider: Pick<Decider<unknown, E, S>, 'initialState' | 'evolve'>,
  instansiOf: (state: S) => string | null,
  cacheSize = 10_000,
): EventInstansiResolver {
  const cache = new Map<string, { revision: number; state: S }>();
  return async (event: RecordedEvent) => {
    let cached = cache.get(event.streamId);
    if (!cached || cached.revision > event.revision) cached = { revision: -1, state: decider.initialState() };
    if (cached.revision < event.revision) {
      const missing = await store.readStream(event.streamId, { fromRevision: cached.revision + 1, maxCount: event.revision - cached.revision });
      let next = cached.state;
      for (const stored of missing) next = decider.evolve(next, eventRegistry.upcast(stored) as unknown as E);
      cached = { revision: event.revision, state: next };
      if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string);
      cache.set(event.streamId, cached);
    }
    return instansiOf(cached.state);
  };
}
