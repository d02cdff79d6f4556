import { BadUserInputError, DomainRuleViolation } from '@kernel/errors';
import { HOLIDAY_CALENDAR, HolidayYearVersion } from './holidays';

/** A civil date `YYYY-MM-DD` (no time zone). */
export type IsoDate = string;

/** Asia/Jakarta (WIB) is UTC+7 all year: Indonesia has no daylight saving time. */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type ClosureKind = 'WEEKEND' | 'HOLIDAY' | 'CUTI_BERSAMA';

/** Asked about a date whose year has no reference data: refusing beats guessing a holiday list. */
export class CalendarNotCoveredError extends DomainRuleViolation {
  constructor(year: number, covered: { from: number; to: number }) {
    super('CALENDAR.YEAR_NOT_COVERED', `Kalender hari kerja tahun ${year} belum tersedia (tersedia ${covered.from}–${covered.to})`, { year, ...covered });
  }
}

/** The civil date in Jakarta (WIB) at `instant`. */
export function jakartaDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** 00:00 WIB of `date`, as an instant. */
export function startOfJakartaDay(date: IsoDate): Date {
  return new Date(toUtcMidnight(date) - WIB_OFFSET_MS);
}

/**
 * Working days of Indonesian government offices: Monday–Friday, minus national holidays and cuti
 * bersama, in WIB. Built from the versioned reference data; `asOf` gives the calendar as it stood on
 * that date (a revision decreed later is not yet applied). Any date in a year without reference data
 * is refused with CALENDAR.YEAR_NOT_COVERED.
 */
export class WorkingDayCalendar {
  private readonly closures = new Map<IsoDate, ClosureKind>();
  private readonly years = new Map<number, HolidayYearVersion>();
  readonly covered: { readonly from: number; readonly to: number };

  constructor(data: readonly HolidayYearVersion[] = HOLIDAY_CALENDAR, asOf?: IsoDate) {
    for (const entry of data) {
      if (entry.revisedOn && asOf && entry.revisedOn > asOf) continue;
      const known = this.years.get(entry.year);
      if (!known || known.version < entry.version) this.years.set(entry.year, entry);
    }
    const years = [...this.years.keys()].sort((a, b) => a - b);
    if (years.length === 0 || years[years.length - 1] - years[0] !== years.length - 1) throw new Error('Holiday reference data must cover consecutive years');
    this.covered = { from: years[0], to: years[years.length - 1] };
    for (const entry of this.years.values()) {
      for (const day of entry.cutiBersama) this.closures.set(`${entry.year}-${day}`, 'CUTI_BERSAMA');
      for (const day of entry.holidays) this.closures.set(`${entry.year}-${day}`, 'HOLIDAY');
    }
  }

  /** Which reference data answered, e.g. `2024v1 2025v2 2026v1`: recorded with every computed deadline. */
  get version(): string {
    return [...this.years.values()].sort((a, b) => a.year - b.year).map((y) => `${y.year}v${y.version}`).join(' ');
  }

  /** Years answered by a provisional (estimated) list rather than a published SKB. */
  get provisionalYears(): number[] {
    return [...this.years.values()].filter((y) => y.provisional).map((y) => y.year).sort((a, b) => a - b);
  }

  /** The legal basis of the year's list (to cite next to a computed date). */
  legalBasis(year: number): string {
    return this.yearOf(year).legalBasis;
  }

  /** Why `date` is not a working day, or null when it is one. */
  closure(date: IsoDate): ClosureKind | null {
    this.yearOf(yearOfDate(date));
    const weekday = new Date(toUtcMidnight(date)).getUTCDay();
    return this.closures.get(date) ?? (weekday === 0 || weekday === 6 ? 'WEEKEND' : null);
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.closure(date) === null;
  }

  /** The date `days` working days after `date` (`date` itself not counted; 0 gives `date`). */
  addWorkingDays(date: IsoDate, days: number): IsoDate {
    if (!Number.isInteger(days) || days < 0) throw new BadUserInputError(`Jumlah hari kerja harus bilangan bulat ≥ 0 (diberikan ${days})`);
    let current = date;
    this.yearOf(yearOfDate(date));
    for (let counted = 0; counted < days; ) {
      current = nextDay(current);
      if (this.isWorkingDay(current)) counted++;
    }
    return current;
  }

  /**
   * Working days after `from` up to and including `to`, so that
   * `workingDaysBetween(d, addWorkingDays(d, n)) === n`; negative when `to` is before `from`.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    this.isWorkingDay(from);
    this.isWorkingDay(to);
    if (to < from) return -this.workingDaysBetween(to, from);
    let count = 0;
    for (let current = from; current < to; ) {
      current = nextDay(current);
      if (this.isWorkingDay(current)) count++;
    }
    return count;
  }

  private yearOf(year: number): HolidayYearVersion {
    const entry = this.years.get(year);
    if (!entry) throw new CalendarNotCoveredError(year, this.covered);
    return entry;
  }
}

/** The calendar from the newest reference data. */
export const workingDays = new WorkingDayCalendar();

function toUtcMidnight(date: IsoDate): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date) throw new BadUserInputError(`Tanggal tidak valid: "${date}" (format YYYY-MM-DD)`);
  return time;
}

function yearOfDate(date: IsoDate): number {
  return new Date(toUtcMidnight(date)).getUTCFullYear();
}

function nextDay(date: IsoDate): IsoDate {
  return new Date(toUtcMidnight(date) + DAY_MS).toISOString().slice(0, 10);
}
