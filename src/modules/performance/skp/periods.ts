import { problem, RuleProblem } from '@kernel/rules';
import { EvaluationRule } from '../evaluation/evaluation.rules';
import { PerformanceRule as R } from '../performance.rules';

/**
 * Evaluation periods of an SKP year (checklist 10): the year itself (`2026`, tahunan) and the periodic
 * ones — quarterly `2026-Q1`…`Q4` (the default), semesters `2026-S1`/`S2`, months `2026-01`…`12`.
 * Which periodic kind an instansi uses is policy; every well-formed period of the year is accepted here.
 */
const PERIOD = /^(\d{4})(?:-(Q[1-4]|S[12]|0[1-9]|1[0-2]))?$/;

export function isAnnual(period: string): boolean {
  return /^\d{4}$/.test(period);
}

export function periodProblems(period: string, year: number): RuleProblem[] {
  const match = PERIOD.exec(period);
  if (!match || Number(match[1]) !== year) return [problem(R.PERIOD_INVALID, `Periode ${period} bukan periode tahun ${year} (YYYY, YYYY-Qn, YYYY-Sn atau YYYY-MM)`)];
  return [];
}

/** The months a period covers: `2026-Q2` → 4–6, `2026-S2` → 7–12, `2026-03` → 3–3, `2026` → 1–12. */
export function periodMonths(period: string): { from: number; to: number } {
  const tail = period.slice(5);
  if (isAnnual(period)) return { from: 1, to: 12 };
  if (tail.startsWith('Q')) {
    const q = Number(tail.slice(1));
    return { from: q * 3 - 2, to: q * 3 };
  }
  if (tail.startsWith('S')) return tail === 'S1' ? { from: 1, to: 6 } : { from: 7, to: 12 };
  return { from: Number(tail), to: Number(tail) };
}

/** The days a period covers: `2026` the year, `2026-Q2` April–June, `2028-02` 1–29 February. */
export function periodRange(period: string): { start: string; end: string } {
  const year = Number(period.slice(0, 4));
  const { from, to } = periodMonths(period);
  // Day 0 of the month after the period's last month is its last day (leap Februaries included).
  const end = new Date(Date.UTC(year, to, 0)).toISOString().slice(0, 10);
  return { start: `${year}-${String(from).padStart(2, '0')}-01`, end };
}

/**
 * The last day (YYYY-MM-DD, a calendar date in Asia/Jakarta) of a well-formed period: `2026-Q4` →
 * 2026-12-31, `2028-02` → 2028-02-29, `2026` → 2026-12-31. A period is rated from this day on
 * (checked against `jakartaDate` of the command's instant).
 */
export function periodLastDay(period: string): string {
  if (!PERIOD.test(period)) throw new Error(`Not a period: ${period}`);
  return periodRange(period).end;
}

/**
 * A period is judged once it has ended (PermenPANRB 6/2022 ps. 5, stage 3 rates a period's results):
 * from its last day on [M]. `today` is the Jakarta calendar day of the command's instant; `what` names
 * the act ("penilaian", "penetapan predikat").
 */
export function periodEndProblem(period: string, today: string, what: string): RuleProblem | false {
  const lastDay = periodLastDay(period);
  return today < lastDay && problem(EvaluationRule.PERIOD_NOT_ENDED, `Periode ${period} belum berakhir: ${what} dapat dilakukan mulai ${lastDay}, hari terakhir periode`);
}

