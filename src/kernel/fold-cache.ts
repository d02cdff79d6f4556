import { Decider, fold } from './decider';
import { deepFreeze } from './deep-freeze';
import { DomainEvent, RecordedEvent } from './events';

type Folding<E extends DomainEvent, S> = Pick<Decider<unknown, E, S>, 'initialState' | 'evolve'>;

interface Folded {
  /** The decider's two folding functions (a caller may pass them in an object of its own). */
  readonly initialState: () => unknown;
  readonly evolve: unknown;
  /** The last record folded into `state`, and how many records that was. */
  readonly through: RecordedEvent;
  readonly count: number;
  readonly state: unknown;
}

/**
 * The folded states of the streams commands loaded recently, so that a load folds only the events
 * after the ones it folded last time (a long stream — an SKP with a year of feedback — is not
 * replayed from its first event by every command on it).
 *
 * A state is reused only when the stream the store just returned holds, at the same place, the very
 * record object it was folded through. The embedded store hands out the same frozen records for a
 * stream until another connection commits (stream-cache.ts); a store that builds fresh records on
 * every read (KurrentDB) never matches, and every load folds the whole stream as before. Cached
 * states are frozen: deciders are pure, and a decide, authorize or prepare step that tried to change
 * a state other commands share fails loudly instead of corrupting it. Least recently loaded first out.
 */
export class FoldCache {
  private readonly folded = new Map<string, Folded>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.folded.size;
  }

  fold<E extends DomainEvent, S>(decider: Folding<E, S>, streamId: string, records: readonly RecordedEvent[], events: readonly E[]): S {
    const entry = this.folded.get(streamId);
    const resumes =
      entry !== undefined && entry.evolve === decider.evolve && entry.initialState === decider.initialState && entry.count <= records.length && records[entry.count - 1] === entry.through;
    const state = resumes ? fold(decider, events.slice(entry.count), entry.state as S) : fold(decider, events);
    if (entry) this.folded.delete(streamId);
    if (records.length > 0) {
      this.folded.set(streamId, { initialState: decider.initialState, evolve: decider.evolve, through: records[records.length - 1], count: records.length, state: deepFreeze(state) });
      if (this.folded.size > this.capacity) this.folded.delete(this.folded.keys().next().value!);
    }
    return state;
  }
}
