import { IsoDate } from '@kernel/calendar-date';

/** The months in which a KP (kenaikan pangkat: promotion) may take effect, from a given date on. */
export interface KpPeriodEntry {
  readonly effectiveFrom: IsoDate;
  /** 1–12. */
  readonly months: readonly number[];
}

/** Versioned reference data: which months are KP periods, by date. Entries sorted by effectiveFrom. */
export interface KpPeriodCalendar {
  readonly version: string;
  readonly entries: readonly KpPeriodEntry[];
}

/**
 * KP periods: 1 April and 1 October until 2024; from 2025, every month (12 periods a year;
 * denpasar.bkn.go.id). The first entry covers every earlier date.
 */
export const KP_PERIODS_V1: KpPeriodCalendar = {
  version: 'KP_PERIODS_V1',
  entries: [
    { effectiveFrom: '0000-01-01', months: [4, 10] },
    { effectiveFrom: '2025-01-01', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
  ],
};

/** True when `tmt` falls in a KP period month of the calendar in force on that date. */
export function isKpPeriodMonth(tmt: IsoDate, calendar: KpPeriodCalendar = KP_PERIODS_V1): boolean {
  const entry = [...calendar.entries].reverse().find((e) => e.effectiveFrom <= tmt);
  return entry !== undefined && entry.months.includes(Number(tmt.slice(5, 7)));
}
