import { addMonths, IsoDate } from '@kernel/calendar-date';
import { WorkingDayCalendar } from '@infrastructure/scheduling';
import { LengthLimit } from './leave-policy';
import { CountingUnit } from './leave.vocabulary';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar days from `from` to `to`, both included (1 for a single day). */
export function calendarDaysInclusive(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The length of leave from `start` to `end` (both included) as its kind counts it: working days
 * (cuti tahunan: Monday–Friday minus national holidays and cuti bersama, from the one working-day
 * calendar — a cuti bersama day inside a cuti tahunan costs nothing, DOMAIN.md §1.14) or calendar days.
 * A calendar that does not cover a year throws CALENDAR.YEAR_NOT_COVERED rather than guessing.
 */
export function countLeaveDays(counting: CountingUnit, start: IsoDate, end: IsoDate, calendar: WorkingDayCalendar): number {
  if (counting === CountingUnit.WORKING_DAYS) return (calendar.isWorkingDay(start) ? 1 : 0) + calendar.workingDaysBetween(start, end);
  return calendarDaysInclusive(start, end);
}

/** True when leave from `start` to `end`, counted `counted` in its kind's unit, stays within `limit` (null: none). */
export function withinLimit(limit: LengthLimit | null, start: IsoDate, end: IsoDate, counted: number): boolean {
  if (!limit) return true;
  switch (limit.unit) {
    case CountingUnit.CALENDAR_MONTHS:
      return end < addMonths(start, limit.amount);
    case CountingUnit.CALENDAR_DAYS:
      return calendarDaysInclusive(start, end) <= limit.amount;
    case CountingUnit.WORKING_DAYS:
      return counted <= limit.amount;
  }
}

/** The limit in words, for messages: "3 bulan", "45 hari kalender". */
export function limitLabel(limit: LengthLimit): string {
  const unit = { CALENDAR_MONTHS: 'bulan', CALENDAR_DAYS: 'hari kalender', WORKING_DAYS: 'hari kerja' }[limit.unit];
  return `${limit.amount} ${unit}`;
}
