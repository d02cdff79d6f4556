import { addMonths, addYears } from '@kernel/calendar-date';
import { MaybeProblem, problem } from '@kernel/rules';
import { WorkingDayCalendar } from '@infrastructure/scheduling';
import { addCalendarDays, calendarDaysInclusive, countLeaveDays, limitLabel, withinLimit } from '../policy/leave-days';
import { KindRule, LeavePolicy, SubKindRule } from '../policy/leave-policy';
import { GRANTED_STATUSES, LeaveKind, LeaveSubKind, PENDING_STATUSES } from '../policy/leave.vocabulary';
import { LeaveRule } from '../leave.rules';
import { EmployeeFacts } from './leave.commands';
import { LeaveEvidence } from './leave.events';
import { yearLedger } from './leave-ledger';
import { LeaveRecordState } from './leave.state';

/** The parts of a request the rules read (a new request, or the changed dates of a PERUBAHAN). */
export interface LeaveShape {
  readonly requestId: string;
  readonly employee: EmployeeFacts;
  readonly kind: LeaveKind;
  readonly subKind: LeaveSubKind | null;
  readonly startDate: string;
  readonly endDate: string;
  readonly evidence: readonly LeaveEvidence[];
  readonly childOrder: number | null;
  readonly travelDays: number;
}

export interface CheckedLeave {
  readonly problems: MaybeProblem[];
  readonly days: number;
  readonly rule: KindRule | null;
}

const year = (date: string) => Number(date.slice(0, 4));

/**
 * Every rule a request must meet (DOMAIN.md §1.14), all reported at once: the kind exists for the
 * employment type and is requested (not decreed), eligibility by service, sex and child order, the
 * maximum length in the kind's unit, the evidence, the cuti tahunan balance and cuti besar's
 * forfeiture, and no overlap with other live leave. `days` is the counted length.
 */
export function requestProblems(leave: LeaveShape, state: LeaveRecordState, policy: LeavePolicy, calendar: WorkingDayCalendar): CheckedLeave {
  const { employee, kind, startDate, endDate } = leave;
  if (endDate < startDate) return { problems: [problem(LeaveRule.DATES_INVALID, `Tanggal selesai ${endDate} sebelum tanggal mulai ${startDate}`)], days: 0, rule: null };
  const rule = policy.kinds[employee.employmentType][kind];
  if (!rule) return { problems: [problem(LeaveRule.KIND_NOT_AVAILABLE, `Cuti ${kind} tidak tersedia bagi ${employee.employmentType}`)], days: 0, rule: null };
  if (!rule.requestable) return { problems: [problem(LeaveRule.KIND_NOT_REQUESTABLE, `Cuti ${kind} ditetapkan dengan Keppres, tidak diajukan`)], days: 0, rule };
  const sub = subKindProblem(rule, leave);
  if (sub.problem) return { problems: [sub.problem], days: 0, rule };
  const dated = datedProblems({ ...leave, employmentType: employee.employmentType, tmt: employee.tmt }, state, policy, calendar);
  return {
    days: dated.days,
    rule,
    problems: [
      !employee.active && problem(LeaveRule.EMPLOYEE_NOT_ACTIVE, `Pegawai ${employee.employeeId} tidak berstatus aktif`),
      sexProblem(rule, sub.rule, leave),
      childOrderProblem(rule, leave),
      ...evidenceProblems(sub.rule?.evidence ?? rule.evidence, leave.evidence, dated.days),
      ...dated.problems,
    ],
  };
}

/** What the rules of a request's dates need: the request's kind and the employee's service. */
export interface DatedLeave {
  readonly requestId: string;
  readonly kind: LeaveKind;
  readonly subKind: LeaveSubKind | null;
  readonly startDate: string;
  readonly endDate: string;
  readonly employmentType: LeaveRecordState['employmentType'] & string;
  readonly tmt: string;
  readonly travelDays: number;
}

/**
 * The rules that depend on the dates: service up to the first day, the maximum length, the cuti
 * tahunan balance and year, cuti besar's interval and deduction, a CLTN extension's continuity, and
 * overlaps. A PERUBAHAN's new dates meet them again (the kind, sex, child and evidence do not change).
 */
