import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent, Json } from '@kernel/events';

/** What a deadline dispatches when it fires: a registered target (DeadlineTargets) and its plain-data payload. */
export interface DeadlineTarget {
  readonly type: string;
  readonly payload: Json;
}

/** How the due time was set: an instant, or the end of the N-th working day after a date (WIB). */
export type DeadlineBasis =
  | { readonly kind: 'AT' }
  | { readonly kind: 'WORKING_DAYS'; readonly days: number; readonly from: string; readonly calendar: string };

export type DeadlineScheduled = DomainEvent<
  'scheduling.DeadlineScheduled',
  {
    deadlineId: string;
    /** ISO instant at which the deadline becomes due. */
    dueAt: string;
    target: DeadlineTarget;
    basis: DeadlineBasis;
    scheduledAt: string;
    /** Actor id of whoever scheduled it (the dispatched command acts on their behalf). */
    scheduledBy: string;
  }
>;

export type DeadlineFired = DomainEvent<
  'scheduling.DeadlineFired',
  { deadlineId: string; dueAt: string; firedAt: string; target: DeadlineTarget; scheduledBy: string }
>;

export type DeadlineCancelled = DomainEvent<'scheduling.DeadlineCancelled', { deadlineId: string; reason: string; cancelledAt: string }>;

export type DeadlineEvent = DeadlineScheduled | DeadlineFired | DeadlineCancelled;

const DESCRIPTIONS: Record<DeadlineEvent['type'], string> = {
  'scheduling.DeadlineScheduled': 'A deadline was set: at `dueAt` the target command is dispatched, unless cancelled first.',
  'scheduling.DeadlineFired': 'The deadline came due and fired (once); the dispatch reaction sends its target command.',
  'scheduling.DeadlineCancelled': 'The deadline was cancelled before it fired; it never will.',
};

export const DEADLINE_EVENT_TYPES = Object.keys(DESCRIPTIONS) as DeadlineEvent['type'][];

eventRegistry.register(DEADLINE_EVENT_TYPES.map((type) => ({ type, version: 1, description: DESCRIPTIONS[type] })));

/** Stream of one deadline (`<module>-<aggregate>-<id>`). */
export function deadlineStream(deadlineId: string): string {
  return `scheduling-deadline-${deadlineId}`;
}
