import { isAtLeast, Predikat } from '../../shared';

/**
 * Penghargaan kinerja (PP 30/2019 names it as a follow-up of appraisal; UU 5/2014 ps. 82–83, PP
 * 11/2017 ps. 231–237): the criteria are not in statute [?], so they are policy data (DOMAIN §1.24):
 * the predikat in each of N consecutive closed annual evaluations, default SANGAT_BAIK in 2 years. A
 * year counts towards one award only.
 */
export interface AwardPolicy {
  readonly version: string;
  readonly award: string;
  readonly consecutiveYears: number;
  readonly minimum: Predikat;
}
export const AWARD_POLICY_2026: AwardPolicy = { version: 'penghargaan-kinerja/v1', award: 'PENGHARGAAN_KINERJA', consecutiveYears: 2, minimum: Predikat.SANGAT_BAIK };

/** The closed annual predikat of a year (null: no closed annual evaluation). */
export interface YearFact {
  readonly year: number;
  readonly predikat: Predikat | null;
}

/** The years the rule counts for `year`, when every one of them is closed at the minimum and none counted before. */
export function eligibleRun(year: number, facts: readonly YearFact[], counted: readonly number[], policy: AwardPolicy): number[] | null {
  const years = Array.from({ length: policy.consecutiveYears }, (_, i) => year - policy.consecutiveYears + 1 + i);
  const ok = years.every((y) => {
    const fact = facts.find((f) => f.year === y);
    return fact?.predikat != null && isAtLeast(fact.predikat, policy.minimum) && !counted.includes(y);
  });
  return ok ? years : null;
}