export function datedProblems(leave: DatedLeave, state: LeaveRecordState, policy: LeavePolicy, calendar: WorkingDayCalendar): { problems: MaybeProblem[]; days: number } {
  const { kind, startDate, endDate } = leave;
  if (endDate < startDate) return { problems: [problem(LeaveRule.DATES_INVALID, `Tanggal selesai ${endDate} sebelum tanggal mulai ${startDate}`)], days: 0 };
  const rule = policy.kinds[leave.employmentType][kind];
  if (!rule) return { problems: [problem(LeaveRule.KIND_NOT_AVAILABLE, `Cuti ${kind} tidak tersedia bagi ${leave.employmentType}`)], days: 0 };
  const sub = leave.subKind ? rule.subKinds?.[leave.subKind] : undefined;
  const travel = travelProblem(leave, policy);
  if (travel) return { problems: [travel], days: 0 };
  const days = countLeaveDays(rule.counting, startDate, chargedEnd(leave), calendar);
  const max = sub && 'max' in sub ? (sub.max ?? null) : rule.max;
  return {
    days,
    problems: [
      serviceProblem(rule, sub, leave),
      !withinLimit(max, startDate, endDate, days) && problem(LeaveRule.TOO_LONG, `Cuti ${kind} paling lama ${max ? limitLabel(max) : '-'}`),
      ...(kind === LeaveKind.TAHUNAN ? annualProblems(leave, state, days) : []),
      kind === LeaveKind.BESAR && cutiBesarProblem(leave, state, policy),
      leave.subKind === LeaveSubKind.PERPANJANGAN_CLTN && cltnExtensionProblem(leave, state),
      overlapProblem(leave, state),
    ],
  };
}

/** The last charged day: travel days at the end of a cuti tahunan to a remote place are not charged. */
export function chargedEnd(leave: { readonly endDate: string; readonly travelDays: number }): string {
  return addCalendarDays(leave.endDate, -leave.travelDays);
}

// PP 11/2017 ps. 311 (PPPK: Perban 7/2022): only cuti tahunan, up to the policy's days, leaving a charged day.
function travelProblem(leave: DatedLeave, policy: LeavePolicy): MaybeProblem {
  if (leave.travelDays === 0) return null;
  const most = policy.annual[leave.employmentType].remoteTravelDays;
  const valid = leave.kind === LeaveKind.TAHUNAN && leave.travelDays > 0 && leave.travelDays <= most && chargedEnd(leave) >= leave.startDate;
  return !valid && problem(LeaveRule.TRAVEL_DAYS_INVALID, `Tambahan waktu perjalanan hanya untuk cuti tahunan ke tempat yang sulit perhubungannya: paling lama ${most} hari kalender, di dalam rentang cuti`);
}

function subKindProblem(rule: KindRule, leave: LeaveShape): { problem?: MaybeProblem; rule?: SubKindRule } {
  if (leave.subKind === null) return rule.subKindRequired ? { problem: problem(LeaveRule.SUB_KIND_REQUIRED, `Cuti ${leave.kind} memerlukan alasan (subKind)`) } : {};
  const sub = rule.subKinds?.[leave.subKind];
  return sub ? { rule: sub } : { problem: problem(LeaveRule.SUB_KIND_INVALID, `${leave.subKind} bukan alasan cuti ${leave.kind}`) };
}

// PP 11/2017: service counts from the TMT (CPNS included), continuously, up to the first day of leave.
function serviceProblem(rule: KindRule, sub: SubKindRule | undefined, leave: DatedLeave): MaybeProblem {
  if (rule.minServiceYears === 0 || sub?.waivesMinService) return null;
  const eligibleFrom = addYears(leave.tmt, rule.minServiceYears);
  return eligibleFrom > leave.startDate && problem(LeaveRule.SERVICE_TOO_SHORT, `Cuti ${leave.kind} setelah masa kerja ${rule.minServiceYears} tahun (mulai ${eligibleFrom})`);
}

function sexProblem(rule: KindRule, sub: SubKindRule | undefined, leave: LeaveShape): MaybeProblem {
  const sex = sub?.sex ?? rule.sex;
  return !!sex && sex !== leave.employee.sex && problem(LeaveRule.SEX_MISMATCH, `Cuti ${leave.subKind ?? leave.kind} hanya bagi pegawai ${sex === 'FEMALE' ? 'perempuan' : 'laki-laki'}`);
}

// ps. 325: cuti melahirkan for the 1st–3rd child; from the 4th, a PNS takes cuti besar.
function childOrderProblem(rule: KindRule, leave: LeaveShape): MaybeProblem {
  if (!rule.maxChildOrder) return null;
  const order = leave.childOrder;
  return (order === null || order < 1 || order > rule.maxChildOrder) && problem(LeaveRule.CHILD_ORDER, `Cuti melahirkan untuk anak ke-1 sampai ke-${rule.maxChildOrder}; sejak anak ke-4 gunakan cuti besar`);
}

