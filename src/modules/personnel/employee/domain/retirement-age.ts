import { addMonths, addYears, fullYearsBetween, IsoDate, toIsoDate } from '@kernel/calendar-date';
import { JenisJabatan } from '@modules/organisation';

/**
 * Batas usia pensiun (BUP, retirement age) by jenis jabatan, DOMAIN.md §1.16: PP 11/2017 ps. 239 and
 * UU 20/2023 ps. 55 — the stricter reading of both: 58 for administrator, pengawas, pelaksana and JF
 * ahli muda/pertama and keterampilan; 60 for JPT and JF ahli madya; 65 for JF ahli utama. Versioned
 * policy data: a change of the law is a new version, and a retirement records the version it used.
 */
export interface BupPolicy {
  readonly version: string;
  readonly legalBasis: string;
  readonly ageByJenis: Readonly<Record<JenisJabatan, number>>;
}

export const BUP_POLICY: BupPolicy = {
  version: 'BUP-2023',
  legalBasis: 'PP 11/2017 ps. 239; UU 20/2023 ps. 55',
  ageByJenis: {
    [JenisJabatan.JPT_MADYA]: 60,
    [JenisJabatan.JPT_PRATAMA]: 60,
    [JenisJabatan.ADMINISTRATOR]: 58,
    [JenisJabatan.PENGAWAS]: 58,
    [JenisJabatan.PELAKSANA]: 58,
    [JenisJabatan.JF_AHLI_UTAMA]: 65,
    [JenisJabatan.JF_AHLI_MADYA]: 60,
    [JenisJabatan.JF_AHLI_MUDA]: 58,
    [JenisJabatan.JF_AHLI_PERTAMA]: 58,
    [JenisJabatan.JF_PENYELIA]: 58,
    [JenisJabatan.JF_MAHIR]: 58,
    [JenisJabatan.JF_TERAMPIL]: 58,
    [JenisJabatan.JF_PEMULA]: 58,
  },
};

/**
 * The day a PNS retires at BUP: the first day of the month after the BUP birthday ([M — verify],
 * DOMAIN.md §1.16). Born 29 February: the birthday in a common year is 1 March (addYears), so the
 * retirement is 1 April.
 */
export function bupRetirementDate(birthDate: IsoDate, bupAge: number): IsoDate {
  const birthday = addYears(birthDate, bupAge);
  const [year, month] = birthday.split('-').map(Number);
  return addMonths(toIsoDate(year, month, 1), 1);
}

/**
 * [M] Pensiun atas permintaan sendiri with a pension (pensiun dini): at least 45 years old and 20
 * years of service on the effective date (UU 11/1969 ps. 9 as practised by BKN; DOMAIN.md does not
 * carry it yet). Younger or shorter careers end as PDH at one's own request, without a pension.
 */
export const APS_MINIMUM = { age: 45, masaKerjaYears: 20 } as const;

export function apsConditionsMet(birthDate: IsoDate, tmt: IsoDate, effectiveDate: IsoDate): boolean {
  return fullYearsBetween(birthDate, effectiveDate) >= APS_MINIMUM.age && fullYearsBetween(tmt, effectiveDate) >= APS_MINIMUM.masaKerjaYears;
}
