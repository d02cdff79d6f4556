import { isKernelEvent } from './claims/claim.events';
import { DomainEvent } from './events';

/**
 * An aggregate as three pure functions (the "decider" pattern). No I/O, no clock, no random ids:
 * time and ids arrive inside the command.
 */
export interface Decider<Command, Event extends DomainEvent, State> {
  readonly initialState: () => State;
  readonly evolve: (state: State, event: Event) => State;
  /** Returns the events that record the decision, or throws a DomainRuleViolation. */
  readonly decide: (command: Command, state: State) => readonly Event[];
}

/**
 * Folds events into state: the same function the command path and the decider test kit use. Kernel
 * bookkeeping events in the stream (a claim fence, see claims.ts) are not the aggregate's: skipped.
 * `from` continues a fold already made (the executor's fold cache); by default it starts afresh.
 */
export function fold<Event extends DomainEvent, State>(
  decider: Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>,
  events: Iterable<Event>,
  from: State = decider.initialState(),
): State {
  let state = from;
  for (const event of events) if (!isKernelEvent(event)) state = decider.evolve(state, event);
  return state;
}

/** Exhaustiveness guard for `evolve` switches: compile error when an event type is not handled. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
