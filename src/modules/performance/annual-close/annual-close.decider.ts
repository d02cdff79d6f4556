import { assertNever, Decider } from '@kernel/decider';
import { isIsoDate } from '@kernel/calendar-date';
import { problem, refuseIfAny } from '@kernel/rules';
import { PerformanceRule as R } from '../performance.rules';
import { AnnualCloseEvent, OpenAppraisal } from './annual-close.events';

export interface AnnualCloseState {
  readonly closeBy: string | null;
  readonly remindOn: string | null;
}

export interface ScheduleAnnualClose {
  readonly type: 'ScheduleAnnualClose';
  readonly instansiId: string;
  readonly year: number;
  readonly closeBy: string;
  readonly remindOn: string;
  readonly by: string;
  readonly at: string;
}
export interface IssueCloseReminder {
  readonly type: 'IssueCloseReminder';
  readonly instansiId: string;
  readonly year: number;
  readonly open: readonly OpenAppraisal[];
  readonly at: string;
}
export interface RecordCloseOverdue {
  readonly type: 'RecordCloseOverdue';
  readonly instansiId: string;
  readonly year: number;
  readonly open: readonly OpenAppraisal[];
  readonly at: string;
}
export type AnnualCloseCommand = ScheduleAnnualClose | IssueCloseReminder | RecordCloseOverdue;

function evolve(state: AnnualCloseState, event: AnnualCloseEvent): AnnualCloseState {
  switch (event.type) {
    case 'performance.AnnualCloseScheduled':
      return { closeBy: event.data.closeBy, remindOn: event.data.remindOn };
    case 'performance.AnnualCloseReminderIssued':
    case 'performance.AnnualCloseOverdue':
      return state;
    default:
      return assertNever(event);
  }
}

const copy = (open: readonly OpenAppraisal[]): OpenAppraisal[] => open.map((o) => ({ appraiserEmployeeId: o.appraiserEmployeeId, skpIds: [...o.skpIds] }));

/** Checklist 10: the annual close deadline is configurable; it must fall after the SKP year, the reminder before it. */
function decide(command: AnnualCloseCommand, state: AnnualCloseState): AnnualCloseEvent[] {
  switch (command.type) {
    case 'ScheduleAnnualClose': {
      refuseIfAny([
        (!isIsoDate(command.closeBy) || command.closeBy <= `${command.year}-12-31`) && problem(R.CLOSE_DATE_INVALID, `Batas penutupan harus setelah tahun SKP ${command.year}`),
        (!isIsoDate(command.remindOn) || command.remindOn > command.closeBy) && problem(R.CLOSE_DATE_INVALID, 'Pengingat harus sebelum batas penutupan'),
      ]);
      if (state.closeBy === command.closeBy && state.remindOn === command.remindOn) return [];
      const { instansiId, year, closeBy, remindOn } = command;
      return [{ type: 'performance.AnnualCloseScheduled', data: { instansiId, year, closeBy, remindOn, scheduledBy: command.by, scheduledAt: command.at } }];
    }
    case 'IssueCloseReminder':
      return [{ type: 'performance.AnnualCloseReminderIssued', data: { instansiId: command.instansiId, year: command.year, open: copy(command.open), issuedAt: command.at } }];
    case 'RecordCloseOverdue':
      if (command.open.length === 0) return [];
      return [{ type: 'performance.AnnualCloseOverdue', data: { instansiId: command.instansiId, year: command.year, closeBy: state.closeBy ?? '', open: copy(command.open), recordedAt: command.at } }];
    default:
      return assertNever(command);
  }
}

export const annualCloseDecider: Decider<AnnualCloseCommand, AnnualCloseEvent, AnnualCloseState> = {
  initialState: () => ({ closeBy: null, remindOn: null }),
  evolve,
  decide,
};
