import { IsoDate, addMonths } from '@kernel/calendar-date';

/** Tingkat hukuman disiplin (PP 94/2021): level of a disciplinary punishment. */
export const HukdisLevel = { RINGAN: 'RINGAN', SEDANG: 'SEDANG', BERAT: 'BERAT' } as const;
export type HukdisLevel = (typeof HukdisLevel)[keyof typeof HukdisLevel];

/** Jenis hukuman disiplin (PP 94/2021): the punishment itself. */
export const HukdisType = {
  /** Teguran lisan: oral reprimand. */
  TEGURAN_LISAN: 'TEGURAN_LISAN',
  /** Teguran tertulis: written reprimand. */
  TEGURAN_TERTULIS: 'TEGURAN_TERTULIS',
  /** Pernyataan tidak puas secara tertulis: written statement of dissatisfaction. */
  PERNYATAAN_TIDAK_PUAS: 'PERNYATAAN_TIDAK_PUAS',
  /** Tukin (performance allowance) cut 25% for 6 months. */
  POTONG_TUKIN_25_6BLN: 'POTONG_TUKIN_25_6BLN',
  POTONG_TUKIN_25_9BLN: 'POTONG_TUKIN_25_9BLN',
  POTONG_TUKIN_25_12BLN: 'POTONG_TUKIN_25_12BLN',
  /** Demotion one level below for 12 months. */
  TURUN_JABATAN_12BLN: 'TURUN_JABATAN_12BLN',
  /** Released from the position to a jabatan pelaksana for 12 months. */
  BEBAS_JABATAN_PELAKSANA_12BLN: 'BEBAS_JABATAN_PELAKSANA_12BLN',
  /** Pemberhentian dengan hormat tidak atas permintaan sendiri: honourable dismissal. */
  PDH_TAPS: 'PDH_TAPS',
} as const;
export type HukdisType = (typeof HukdisType)[keyof typeof HukdisType];

export interface HukdisRule {
  readonly level: HukdisLevel;
  /** How long the punishment runs from `effectiveFrom`; 0 = takes effect and is done; null = ends employment (permanent). */
  readonly durationMonths: number | null;
}

export interface HukdisTable {
  readonly version: string;
  readonly types: Readonly<Record<HukdisType, HukdisRule>>;
}

/**
 * PP 94/2021: levels and the durations the regulation names. RINGAN punishments have no duration
 * in the regulation; giving them 0 months (so they never block a KP) is policy [M]. PDH_TAPS ends
 * employment: it is open-ended, and the dismissal itself is recorded as a retirement (kind PDH).
 */
export const HUKDIS_V1: HukdisTable = {
  version: 'HUKDIS_V1',
  types: {
    TEGURAN_LISAN: { level: 'RINGAN', durationMonths: 0 },
    TEGURAN_TERTULIS: { level: 'RINGAN', durationMonths: 0 },
    PERNYATAAN_TIDAK_PUAS: { level: 'RINGAN', durationMonths: 0 },
    POTONG_TUKIN_25_6BLN: { level: 'SEDANG', durationMonths: 6 },
    POTONG_TUKIN_25_9BLN: { level: 'SEDANG', durationMonths: 9 },
    POTONG_TUKIN_25_12BLN: { level: 'SEDANG', durationMonths: 12 },
    TURUN_JABATAN_12BLN: { level: 'BERAT', durationMonths: 12 },
    BEBAS_JABATAN_PELAKSANA_12BLN: { level: 'BERAT', durationMonths: 12 },
    PDH_TAPS: { level: 'BERAT', durationMonths: null },
  },
};

export const HUKDIS_TYPES: readonly HukdisType[] = Object.values(HukdisType);

export function isHukdisType(value: unknown): value is HukdisType {
  return typeof value === 'string' && (HUKDIS_TYPES as readonly string[]).includes(value);
}

export function levelOf(type: HukdisType, table: HukdisTable = HUKDIS_V1): HukdisLevel {
  return table.types[type].level;
}

/** A punishment as the employee's record holds it. */
export interface HukdisRecord {
  readonly hukdisType: HukdisType;
  readonly level: HukdisLevel;
  readonly effectiveFrom: IsoDate;
  /** Exclusive end: the first day it no longer applies. null = open-ended (PDH_TAPS). */
  readonly activeUntil: IsoDate | null;
}

/** The first day the punishment no longer applies (equal to `effectiveFrom` for 0 months). */
export function activeUntil(record: Pick<HukdisRecord, 'hukdisType' | 'effectiveFrom'>, table: HukdisTable = HUKDIS_V1): IsoDate | null {
  const months = table.types[record.hukdisType].durationMonths;
  return months === null ? null : addMonths(record.effectiveFrom, months);
}

/** In force on `date`: from `effectiveFrom` (inclusive) to `activeUntil` (exclusive). */
export function isActiveOn(record: Pick<HukdisRecord, 'effectiveFrom' | 'activeUntil'>, date: IsoDate): boolean {
  return record.effectiveFrom <= date && (record.activeUntil === null || date < record.activeUntil);
}

/** Any punishment in force on the promotion TMT blocks a KP (DOMAIN checklist 20). */
export function blocksKp(record: Pick<HukdisRecord, 'effectiveFrom' | 'activeUntil'>, tmt: IsoDate): boolean {
  return isActiveOn(record, tmt);
}

// PP 25/1994: Satyalancana Karya Satya needs a service record free of sedang or berat punishment.
export function disqualifiesSatyalancana(record: Pick<HukdisRecord, 'level'>): boolean {
  return record.level !== HukdisLevel.RINGAN;
}
