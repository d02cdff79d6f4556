import { jakartaDate, startOfJakartaDay, WorkingDayCalendar, workingDays } from '@infrastructure/scheduling';

/** LAPOR! (DOMAIN.md §1.4): verify and forward ≤ 3, follow up ≤ 5, close 10 hari kerja after a follow-up without reply. */
export const DEFAULT_SLA = { verifyDays: 3, followUpDays: 5, closeAfterDays: 10 } as const;

/**
 * The end (24:00 WIB) of the n-th working day after the WIB date of `fromIso` — the rule the platform
 * Deadlines use for `afterWorkingDays`. Weekends, national holidays and cuti bersama are skipped from
 * the versioned reference data; a year without data is refused (CALENDAR.YEAR_NOT_COVERED), never guessed.
 */
export function endOfWorkingDayAfter(fromIso: string, days: number, calendar: Pick<WorkingDayCalendar, 'addWorkingDays'> = workingDays): string {
  const last = calendar.addWorkingDays(jakartaDate(new Date(fromIso)), days);
  return new Date(startOfJakartaDay(last).getTime() + 24 * 60 * 60 * 1000).toISOString();
}

export function calendarVersion(): string {
  return workingDays.version;
}
