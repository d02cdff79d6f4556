import { addYears } from '@kernel/calendar-date';
import { LEAVE_POLICIES, leavePolicyOn, LeavePolicy } from '../policy/leave-policy';
import { GRANTED_STATUSES, LeaveKind, LeaveStatus, LeaveVerdict, PENDING_STATUSES } from '../policy/leave.vocabulary';
import { LeaveRecordState, LeaveRequestState } from './leave.state';

/** Why a year holds more than its own entitlement. */
export const CarryBasis = {
  /** Nothing carried over. */
  TIDAK_ADA: 'TIDAK_ADA',
  /** Unused days of last year, the year holding at most 18 (PP 11/2017 ps. 312). */
  SATU_TAHUN: 'SATU_TAHUN',
  /** Two or more years in a row unused: at most 24 (ps. 313). */
  DUA_TAHUN: 'DUA_TAHUN',
  /** Last year's cuti tahunan was postponed by the PyB: at most 24 (ps. 314). */
  DITANGGUHKAN: 'DITANGGUHKAN',
} as const;
export type CarryBasis = (typeof CarryBasis)[keyof typeof CarryBasis];

/** The cuti tahunan ledger of one year, in working days. */
export interface YearLedger {
  readonly year: number;
  /** False for a year before the record was kept here (the prior catatan cuti, or nothing known). */
  readonly tracked: boolean;
  readonly entitlement: number;
  readonly carriedOver: number;
  readonly carryBasis: CarryBasis;
  /** The most the year may hold, its own entitlement included. */
  readonly cap: number;
  /** Days added for working on cuti bersama by order of the post. */
  readonly cutiBersamaAdded: number;
  readonly taken: number;
  readonly pending: number;
  /** True when cuti besar was granted that year: its cuti tahunan is forfeited (ps. 316). */
  readonly forfeited: boolean;
  /** What a new request may still use: entitlement + carried + added − taken − pending (0 when forfeited). */
  readonly available: number;
  /** Sisa: what is left once the year is over (pending requests not counted), the "catatan cuti" figure. */
  readonly remaining: number;
  /** Some cuti tahunan of the year was postponed (DITANGGUHKAN) by the PyB. */
  readonly postponed: boolean;
  /** Whether the year's figures are known (tracked, or given in the prior catatan cuti). */
  readonly known: boolean;
}

const startsIn = (year: number) => (r: LeaveRequestState) => Number(r.startDate.slice(0, 4)) === year;
const sum = (requests: LeaveRequestState[]) => requests.reduce((total, r) => total + r.days, 0);

function policyForYear(year: number, policies: readonly LeavePolicy[]): LeavePolicy {
  const first = [...policies].sort((a, b) => a.validFrom.localeCompare(b.validFrom))[0];
  const date = `${year}-01-01`;
  return date < first.validFrom ? first : leavePolicyOn(date, policies);
}

function priorYear(state: LeaveRecordState, year: number): YearLedger {
  const prior = state.priorYears.find((p) => p.year === year);
  const none = { year, tracked: false, entitlement: 0, carriedOver: 0, carryBasis: CarryBasis.TIDAK_ADA, cap: 0, cutiBersamaAdded: 0, pending: 0, forfeited: false, postponed: false };
  return prior
    ? { ...none, taken: prior.taken, available: prior.remaining, remaining: prior.remaining, known: true }
    : { ...none, taken: 0, available: 0, remaining: 0, known: false };
}

/** A year in which no cuti tahunan was used although there was some to use. */
function unused(ledger: YearLedger): boolean {
  return ledger.known && ledger.taken === 0 && !ledger.forfeited && (ledger.tracked ? ledger.entitlement + ledger.carriedOver > 0 : ledger.remaining > 0);
}

/**
 * The cuti tahunan ledger of `year`, from the record's events only (reproducible), with the policy
 * valid in that year. Carry-over (PP 11/2017 ps. 312–314): last year's sisa is carried so that the
 * year holds at most 18 working days; at most 24 after two or more years in a row unused or after a
 * postponement by the PyB. Cuti besar granted in a year forfeits that year's cuti tahunan (ps. 316),
 * and nothing of it carries over. Cuti bersama worked by order of the post is added (DOMAIN.md §1.14).
 */
export function yearLedger(state: LeaveRecordState, year: number, policies: readonly LeavePolicy[] = LEAVE_POLICIES): YearLedger {
  if (state.firstYear === null || year < state.firstYear) return priorYear(state, year);
  const rule = policyForYear(year, policies).annual[state.employmentType ?? 'PNS'];
  const eligible = state.tmt !== null && addYears(state.tmt, 1) <= `${year}-12-31`;
  const entitlement = eligible ? rule.entitlement : 0;
  const previous = yearLedger(state, year - 1, policies);
  const beforeThat = yearLedger(state, year - 2, policies);
  const carryBasis: CarryBasis = previous.postponed
    ? CarryBasis.DITANGGUHKAN
    : unused(previous) && unused(beforeThat)
      ? CarryBasis.DUA_TAHUN
      : previous.remaining > 0
        ? CarryBasis.SATU_TAHUN
        : CarryBasis.TIDAK_ADA;
  const cap = carryBasis === CarryBasis.SATU_TAHUN || carryBasis === CarryBasis.TIDAK_ADA ? rule.carryCap : rule.twoYearCap;
  const carriedOver = previous.forfeited ? 0 : Math.max(0, Math.min(previous.remaining, cap - entitlement));

  const requests = Object.values(state.requests).filter(startsIn(year));
  const tahunan = requests.filter((r) => r.kind === LeaveKind.TAHUNAN);
  const taken = sum(tahunan.filter((r) => GRANTED_STATUSES.includes(r.status)));
  const pending = sum(tahunan.filter((r) => PENDING_STATUSES.includes(r.status)));
  const forfeited = requests.some((r) => r.kind === LeaveKind.BESAR && GRANTED_STATUSES.includes(r.status));
  const postponed = tahunan.some((r) => r.status === LeaveStatus.DITANGGUHKAN && r.decision === LeaveVerdict.DITANGGUHKAN);
  const cutiBersamaAdded = (state.cutiBersamaWorked[year] ?? []).length;
  const total = entitlement + carriedOver + cutiBersamaAdded;
  return {
    year,
    tracked: true,
    entitlement,
    carriedOver: previous.forfeited ? 0 : carriedOver,
    carryBasis: previous.forfeited ? CarryBasis.TIDAK_ADA : carryBasis,
    cap,
    cutiBersamaAdded,
    taken,
    pending,
    forfeited,
    available: forfeited ? 0 : total - taken - pending,
    remaining: forfeited ? 0 : Math.max(0, total - taken),
    postponed,
    known: true,
  };
}

/** The catatan cuti of the official form: the ledgers of N-2, N-1 and N. */
export function catatanCuti(state: LeaveRecordState, year: number, policies?: readonly LeavePolicy[]): [YearLedger, YearLedger, YearLedger] {
  return [yearLedger(state, year - 2, policies), yearLedger(state, year - 1, policies), yearLedger(state, year, policies)];
}
