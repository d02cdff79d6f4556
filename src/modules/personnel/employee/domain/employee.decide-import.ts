import { isIsoDate, isIsoTimestamp } from '@kernel/calendar-date';
import { DomainRuleViolation } from '@kernel/errors';
import { dateProblems, problem, refuseIfAny, requiredTextProblems, RuleProblem, valueProblems } from '@kernel/rules';
import { GOLONGAN_ORDER, GOLONGAN_PPPK_ORDER } from '@modules/shared/golongan';
import { legalBasisProblems } from '@modules/shared/legal-basis';
import { CareerHistory, ImportEmployee, PastEducation, PastGolongan, PastHukdis, PastPosition } from './career-history.commands';
import { EDUCATION_ORDER, isEducation } from './education';
import { EmploymentType } from './employment';
import { RegisterEmployee } from './employee.commands';
import { hukdisProblems } from './employee.decide-career';
import { decideRegister, IdentityRule } from './employee.decide-identity';
import { EmployeeEvent } from './employee.events';
import { EmployeeState } from './employee.state';
import { HUKDIS_V1, activeUntil, levelOf } from './hukdis';

export const HistoryRule = {
  /** A riwayat entry dated before the employment started (TMT CPNS / first PPPK contract). */
  HISTORY_BEFORE_EMPLOYMENT: 'PERSONNEL.HISTORY_BEFORE_EMPLOYMENT',
  /** A riwayat golongan or jabatan not before the current golongan / jabatan it led to. */
  HISTORY_NOT_BEFORE_CURRENT: 'PERSONNEL.HISTORY_NOT_BEFORE_CURRENT',
  /** Riwayat golongan that does not rise with time up to the current golongan. */
  HISTORY_GOLONGAN_ORDER: 'PERSONNEL.HISTORY_GOLONGAN_ORDER',
  /** Two riwayat entries of one kind on the same TMT. */
  HISTORY_DUPLICATE_TMT: 'PERSONNEL.HISTORY_DUPLICATE_TMT',
  /** A past education above the record's (the record holds the highest, pendidikan terakhir). */
  HISTORY_EDUCATION_ABOVE_CURRENT: 'PERSONNEL.HISTORY_EDUCATION_ABOVE_CURRENT',
} as const;

/**
 * The registration exactly as RegisterEmployee decides it, plus the riwayat: every problem of both
 * is named in one refusal, and a row is written whole or not at all.
 */
export function decideImport(command: ImportEmployee, state: EmployeeState): EmployeeEvent[] {
  const { registration, history } = command;
  let registered: EmployeeEvent[] = [];
  const problems: RuleProblem[] = [];
  try {
    registered = decideRegister(registration, state);
  } catch (error) {
    if (!(error instanceof DomainRuleViolation)) throw error;
    problems.push(...error.violations);
  }
  refuseIfAny([...problems, ...historyProblems(registration, history)]);
  return [...registered, ...historyEvents(registration, history)];
}

/** Every problem of the riwayat, judged against the registration's current values. */
export function historyProblems(registration: RegisterEmployee, history: CareerHistory): RuleProblem[] {
  const recordDay = isIsoTimestamp(registration.registeredAt) ? registration.registeredAt.slice(0, 10) : null;
  const start = isIsoDate(registration.tmt) ? registration.tmt : null;
  const dated = (what: string, field: string, date: string): RuleProblem[] => {
    if (!isIsoDate(date)) return dateProblems({ [`${what} ${field}`]: date });
    return [
      ...(start && date < start ? [problem(HistoryRule.HISTORY_BEFORE_EMPLOYMENT, `${what}: ${field} ${date} mendahului TMT pengangkatan ${start}`)] : []),
      ...(recordDay && date > recordDay ? [problem(IdentityRule.TMT_AFTER_RECORD_DATE, `${what}: ${field} ${date} sesudah tanggal pencatatan ${recordDay}`)] : []),
    ];
  };
  return [
    ...golonganProblems(registration, history.golongan, dated),
    ...positionProblems(registration, history.positions, dated),
    ...educationProblems(registration, history.education, recordDay),
    ...pastHukdisProblems(history.hukdis, dated),
  ];
}

