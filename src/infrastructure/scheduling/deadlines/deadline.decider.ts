import { assertNever, Decider } from '@kernel/decider';
import { DomainRuleViolation, NotFoundError } from '@kernel/errors';
import { canonicalJson } from '../../event-store/canonical-json';
import { DeadlineBasis, DeadlineEvent, DeadlineTarget } from './deadline.events';

export type DeadlineCommand =
  | { type: 'ScheduleDeadline'; deadlineId: string; dueAt: string; target: DeadlineTarget; basis: DeadlineBasis; now: string; scheduledBy: string }
  | { type: 'FireDeadline'; now: string }
  | { type: 'CancelDeadline'; reason: string; now: string };

export type DeadlineState =
  | { status: 'NONE' }
  | { status: 'PENDING' | 'FIRED' | 'CANCELLED'; deadlineId: string; dueAt: string; target: DeadlineTarget; scheduledBy: string };

/**
 * One deadline: scheduled once, then fired or cancelled, never both. Firing and cancelling again are
 * no-ops, so the scheduler may retry a fire freely.
 */
export const deadlineDecider: Decider<DeadlineCommand, DeadlineEvent, DeadlineState> = {
  initialState: () => ({ status: 'NONE' }),
  evolve(state, event) {
    switch (event.type) {
      case 'scheduling.DeadlineScheduled': {
        const { deadlineId, dueAt, target, scheduledBy } = event.data;
        return { status: 'PENDING', deadlineId, dueAt, target, scheduledBy };
      }
      case 'scheduling.DeadlineFired':
        return state.status === 'NONE' ? state : { ...state, status: 'FIRED' };
      case 'scheduling.DeadlineCancelled':
        return state.status === 'NONE' ? state : { ...state, status: 'CANCELLED' };
      default:
        return assertNever(event);
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'ScheduleDeadline':
        return schedule(command, state);
      case 'FireDeadline':
        if (state.status === 'NONE') throw notFound();
        if (state.status !== 'PENDING') return [];
        if (command.now < state.dueAt) {
          throw new DomainRuleViolation('SCHEDULING.DEADLINE_NOT_DUE', `Tenggat baru jatuh tempo pada ${state.dueAt}`);
        }
        return [{ type: 'scheduling.DeadlineFired', data: { deadlineId: state.deadlineId, dueAt: state.dueAt, firedAt: command.now, target: state.target, scheduledBy: state.scheduledBy } }];
      case 'CancelDeadline':
        if (state.status === 'NONE') throw notFound();
        if (state.status === 'FIRED') throw new DomainRuleViolation('SCHEDULING.DEADLINE_ALREADY_FIRED', 'Tenggat sudah dijalankan dan tidak dapat dibatalkan');
        if (state.status === 'CANCELLED') return [];
        return [{ type: 'scheduling.DeadlineCancelled', data: { deadlineId: state.deadlineId, reason: command.reason, cancelledAt: command.now } }];
      default:
        return assertNever(command);
    }
  },
};

/** Scheduling the same deadline again is a no-op; reusing its id for another one is refused. */
function schedule(command: Extract<DeadlineCommand, { type: 'ScheduleDeadline' }>, state: DeadlineState): DeadlineEvent[] {
  const { deadlineId, dueAt, target, basis, now, scheduledBy } = command;
  if (state.status !== 'NONE') {
    // Canonical form: a target read back from the store need not keep the caller's key order.
    if (state.dueAt === dueAt && canonicalJson(state.target) === canonicalJson(target)) return [];
    throw new DomainRuleViolation('SCHEDULING.DEADLINE_ID_TAKEN', `Tenggat ${deadlineId} sudah dipakai untuk jadwal lain`);
  }
  return [{ type: 'scheduling.DeadlineScheduled', data: { deadlineId, dueAt, target, basis, scheduledAt: now, scheduledBy } }];
}

function notFound(): NotFoundError {
  return new NotFoundError('Tenggat tidak ditemukan');
}
