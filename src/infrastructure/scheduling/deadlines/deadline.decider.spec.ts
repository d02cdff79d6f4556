import { NotFoundError } from '@kernel/errors';
import { deciderSpec } from '@kernel/testing/decider-spec';
import { deadlineDecider } from './deadline.decider';
import { DeadlineCancelled, DeadlineFired, DeadlineScheduled } from './deadline.events';

const spec = deciderSpec(deadlineDecider);
const target = { type: 'test.Remind', payload: { counterId: 'c1' } };
const scheduled: DeadlineScheduled = {
  type: 'scheduling.DeadlineScheduled',
  data: { deadlineId: 'd1', dueAt: '2026-03-26T17:00:00.000Z', target, basis: { kind: 'AT' }, scheduledAt: '2026-03-16T03:00:00.000Z', scheduledBy: 'admin-1' },
};
const fired: DeadlineFired = {
  type: 'scheduling.DeadlineFired',
  data: { deadlineId: 'd1', dueAt: '2026-03-26T17:00:00.000Z', firedAt: '2026-03-26T17:00:01.000Z', target, scheduledBy: 'admin-1' },
};
const cancelled: DeadlineCancelled = { type: 'scheduling.DeadlineCancelled', data: { deadlineId: 'd1', reason: 'selesai lebih awal', cancelledAt: '2026-03-20T03:00:00.000Z' } };
const schedule = { type: 'ScheduleDeadline' as const, ...scheduled.data, now: scheduled.data.scheduledAt };

describe('deadline decider', () => {
  it('schedules once; the same schedule again is a no-op, another one under the same id is refused', () => {
    spec.given([]).when(schedule).then([scheduled]);
    spec.given([scheduled]).when(schedule).then([]);
    spec.given([scheduled]).when({ ...schedule, target: { payload: { counterId: 'c1' }, type: 'test.Remind' } }).then([]);
    spec.given([scheduled]).when({ ...schedule, dueAt: '2026-04-01T00:00:00.000Z' }).thenViolates('SCHEDULING.DEADLINE_ID_TAKEN');
  });

  it('fires once it is due, carrying the target; firing again changes nothing', () => {
    spec.given([scheduled]).when({ type: 'FireDeadline', now: '2026-03-26T17:00:01.000Z' }).then([fired]);
    spec.given([scheduled, fired]).when({ type: 'FireDeadline', now: '2026-03-27T00:00:00.000Z' }).then([]);
    spec.given([scheduled]).when({ type: 'FireDeadline', now: '2026-03-26T16:59:59.999Z' }).thenViolates('SCHEDULING.DEADLINE_NOT_DUE');
  });

  it('a cancelled deadline never fires; a fired one cannot be cancelled', () => {
    spec.given([scheduled]).when({ type: 'CancelDeadline', reason: 'selesai lebih awal', now: '2026-03-20T03:00:00.000Z' }).then([cancelled]);
    spec.given([scheduled, cancelled]).when({ type: 'FireDeadline', now: '2026-03-27T00:00:00.000Z' }).then([]);
    spec.given([scheduled, cancelled]).when({ type: 'CancelDeadline', reason: 'lagi', now: '2026-03-21T00:00:00.000Z' }).then([]);
    spec.given([scheduled, fired]).when({ type: 'CancelDeadline', reason: 'terlambat', now: '2026-03-27T00:00:00.000Z' }).thenViolates('SCHEDULING.DEADLINE_ALREADY_FIRED');
  });

  it('an unknown deadline cannot be fired or cancelled', () => {
    expect(() => spec.given([]).when({ type: 'FireDeadline', now: '2026-03-27T00:00:00.000Z' }).events()).toThrow(NotFoundError);
    expect(() => spec.given([]).when({ type: 'CancelDeadline', reason: 'x', now: '2026-03-27T00:00:00.000Z' }).events()).toThrow(NotFoundError);
  });
});
