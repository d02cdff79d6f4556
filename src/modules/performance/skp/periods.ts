import { problem, RuleProblem } from '@kernel/rules';
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
