import { IsoDate, fullMonthsBetween, fullYearsBetween } from '@kernel/calendar-date';
import { HukdisRecord, disqualifiesSatyalancana } from './hukdis';
import { Checked, RuleProblem, problem } from '@kernel/rules';

/** Satyalancana Karya Satya (long-service medal) classes: X bronze, XX silver, XXX gold. */
export const SatyalancanaClass = { X: 'X', XX: 'XX', XXX: 'XXX' } as const;
export type SatyalancanaClass = (typeof SatyalancanaClass)[keyof typeof SatyalancanaClass];

/** Lowest to highest. */
export const SATYALANCANA_CLASSES: readonly SatyalancanaClass[] = Object.values(SatyalancanaClass);

// PP 25/1994; UU 20/2009: 10 / 20 / 30 years of continuous service counted from TMT CPNS.
export const SATYALANCANA_MIN_SERVICE_YEARS: Readonly<Record<SatyalancanaClass, number>> = { X: 10, XX: 20, XXX: 30 };

export const AwardRule = {
  SERVICE_YEARS_NOT_MET: 'PERSONNEL.AWARD_SERVICE_YEARS_NOT_MET',
  DISQUALIFIED_BY_HUKDIS: 'PERSONNEL.AWARD_DISQUALIFIED_BY_HUKDIS',
  ALL_CLASSES_AWARDED: 'PERSONNEL.AWARD_ALL_CLASSES_AWARDED',
} as const;

export interface SatyalancanaInput {
  /** TMT CPNS: the start of service (NIP digits 9–14 for NIP holders). */
  readonly tmtCpns: IsoDate;
  readonly asOf: IsoDate;
  /** The whole service record, not only punishments in force. */
  readonly hukdis: readonly Pick<HukdisRecord, 'hukdisType' | 'level'>[];
  readonly awarded: readonly SatyalancanaClass[];
}

export interface SatyalancanaEligibility {
  readonly awardClass: SatyalancanaClass;
  readonly serviceYears: number;
}

/** Completed years of service from TMT CPNS to `asOf`. */
export function serviceYears(tmtCpns: IsoDate, asOf: IsoDate): number {
  return fullYearsBetween(tmtCpns, asOf);
}

/**
 * The highest class the service qualifies for, above every class already awarded (a lower class is
 * never proposed after a higher one), or every reason it cannot be proposed.
 */
export function checkSatyalancana(input: SatyalancanaInput): Checked<SatyalancanaEligibility> {
  const years = serviceYears(input.tmtCpns, input.asOf);
  const highestAwarded = Math.max(-1, ...input.awarded.map((c) => SATYALANCANA_CLASSES.indexOf(c)));
  const open = SATYALANCANA_CLASSES.slice(highestAwarded + 1);
  const problems: RuleProblem[] = [];
  const earned = open.filter((c) => years >= SATYALANCANA_MIN_SERVICE_YEARS[c]).pop();
  if (open.length === 0) {
    problems.push(problem(AwardRule.ALL_CLASSES_AWARDED, 'Satyalancana Karya Satya XXX, kelas tertinggi, sudah dianugerahkan'));
  } else if (!earned) {
    problems.push(serviceShortfall(open[0], input.tmtCpns, input.asOf));
  }
  problems.push(...hukdisDisqualification(input.hukdis));
  if (problems.length > 0 || !earned) return { ok: false, problems };
  return { ok: true, value: { awardClass: earned, serviceYears: years } };
}

function serviceShortfall(next: SatyalancanaClass, tmtCpns: IsoDate, asOf: IsoDate): RuleProblem {
  const months = Math.max(0, fullMonthsBetween(tmtCpns, asOf));
  const served = `${Math.floor(months / 12)} year(s) ${months % 12} month(s)`;
  return problem(AwardRule.SERVICE_YEARS_NOT_MET, `Satyalancana Karya Satya ${next} memerlukan masa kerja ${SATYALANCANA_MIN_SERVICE_YEARS[next]} tahun sejak TMT CPNS ${tmtCpns}; baru ${served} tahun pada ${asOf}`);
}

/** The DISQUALIFIED_BY_HUKDIS problem when the record holds any sedang or berat punishment. */
export function hukdisDisqualification(hukdis: SatyalancanaInput['hukdis']): RuleProblem[] {
  const disqualifying = hukdis.filter(disqualifiesSatyalancana);
  if (disqualifying.length === 0) return [];
  const list = disqualifying.map((h) => `${h.hukdisType} (${h.level})`).join(', ');
  return [problem(AwardRule.DISQUALIFIED_BY_HUKDIS, `Riwayat pegawai memuat hukuman disiplin sedang atau berat: ${list}`)];
}