type Dated = (what: string, field: string, date: string) => RuleProblem[];

function golonganProblems(registration: RegisterEmployee, entries: readonly PastGolongan[], dated: Dated): RuleProblem[] {
  const order: readonly string[] = registration.employmentType === EmploymentType.PNS ? GOLONGAN_ORDER : GOLONGAN_PPPK_ORDER;
  const problems: RuleProblem[] = [];
  entries.forEach((entry, i) => {
    const what = `riwayat golongan ${i + 1} (${entry.golongan})`;
    if (!order.includes(entry.golongan)) problems.push(problem(IdentityRule.GOLONGAN_NOT_OF_EMPLOYMENT_TYPE, `${what}: bukan golongan ${registration.employmentType}`));
    problems.push(...dated(what, 'TMT', entry.tmt), ...optionalLegalBasisProblems(what, entry.legalBasis));
    if (isIsoDate(entry.tmt) && isIsoDate(registration.golonganTmt) && entry.tmt >= registration.golonganTmt) {
      problems.push(problem(HistoryRule.HISTORY_NOT_BEFORE_CURRENT, `${what}: TMT ${entry.tmt} tidak sebelum TMT golongan sekarang ${registration.golonganTmt}`));
    }
  });
  problems.push(...duplicateTmtProblems('riwayat golongan', entries.map((e) => e.tmt)));
  // Sorted by TMT, each golongan is above the one before, and the current golongan above them all.
  const known = entries.filter((e) => order.includes(e.golongan) && isIsoDate(e.tmt)).sort((a, b) => a.tmt.localeCompare(b.tmt));
  const ranks = [...known.map((e) => order.indexOf(e.golongan)), ...(order.includes(registration.golongan) ? [order.indexOf(registration.golongan)] : [])];
  if (ranks.some((rank, i) => i > 0 && rank <= ranks[i - 1])) {
    const path = [...known.map((e) => `${e.golongan} (${e.tmt})`), `${registration.golongan} (sekarang)`].join(' → ');
    problems.push(problem(HistoryRule.HISTORY_GOLONGAN_ORDER, `Riwayat golongan harus naik menurut TMT sampai golongan sekarang: ${path}`));
  }
  return problems;
}

function positionProblems(registration: RegisterEmployee, entries: readonly PastPosition[], dated: Dated): RuleProblem[] {
  const current = registration.positionTmt;
  // Past posts are ordered against the current one: without its TMT jabatan they cannot be.
  const problems: RuleProblem[] = entries.length > 0 && current === undefined ? requiredTextProblems({ 'positionTmt (TMT jabatan sekarang)': current }) : [];
  entries.forEach((entry, i) => {
    const what = `riwayat jabatan ${i + 1} (${entry.positionId})`;
    problems.push(...requiredTextProblems({ [`${what} unitId`]: entry.unitId, [`${what} positionId`]: entry.positionId }));
    problems.push(...dated(what, 'TMT', entry.tmt), ...optionalLegalBasisProblems(what, entry.legalBasis));
    if (current && isIsoDate(current) && isIsoDate(entry.tmt) && entry.tmt >= current) {
      problems.push(problem(HistoryRule.HISTORY_NOT_BEFORE_CURRENT, `${what}: TMT ${entry.tmt} tidak sebelum TMT jabatan sekarang ${current}`));
    }
  });
  return [...problems, ...duplicateTmtProblems('riwayat jabatan', entries.map((e) => e.tmt))];
}

