import Fraction from 'fraction.js';
import { jakartaDate, workingDays } from '@infrastructure/scheduling';
import { toDecimalText } from '../skm/ikm';

/** What the complaint figures of an OPD need from each report disposed to it. */
export interface HandledReport {
  readonly status: string;
  readonly slaBreaches: readonly unknown[];
  readonly disposedAt: string | null;
  readonly firstFollowUpAt: string | null;
}

/** Share of the closed reports that never missed an SLA, percent, 2 dp (half up); null without closed reports. */
export function withinSlaPct(reports: readonly HandledReport[]): { value: string | null; basis: number } {
  const closed = reports.filter((r) => r.status === 'CLOSED');
  if (closed.length === 0) return { value: null, basis: 0 };
  const within = closed.filter((r) => r.slaBreaches.length === 0).length;
  return { value: toDecimalText(new Fraction(within * 100, closed.length), 2), basis: closed.length };
}

/**
 * Median working days from disposition to the first follow-up (WIB dates), 2 dp; null without a
 * follow-up. An even count takes the mean of the two middle values.
 */
export function medianResponseWorkingDays(reports: readonly HandledReport[]): { value: string | null; basis: number } {
  const days = reports
    .filter((r) => r.disposedAt && r.firstFollowUpAt)
    .map((r) => workingDays.workingDaysBetween(jakartaDate(new Date(r.disposedAt!)), jakartaDate(new Date(r.firstFollowUpAt!))))
    .sort((a, b) => a - b);
  if (days.length === 0) return { value: null, basis: 0 };
  const mid = Math.floor(days.length / 2);
  const median = days.length % 2 === 1 ? new Fraction(days[mid]) : new Fraction(days[mid - 1] + days[mid], 2);
  return { value: toDecimalText(median, 2), basis: days.length };
}
