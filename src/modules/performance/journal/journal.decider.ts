import { assertNever, Decider } from '@kernel/decider';
import { problem, refuseIfAny } from '@kernel/rules';
import { PerformanceRule as R } from '../performance.rules';
import { SegmentRule } from '../skp/segment.rules';
import { ActivityLogged, JournalEvent } from './journal.events';

/** A journal month: the entries' ids and the minutes logged per day. */
export interface JournalState {
  readonly activityIds: ReadonlySet<string>;
  readonly minutesByDate: Readonly<Record<string, number>>;
}

/** What the handler knows of the SKP the entry belongs to. */
export interface SkpFacts {
  readonly year: number;
  /** The days the SKP segment covers: an entry of another day belongs to the segment covering it. */
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly approved: boolean;
  readonly rhkIds: readonly string[];
}

export interface LogActivity extends Omit<ActivityLogged['data'], 'loggedAt'> {
  readonly type: 'LogActivity';
  readonly skp: SkpFacts;
  /** Today in WIB: entries are for days already worked. */
  readonly today: string;
  readonly at: string;
}

export type JournalCommand = LogActivity;

const MINUTES_PER_DAY = 24 * 60;

function evolve(state: JournalState, event: JournalEvent): JournalState {
  switch (event.type) {
    case 'performance.ActivityLogged': {
      const { activityId, date, durationMinutes } = event.data;
      return { activityIds: new Set([...state.activityIds, activityId]), minutesByDate: { ...state.minutesByDate, [date]: (state.minutesByDate[date] ?? 0) + durationMinutes } };
    }
    default:
      return assertNever(event.type);
  }
}

function decide(command: JournalCommand, state: JournalState): JournalEvent[] {
  const { type: _type, skp, today, at, ...entry } = command;
  const logged = state.minutesByDate[entry.date] ?? 0;
  refuseIfAny([
    state.activityIds.has(entry.activityId) && problem(R.ACTIVITY_EXISTS, `Kegiatan ${entry.activityId} sudah tercatat`),
    !skp.approved && problem(R.SKP_NOT_APPROVED, 'Catatan harian hanya untuk SKP yang sudah disetujui'),
    !skp.rhkIds.includes(entry.rhkId) && problem(R.RHK_UNKNOWN, `RHK ${entry.rhkId} tidak ada di SKP ${entry.skpId}`),
    !entry.date.startsWith(`${skp.year}-`) && problem(R.ACTIVITY_DATE_OUTSIDE_YEAR, `Tanggal ${entry.date} di luar tahun SKP ${skp.year}`),
    entry.date.startsWith(`${skp.year}-`) &&
      (entry.date < skp.periodStart || entry.date > skp.periodEnd) &&
      problem(SegmentRule.ACTIVITY_DATE_OUTSIDE_SEGMENT, `Tanggal ${entry.date} di luar segmen SKP ${entry.skpId} (${skp.periodStart}–${skp.periodEnd}); catat pada segmen yang mencakup tanggal itu`),
    entry.date > today && problem(R.ACTIVITY_IN_FUTURE, `Tanggal ${entry.date} belum terjadi`),
    (!Number.isInteger(entry.durationMinutes) || entry.durationMinutes < 1 || entry.durationMinutes > MINUTES_PER_DAY) && problem(R.ACTIVITY_DURATION_INVALID, 'Durasi 1–1440 menit'),
    logged + entry.durationMinutes > MINUTES_PER_DAY && problem(R.ACTIVITY_DAY_OVER_24H, `Total durasi ${entry.date} melebihi 24 jam (sudah ${logged} menit)`),
  ]);
  return [{ type: 'performance.ActivityLogged', data: { ...entry, evidence: [...entry.evidence], loggedAt: at } }];
}

export const journalDecider: Decider<JournalCommand, JournalEvent, JournalState> = {
  initialState: () => ({ activityIds: new Set(), minutesByDate: {} }),
  evolve,
  decide,
};
