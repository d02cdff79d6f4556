/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`), with no time zone and no clock: every personnel
 * date (birth, TMT, SK date) is a civil date. Plain string comparison orders valid ISO dates.
 */

/** A civil date written `YYYY-MM-DD`. */
export type IsoDate = string;

interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real proleptic-Gregorian date (ISO 8601 years 0000–9999). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function parts(date: IsoDate): Ymd | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidYmd(year, month, day) ? { year, month, day } : undefined;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parts(value) !== undefined;
}

function partsOf(date: IsoDate): Ymd {
  const ymd = parts(date);
  if (!ymd) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return ymd;
}

export function yearOf(date: IsoDate): number {
  return partsOf(date).year;
}

export function isFirstOfMonth(date: IsoDate): boolean {
  return partsOf(date).day === 1;
}

/**
 * Completed years from `from` to `to` (age, masa kerja). A person born on 29 February completes a
 * year on 1 March in common years — the same convention as `addMonths`.
 */
export function fullYearsBetween(from: IsoDate, to: IsoDate): number {
  const a = partsOf(from);
  const b = partsOf(to);
  const beforeAnniversary = b.month < a.month || (b.month === a.month && b.day < a.day);
  return b.year - a.year - (beforeAnniversary ? 1 : 0);
}

/** Completed months from `from` to `to`, same day-of-month convention as `fullYearsBetween`. */
export function fullMonthsBetween(from: IsoDate, to: IsoDate): number {
  const a = partsOf(from);
  const b = partsOf(to);
  return (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
}

/**
 * The same day-of-month `months` later. When that day does not exist (31 Aug + 6 months), the
 * result is the 1st of the following month, so a period "from 31 Aug for 6 months" covers all of
 * February: this is the exclusive end of the period.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  if (day <= daysInMonth(targetYear, targetMonth)) return toIsoDate(targetYear, targetMonth, day);
  return targetMonth === 12 ? toIsoDate(targetYear + 1, 1, 1) : toIsoDate(targetYear, targetMonth + 1, 1);
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Loose check for an ISO 8601 timestamp (`2025-01-15T03:00:00Z`); no clock involved. */
export function isIsoTimestamp(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value));
}
