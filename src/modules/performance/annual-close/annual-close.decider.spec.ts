import { deciderSpec } from '@kernel/testing/decider-spec';
import { annualCloseDecider, ScheduleAnnualClose } from './annual-close.decider';

const AT = '2026-12-01T03:00:00.000Z';
const schedule: ScheduleAnnualClose = { type: 'ScheduleAnnualClose', instansiId: 'kota-medan', year: 2026, closeBy: '2027-01-10', remindOn: '2027-01-05', by: 'bkd', at: AT };
const scheduled = { type: 'performance.AnnualCloseScheduled' as const, data: { instansiId: 'kota-medan', year: 2026, closeBy: '2027-01-10', remindOn: '2027-01-05', scheduledBy: 'bkd', scheduledAt: AT } };
const open = [{ appraiserEmployeeId: 'emp-budi', skpIds: ['emp-ani.2026'] }];
const spec = deciderSpec(annualCloseDecider);

describe('annual close decider (configurable close date, reminders, overdue list)', () => {
  it('schedules a close date after the SKP year, with the reminder before it; the same dates again write nothing', () => {
    spec.given([]).when(schedule).then([scheduled]);
    spec.given([scheduled]).when(schedule).then([]);
  });

  it('refuses a close date within the SKP year, and a reminder after the close date', () => {
    spec.given([]).when({ ...schedule, closeBy: '2026-12-31', remindOn: '2026-12-20' }).thenViolates('PERFORMANCE.CLOSE_DATE_INVALID');
    spec.given([]).when({ ...schedule, remindOn: '2027-01-11' }).thenViolates('PERFORMANCE.CLOSE_DATE_INVALID');
  });

  it('records the reminder with the open appraisals, and the overdue list only when something is open', () => {
    spec.given([scheduled]).when({ type: 'IssueCloseReminder', instansiId: 'kota-medan', year: 2026, open, at: AT }).then([{ type: 'performance.AnnualCloseReminderIssued', data: { instansiId: 'kota-medan', year: 2026, open, issuedAt: AT } }]);
    spec.given([scheduled]).when({ type: 'RecordCloseOverdue', instansiId: 'kota-medan', year: 2026, open, at: AT }).then([{ type: 'performance.AnnualCloseOverdue', data: { instansiId: 'kota-medan', year: 2026, closeBy: '2027-01-10', open, recordedAt: AT } }]);
    spec.given([scheduled]).when({ type: 'RecordCloseOverdue', instansiId: 'kota-medan', year: 2026, open: [], at: AT }).then([]);
  });
});
