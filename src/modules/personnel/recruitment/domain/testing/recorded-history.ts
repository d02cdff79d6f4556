import { recorded } from '@infrastructure/projections/testing/projection-spec';
import { RecordedEvent } from '@kernel/events';
import { SelectionRoundEvent } from '../selection-round.events';

/** Decider events as the runner would deliver them to projections: recorded on the round's stream. */
export function recordedHistory(events: readonly SelectionRoundEvent[]): RecordedEvent[] {
  return events.map((event, revision) => recorded(event.type, event.data, { streamId: `personnel-selection-round-${event.data.roundId}`, revision }));
}
