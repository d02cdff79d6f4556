import { addMonths, IsoDate, isFirstOfMonth } from '@kernel/calendar-date';
import { compareGolongan, Golongan, nextGolongan } from '@modules/shared/golongan';
import { compareDuk, ListedPns } from './bkd-lists';
import { EDUCATION_CEILINGS_V1, EducationCeilingTable, educationCeiling } from './education';
import { blocksKp } from './hukdis';
import { MIN_YEARS_IN_PANGKAT, MIN_YEARS_IN_PANGKAT_JF, yearsInPangkat } from './kp-eligibility';
import { isKpPeriodMonth, KP_PERIODS_V1, KpPeriodCalendar } from './kp-periods';
import { sortableName } from './name-order';
import { checkSatyalancana, SATYALANCANA_CLASSES, SatyalancanaClass } from './satyalancana';

/**
 * The first KP period after `today`: the 1st of the first KP month of the calendar in force that lies
 * strictly after `today` (a period starting today is already being decided). April/October until
 * 2024, every month from 2025 (kp-periods.ts, DOMAIN.md §1.6).
 */
export function nextKpPeriod(today: IsoDate, calendar: KpPeriodCalendar = KP_PERIODS_V1): IsoDate {
  let candidate = addMonths(`${today.slice(0, 7)}-01`, 1);
  // Twelve months always hold a period in any calendar that has one; 24 bounds a malformed calendar.
  for (let i = 0; i < 24 && !isKpPeriodMonth(candidate, calendar); i++) candidate = addMonths(candidate, 1);
  return candidate;
}

/** True when `date` is the first day of a KP period month. */
export function isKpPeriod(date: IsoDate, calendar: KpPeriodCalendar = KP_PERIODS_V1): boolean {
  return isFirstOfMonth(date) && isKpPeriodMonth(date, calendar);
}

export interface KpDue {
  readonly pns: ListedPns;
  readonly toGolongan: Golongan;
  /** Completed years in the current pangkat at the period. */
  readonly yearsInPangkat: number;
  /** A jabatan fungsional holder: 2 years and angka kredit instead of 4 years. */
  readonly jf: boolean;
}

/**
 * KP Reguler falling due at `period` (DOMAIN checklist 4), from what the record holds: enough years in
 * the pangkat (4, or 2 for JF), a next golongan within the education ceiling, no hukuman disiplin in
 * force on the period. The SKP predikat of the two years before, the atasan's pangkat and a JF's angka
 * kredit are not in the record: `promoteEmployee` checks them when the KP is decided. In DUK order.
 */
export function kpDue(pns: readonly ListedPns[], period: IsoDate, ceilings: EducationCeilingTable = EDUCATION_CEILINGS_V1): KpDue[] {
  return [...pns]
    .sort(compareDuk)
    .flatMap((p) => {
      const toGolongan = nextGolongan(p.golongan);
      if (!toGolongan || compareGolongan(toGolongan, educationCeiling(p.education, ceilings)) > 0) return [];
      const jf = p.jenisJabatan?.startsWith('JF_') ?? false;
      const years = yearsInPangkat(p.golonganTmt, period);
      if (years < (jf ? MIN_YEARS_IN_PANGKAT_JF : MIN_YEARS_IN_PANGKAT)) return [];
      if (p.hukdis.some((h) => blocksKp(h, period))) return [];
      return [{ pns: p, toGolongan, yearsInPangkat: years, jf }];
    });
}

export interface SatyalancanaDue {
  readonly pns: ListedPns;
  readonly awardClass: SatyalancanaClass;
  readonly serviceYears: number;
  /** A nomination for this class is already waiting for the human decision. */
  readonly nominationPending: boolean;
}

/**
 * PNS who qualify for a Satyalancana Karya Satya class on `asOf` (DOMAIN checklist 21, the same rule
 * as `proposeAward`): the highest class earned above those conferred, with no sedang/berat hukdis in
 * the record. Highest class first, then the longest service, then the name as filed.
 */
export function satyalancanaDue(pns: readonly ListedPns[], asOf: IsoDate): SatyalancanaDue[] {
  return pns
    .flatMap((p) => {
      const checked = checkSatyalancana({ tmtCpns: p.tmt, asOf, hukdis: p.hukdis, awarded: p.awards });
      if (!checked.ok) return [];
      const { awardClass, serviceYears } = checked.value;
      return [{ pns: p, awardClass, serviceYears, nominationPending: p.pendingAwards.includes(awardClass) }];
    })
    .sort((a, b) => classRank(b.awardClass) - classRank(a.awardClass) || b.serviceYears - a.serviceYears || a.pns.tmt.localeCompare(b.pns.tmt) || sortableName(a.pns.name).localeCompare(sortableName(b.pns.name)));
}

function classRank(awardClass: SatyalancanaClass): number {
  return SATYALANCANA_CLASSES.indexOf(awardClass);
}
