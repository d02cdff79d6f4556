import { daysInMonth, IsoDate, toIsoDate } from '@kernel/calendar-date';

/**
 * The latest birth date of a person who is at least `age` years old on `today`, in the convention of
 * fullYearsBetween (a 29 February birthday falls on 1 March in common years). On 29 February 2028 the
 * 58-year-olds were born on or before 28 February 1970: 1 March 1970 is still 57.
 */
export function latestBirthDateAtAge(today: IsoDate, age: number): IsoDate {
  const [year, month, day] = today.split('-').map(Number);
  const birthYear = year - age;
  return toIsoDate(birthYear, month, Math.min(day, daysInMonth(birthYear, month)));
}

/** Birth dates of the people aged `from`–`to` (inclusive, completed years) on `today`: `(after, onOrBefore]`. */
export function birthDatesForAges(today: IsoDate, from: number | undefined, to: number | undefined): { after?: IsoDate; onOrBefore?: IsoDate } {
  return {
    ...(to !== undefined ? { after: latestBirthDateAtAge(today, to + 1) } : {}),
    ...(from !== undefined ? { onOrBefore: latestBirthDateAtAge(today, from) } : {}),
  };
}
