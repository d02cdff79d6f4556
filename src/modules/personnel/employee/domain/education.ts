import { IsoDate } from '@kernel/calendar-date';
import { Golongan } from '@modules/shared/golongan';

/** Pendidikan (highest recognised education level) as SIASN groups it. */
export const Education = {
  SD: 'SD',
  SLTP: 'SLTP',
  SLTA: 'SLTA',
  D_I: 'D_I',
  D_II: 'D_II',
  D_III: 'D_III',
  D_IV: 'D_IV',
  S1: 'S1',
  S2: 'S2',
  S3: 'S3',
} as const;
export type Education = (typeof Education)[keyof typeof Education];

export const EDUCATION_ORDER: readonly Education[] = Object.values(Education);

export function isEducation(value: unknown): value is Education {
  return typeof value === 'string' && (EDUCATION_ORDER as readonly string[]).includes(value);
}

/** A versioned table of the highest golongan KP Reguler can reach for each education level. */
export interface EducationCeilingTable {
  /** Recorded in every promotion event that used the table. */
  readonly version: string;
  /** [M] The table applies to promotions with TMT on or after this date. */
  readonly effectiveFrom: IsoDate;
  readonly ceilings: Readonly<Record<Education, Golongan>>;
  /** Rows taken from a secondary source only: verify against the regulation text. */
  readonly unconfirmed: readonly Education[];
}

/**
 * PP 99/2000 jo. PP 12/2002 (Kep. Ka BKN 12/2002): KP Reguler stops at a ceiling set by education.
 * SD–S1/D-IV are in DOMAIN §1.6. S2 → IV/a and S3 → IV/b are [M]: secondary source only
 * (BKD Kab. Lebong's table citing PP 99/2000, http://bkdkableb0ng.blogspot.com/2014/11/info-bid-mutasi-tabel-kenaikan-pangkat.html),
 * which also lists Dokter/Apoteker with S2. effectiveFrom is a placeholder [M] covering every KP
 * the system records; no earlier table exists here.
 */
export const EDUCATION_CEILINGS_V1: EducationCeilingTable = {
  version: 'EDUCATION_CEILINGS_V1',
  effectiveFrom: '2000-01-01',
  ceilings: {
    SD: 'II_A',
    SLTP: 'II_C',
    SLTA: 'III_B',
    D_I: 'III_B',
    D_II: 'III_B',
    D_III: 'III_C',
    D_IV: 'III_D',
    S1: 'III_D',
    S2: 'IV_A',
    S3: 'IV_B',
  },
  unconfirmed: ['S2', 'S3'],
};

export function educationCeiling(education: Education, table: EducationCeilingTable = EDUCATION_CEILINGS_V1): Golongan {
  return table.ceilings[education];
}