function educationProblems(registration: RegisterEmployee, entries: readonly PastEducation[], recordDay: string | null): RuleProblem[] {
  const highest = EDUCATION_ORDER.indexOf(registration.education);
  return entries.flatMap((entry, i) => {
    const what = `riwayat pendidikan ${i + 1} (${entry.education})`;
    const valid = isEducation(entry.education);
    return [
      ...valueProblems({ [`${what} tingkat`]: valid }),
      ...(isIsoDate(entry.graduatedOn) ? [] : dateProblems({ [`${what} tanggal lulus`]: entry.graduatedOn })),
      ...(recordDay && isIsoDate(entry.graduatedOn) && entry.graduatedOn > recordDay
        ? [problem(IdentityRule.TMT_AFTER_RECORD_DATE, `${what}: tanggal lulus ${entry.graduatedOn} sesudah tanggal pencatatan ${recordDay}`)]
        : []),
      ...(valid && highest >= 0 && EDUCATION_ORDER.indexOf(entry.education) > highest
        ? [problem(HistoryRule.HISTORY_EDUCATION_ABOVE_CURRENT, `${what}: di atas pendidikan terakhir ${registration.education}`)]
        : []),
    ];
  });
}

/** The rules of RecordDisciplinaryAction, entry by entry (ids unique within the riwayat), plus the dates. */
function pastHukdisProblems(entries: readonly PastHukdis[], dated: Dated): RuleProblem[] {
  return entries.flatMap((entry, i) => {
    const what = `riwayat hukdis ${i + 1} (${entry.hukdisId})`;
    const earlier = entries.slice(0, i).map((h) => ({ ...h, level: levelOf(h.hukdisType), activeUntil: null }));
    const own = hukdisProblems(entry, { hukdis: earlier }).map((p) => problem(p.rule, `${what}: ${p.message}`));
    return [...own, ...(isIsoDate(entry.effectiveFrom) ? dated(what, 'TMT hukuman', entry.effectiveFrom) : []), ...(isIsoDate(entry.decidedAt) ? dated(what, 'tanggal SK', entry.decidedAt).filter((p) => p.rule !== HistoryRule.HISTORY_BEFORE_EMPLOYMENT) : [])];
  });
}

function optionalLegalBasisProblems(what: string, legalBasis: PastGolongan['legalBasis']): RuleProblem[] {
  if (legalBasis === undefined || legalBasis === null) return [];
  return legalBasisProblems(legalBasis).map((p) => problem(p.rule, `${what}: ${p.message}`));
}

function duplicateTmtProblems(what: string, tmts: readonly string[]): RuleProblem[] {
  const repeated = [...new Set(tmts.filter((tmt, i) => isIsoDate(tmt) && tmts.indexOf(tmt) !== i))];
  return repeated.length === 0 ? [] : [problem(HistoryRule.HISTORY_DUPLICATE_TMT, `${what}: lebih dari satu entri pada TMT ${repeated.join(', ')}`)];
}

function historyEvents(registration: RegisterEmployee, history: CareerHistory): EmployeeEvent[] {
  const { employeeId } = registration;
  const byDate = <T>(key: (t: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));
  return [
    ...[...history.golongan].sort(byDate((e) => e.tmt)).map(
      (e): EmployeeEvent => ({ type: 'personnel.PastGolonganRecorded', data: { employeeId, golongan: e.golongan, tmt: e.tmt, legalBasis: e.legalBasis ?? null } }),
    ),
    ...[...history.positions].sort(byDate((e) => e.tmt)).map(
      (e): EmployeeEvent => ({ type: 'personnel.PastPositionRecorded', data: { employeeId, unitId: e.unitId, positionId: e.positionId, tmt: e.tmt, legalBasis: e.legalBasis ?? null } }),
    ),
    ...[...history.education].sort(byDate((e) => e.graduatedOn)).map(
      (e): EmployeeEvent => ({ type: 'personnel.PastEducationRecorded', data: { employeeId, education: e.education, graduatedOn: e.graduatedOn, institution: e.institution?.trim() || null } }),
    ),
    ...[...history.hukdis].sort(byDate((e) => e.effectiveFrom)).map(
      (e): EmployeeEvent => ({
        type: 'personnel.DisciplinaryActionRecorded',
        data: {
          employeeId,
          hukdisId: e.hukdisId,
          hukdisType: e.hukdisType,
          level: levelOf(e.hukdisType),
          decidedAt: e.decidedAt,
          effectiveFrom: e.effectiveFrom,
          activeUntil: activeUntil(e),
          hukdisTable: HUKDIS_V1.version,
          legalBasis: e.legalBasis,
          description: e.description.trim(),
        },
      }),
    ),
  ];
}