function evidenceProblems(rules: readonly { anyOf: readonly string[]; overDays: number; label: string }[], evidence: readonly LeaveEvidence[], days: number): MaybeProblem[] {
  return rules.map((r) => days > r.overDays && !evidence.some((e) => r.anyOf.includes(e.kind)) && problem(LeaveRule.EVIDENCE_REQUIRED, `Lampirkan ${r.label}`));
}

function annualProblems(leave: DatedLeave, state: LeaveRecordState, days: number): MaybeProblem[] {
  if (year(leave.startDate) !== year(leave.endDate)) return [problem(LeaveRule.SPANS_YEARS, 'Cuti tahunan diajukan per tahun: pisahkan permintaan di batas tahun')];
  if (days < 1) return [problem(LeaveRule.NO_WORKING_DAY, 'Rentang tanggal tidak memuat hari kerja (akhir pekan, libur nasional atau cuti bersama)')];
  const live = Object.values(state.requests).filter((r) => r.requestId !== leave.requestId && (GRANTED_STATUSES.includes(r.status) || PENDING_STATUSES.includes(r.status)));
  if (live.some((r) => r.kind === LeaveKind.BESAR && year(r.startDate) === year(leave.startDate))) {
    return [problem(LeaveRule.FORFEITED_BY_CUTI_BESAR, `Cuti besar tahun ${year(leave.startDate)}: tidak berhak atas cuti tahunan tahun itu`)];
  }
  const ledger = yearLedger(withoutRequest(state, leave.requestId), year(leave.startDate));
  return [days > ledger.available && problem(LeaveRule.BALANCE_EXCEEDED, `Sisa cuti tahunan ${ledger.available} hari kerja; diminta ${days}`)];
}

/**
 * ps. 316–317: cuti besar counts the cuti tahunan already used that year against its 3 months (read
 * as calendar days off the end [M]); [M] a next cuti besar only 5 years after the last one ended.
 */
function cutiBesarProblem(leave: DatedLeave, state: LeaveRecordState, policy: LeavePolicy): MaybeProblem {
  const previous = Object.values(state.requests).filter((r) => r.requestId !== leave.requestId && r.kind === LeaveKind.BESAR && GRANTED_STATUSES.includes(r.status));
  const tooSoon = previous.find((r) => addYears(r.endDate, policy.cutiBesarIntervalYears) >= leave.startDate);
  if (tooSoon) return problem(LeaveRule.CUTI_BESAR_TOO_SOON, `Cuti besar berikutnya paling cepat ${policy.cutiBesarIntervalYears} tahun setelah ${tooSoon.endDate}`);
  const taken = yearLedger(state, year(leave.startDate)).taken;
  if (taken === 0) return null;
  const allowed = calendarDaysInclusive(leave.startDate, addCalendarDays(addMonths(leave.startDate, 3), -1)) - taken;
  return calendarDaysInclusive(leave.startDate, leave.endDate) > allowed && problem(LeaveRule.TOO_LONG, `Cuti besar dikurangi ${taken} hari cuti tahunan yang telah diambil: paling lama ${allowed} hari`);
}

// ps. 333: CLTN at most 3 years, extendable by at most 1: the extension continues a granted CLTN.
function cltnExtensionProblem(leave: DatedLeave, state: LeaveRecordState): MaybeProblem {
  const continued = Object.values(state.requests).some(
    (r) => r.kind === LeaveKind.CLTN && r.subKind !== LeaveSubKind.PERPANJANGAN_CLTN && GRANTED_STATUSES.includes(r.status) && addCalendarDays(r.endDate, 1) === leave.startDate,
  );
  return !continued && problem(LeaveRule.CLTN_EXTENSION_INVALID, 'Perpanjangan CLTN harus menyambung CLTN yang disetujui (mulai sehari setelah berakhir)');
}

function overlapProblem(leave: DatedLeave, state: LeaveRecordState): MaybeProblem {
  const clash = Object.values(state.requests).find(
    (r) => r.requestId !== leave.requestId && (GRANTED_STATUSES.includes(r.status) || PENDING_STATUSES.includes(r.status)) && r.startDate <= leave.endDate && leave.startDate <= r.endDate,
  );
  return !!clash && problem(LeaveRule.OVERLAP, `Bertumpang tindih dengan cuti ${clash.kind} ${clash.startDate}–${clash.endDate} (${clash.requestId})`);
}

function withoutRequest(state: LeaveRecordState, requestId: string): LeaveRecordState {
  if (!state.requests[requestId]) return state;
  const { [requestId]: _dropped, ...rest } = state.requests;
  return { ...state, requests: rest };
}
