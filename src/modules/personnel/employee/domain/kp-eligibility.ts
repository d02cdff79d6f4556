import { IsoDate, fullYearsBetween, isFirstOfMonth, yearOf } from '@kernel/calendar-date';
import { EDUCATION_CEILINGS_V1, Education, EducationCeilingTable, educationCeiling } from './education';
import { GOLONGAN_INFO, Golongan, compareGolongan, nextGolongan } from '@modules/shared/golongan';
import { HukdisRecord, blocksKp } from './hukdis';
import { KP_PERIODS_V1, KpPeriodCalendar, isKpPeriodMonth } from './kp-periods';
import { Predikat, YearPredikat, isAtLeast } from '@modules/shared/predikat';
import { RuleProblem, problem } from '@kernel/rules';

export const KpRule = {
  MIN_YEARS_IN_PANGKAT: 'PERSONNEL.KP_MIN_YEARS_IN_PANGKAT',
  ANGKA_KREDIT_NOT_MET: 'PERSONNEL.KP_ANGKA_KREDIT_NOT_MET',
  PREDIKAT_BELOW_BAIK: 'PERSONNEL.KP_PREDIKAT_BELOW_BAIK',
  ACTIVE_HUKDIS: 'PERSONNEL.KP_ACTIVE_HUKDIS',
  ABOVE_SUPERIOR: 'PERSONNEL.KP_ABOVE_SUPERIOR',
  ABOVE_EDUCATION_CEILING: 'PERSONNEL.KP_ABOVE_EDUCATION_CEILING',
  NOT_NEXT_GOLONGAN: 'PERSONNEL.KP_NOT_NEXT_GOLONGAN',
  MAX_GOLONGAN: 'PERSONNEL.KP_MAX_GOLONGAN',
  TMT_NOT_FIRST_OF_MONTH: 'PERSONNEL.KP_TMT_NOT_FIRST_OF_MONTH',
  TMT_NOT_IN_PERIOD: 'PERSONNEL.KP_TMT_NOT_IN_PERIOD',
  /** A recorded predikat for a year the performance module holds: that year comes from closed evaluations. */
  PREDIKAT_RECORDED_IN_SYSTEM_YEAR: 'PERSONNEL.KP_PREDIKAT_RECORDED_IN_SYSTEM_YEAR',
  PREDIKAT_LEGAL_BASIS_REQUIRED: 'PERSONNEL.KP_PREDIKAT_LEGAL_BASIS_REQUIRED',
} as const;

/**
 * [M] Declares that the atasan langsung (direct superior) is not a PNS — e.g. a Sekda reporting to
 * the Wali Kota — so "not above the superior's pangkat" has nothing to compare with.
 */
export const NO_PNS_SUPERIOR = 'NO_PNS_SUPERIOR';
/** The superior's golongan; `null` when not known (the rule is then unmet, never skipped silently). */
export type SuperiorGolongan = Golongan | typeof NO_PNS_SUPERIOR | null;

/** Jabatan fungsional (functional position) facts; JF holders also need their angka kredit (credit points). */
export interface JfFacts {
  readonly isJf: boolean;
  readonly angkaKreditMet: boolean;
}

export interface KpRegulerInput {
  readonly currentGolongan: Golongan;
  readonly currentGolonganTmt: IsoDate;
  readonly toGolongan: Golongan;
  /** TMT (effective date) of the promotion. */
  readonly tmt: IsoDate;
  readonly predikat: readonly YearPredikat[];
  readonly hukdis: readonly Pick<HukdisRecord, 'hukdisType' | 'effectiveFrom' | 'activeUntil'>[];
  readonly superiorGolongan: SuperiorGolongan;
  readonly education: Education;
  readonly jf: JfFacts;
  readonly educationCeilings?: EducationCeilingTable;
  readonly kpPeriods?: KpPeriodCalendar;
}

// PP 99/2000 jo. PP 12/2002: KP Reguler after 4 years in the pangkat; JF holders after 2 years with angka kredit.
export const MIN_YEARS_IN_PANGKAT = 4;
export const MIN_YEARS_IN_PANGKAT_JF = 2;

/** Completed years in the current pangkat at the promotion TMT. */
export function yearsInPangkat(currentGolonganTmt: IsoDate, tmt: IsoDate): number {
  return fullYearsBetween(currentGolonganTmt, tmt);
}

/** Every unmet KP Reguler rule (DOMAIN checklist 4); empty when the promotion may be granted. */
export function checkKpReguler(input: KpRegulerInput): RuleProblem[] {
  return [
    ...tmtProblems(input.tmt, input.kpPeriods ?? KP_PERIODS_V1),
    ...stepProblems(input.currentGolongan, input.toGolongan),
    ...tenureProblems(input),
    ...predikatProblems(input.predikat, yearOf(input.tmt)),
    ...hukdisProblems(input.hukdis, input.tmt),
    ...superiorProblems(input.toGolongan, input.superiorGolongan),
    ...educationProblems(input.toGolongan, input.education, input.educationCeilings ?? EDUCATION_CEILINGS_V1),
  ];
}

