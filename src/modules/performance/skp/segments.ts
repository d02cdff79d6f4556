import { periodRange } from './periods';

/**
 * SKP segments (issue 9 item 2: a mid-year transfer closes the SKP of the old post and opens one for
 * the new). Every SKP covers a period inside its year, `periodStart`…`periodEnd` (both inclusive): the
 * whole year by default, from the appointment TMT for someone appointed during the year, and up to
 * the day before a transfer's TMT for the post left.
 *
 * Ids: the first segment of a year is `<employeeId>.<year>` (as before segments existed), the n-th
 * (n ≥ 2) `<employeeId>.<year>.<n>`; evaluation ids append `.<period>` and a period never contains a
 * '.', so an evaluation id still splits at its last '.'.
 */
/** An SKP id as input: `<employeeId>.<year>` or a later segment `<employeeId>.<year>.<n>`. */
export const SKP_ID_PATTERN = /^[A-Za-z0-9][\w.:-]{0,99}\.\d{4}(?:\.\d{1,3})?$/;

export const segmentIdOf = (employeeId: string, year: number, segment: number): string => (segment <= 1 ? `${employeeId}.${year}` : `${employeeId}.${year}.${segment}`);

export const yearStart = (year: number): string => `${year}-01-01`;
export const yearEnd = (year: number): string => `${year}-12-31`;

const utc = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The calendar day before `date` (YYYY-MM-DD). */
export function dayBefore(date: string): string {
  return iso(utc(date) - 86_400_000);
}

/** `date` clamped into `start`…`end`. */
export function clampDate(date: string, start: string, end: string): string {
  return date < start ? start : date > end ? end : date;
}

/**
 * The months a segment counts (for the AK ledger's months/12 and the year's predikat) [M]: a calendar
 * month counts for the segment that holds its 15th day. A chain of segments over the whole year
 * therefore always counts 12 months in total, a month is never counted twice, and a TMT on the 1st
 * gives the old post the months before it (DOMAIN §1.2's example: 2/12 for January–February).
 * A TMT on the 16th or later leaves that month with the old post; on the 15th or earlier, with the new.
 */
export function monthsOf(periodStart: string, periodEnd: string): number {
  if (periodEnd < periodStart) return 0;
  let months = 0;
  const [y0, m0] = [Number(periodStart.slice(0, 4)), Number(periodStart.slice(5, 7))];
  const [y1, m1] = [Number(periodEnd.slice(0, 4)), Number(periodEnd.slice(5, 7))];
  for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    const fifteenth = `${y}-${String(m).padStart(2, '0')}-15`;
    if (periodStart <= fifteenth && fifteenth <= periodEnd) months += 1;
  }
  return months;
}

/** Whether an evaluation period shares at least one day with the segment. */
export function periodOverlaps(period: string, segment: { periodStart: string; periodEnd: string }): boolean {
  const { start, end } = periodRange(period);
  return start <= segment.periodEnd && segment.periodStart <= end;
}

export interface SegmentFacts {
  readonly skpId: string;
  readonly periodStart: string;
  readonly months: number;
}

/**
 * The segment whose annual predikat is the year's (KP, awards) [M]: the one covering the most months;
 * of a tie, the later. Null without segments.
 */
export function yearSegmentOf<S extends SegmentFacts>(segments: readonly S[]): S | null {
  let best: S | null = null;
  for (const s of segments) if (!best || s.months > best.months || (s.months === best.months && s.periodStart > best.periodStart)) best = s;
  return best;
}