function tmtProblems(tmt: IsoDate, calendar: KpPeriodCalendar): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (!isFirstOfMonth(tmt)) problems.push(problem(KpRule.TMT_NOT_FIRST_OF_MONTH, `KP berlaku mulai tanggal 1 suatu bulan; ${tmt} bukan tanggal 1`));
  if (!isKpPeriodMonth(tmt, calendar)) problems.push(problem(KpRule.TMT_NOT_IN_PERIOD, `${tmt.slice(0, 7)} bukan periode KP (${calendar.version})`));
  return problems;
}

function stepProblems(current: Golongan, to: Golongan): RuleProblem[] {
  const next = nextGolongan(current);
  if (!next) return [problem(KpRule.MAX_GOLONGAN, `${GOLONGAN_INFO[current].label} sudah golongan tertinggi`)];
  if (to !== next) {
    return [problem(KpRule.NOT_NEXT_GOLONGAN, `KP Reguler naik satu tingkat, ${GOLONGAN_INFO[current].label} → ${GOLONGAN_INFO[next].label}, bukan ke ${GOLONGAN_INFO[to].label}`)];
  }
  return [];
}

function tenureProblems(input: KpRegulerInput): RuleProblem[] {
  const minimum = input.jf.isJf ? MIN_YEARS_IN_PANGKAT_JF : MIN_YEARS_IN_PANGKAT;
  const years = yearsInPangkat(input.currentGolonganTmt, input.tmt);
  const problems: RuleProblem[] = [];
  if (years < minimum) {
    problems.push(problem(KpRule.MIN_YEARS_IN_PANGKAT, `Masa kerja dalam pangkat sekarang ${years} tahun penuh pada ${input.tmt}; paling sedikit ${minimum} tahun`));
  }
  if (input.jf.isJf && !input.jf.angkaKreditMet) {
    problems.push(problem(KpRule.ANGKA_KREDIT_NOT_MET, 'Angka kredit yang disyaratkan untuk pangkat berikutnya belum terpenuhi'));
  }
  return problems;
}

// SKP predikat of the two years before the promotion year must both be Baik or better; a missing year is unmet.
function predikatProblems(predikat: readonly YearPredikat[], promotionYear: number): RuleProblem[] {
  const shortfalls = [promotionYear - 1, promotionYear - 2].flatMap((year) => {
    const ratings = predikat.filter((p) => p.year === year).map((p) => p.predikat);
    if (ratings.length === 0) return [`${year}: predikat tahun ini tidak diberikan (${suppliedYears(predikat)})`];
    const worst = ratings.find((r) => !isAtLeast(r, Predikat.BAIK));
    return worst ? [`${year}: ${worst}`] : [];
  });
  if (shortfalls.length === 0) return [];
  return [problem(KpRule.PREDIKAT_BELOW_BAIK, `Predikat SKP dua tahun sebelum tahun KP (${promotionYear - 2} dan ${promotionYear - 1}) harus BAIK atau lebih: ${shortfalls.join('; ')}`)];
}

function hukdisProblems(hukdis: KpRegulerInput['hukdis'], tmt: IsoDate): RuleProblem[] {
  const active = hukdis.filter((h) => blocksKp(h, tmt));
  if (active.length === 0) return [];
  const list = active.map((h) => `${h.hukdisType} until ${h.activeUntil ?? 'further notice'}`).join(', ');
  return [problem(KpRule.ACTIVE_HUKDIS, `Pegawai sedang menjalani hukuman disiplin pada ${tmt}: ${list}`)];
}

// PP 99/2000 jo. PP 12/2002: the new pangkat may not exceed the atasan langsung's pangkat.
function superiorProblems(to: Golongan, superior: SuperiorGolongan): RuleProblem[] {
  if (superior === NO_PNS_SUPERIOR) return [];
  if (superior === null) {
    return [problem(KpRule.ABOVE_SUPERIOR, 'Golongan atasan langsung tidak diketahui, sehingga tidak dapat dipastikan bahwa KP ini tidak melampauinya (isi superiorGolongan)')];
  }
  if (compareGolongan(to, superior) > 0) {
    return [problem(KpRule.ABOVE_SUPERIOR, `${GOLONGAN_INFO[to].label} akan melampaui golongan atasan langsung ${GOLONGAN_INFO[superior].label}`)];
  }
  return [];
}

function educationProblems(to: Golongan, education: Education, table: EducationCeilingTable): RuleProblem[] {
  const ceiling = educationCeiling(education, table);
  if (compareGolongan(to, ceiling) <= 0) return [];
  return [problem(KpRule.ABOVE_EDUCATION_CEILING, `${GOLONGAN_INFO[to].label} di atas batas tertinggi KP Reguler ${GOLONGAN_INFO[ceiling].label} untuk pendidikan ${education} (${table.version})`)];
}

function suppliedYears(predikat: readonly YearPredikat[]): string {
  const years = [...new Set(predikat.map((p) => p.year))].sort();
  return years.length === 0 ? 'tidak ada predikat yang diberikan' : `yang diberikan: tahun ${years.join(', ')}`;
}
