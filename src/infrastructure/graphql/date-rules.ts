import { applyDecorators } from '@nestjs/common';
import { registerDecorator } from 'class-validator';
import { IdentifierText } from './text-rules';

/**
 * Plausible civil dates (`YYYY-MM-DD`) at the edge, by kind of field. Every date field of a mutation
 * input declares its kind; the domain keeps its own, finer rules. "Today" comes from the injected
 * Clock: the validation pipe runs each validation inside `withValidationDay`, so the rules below see
 * the same day for every field of a request, and tests fix it with a FixedClock.
 *
 * | kind    | decorator          | earliest                    | latest            |
 * |---------|--------------------|-----------------------------|-------------------|
 * | birth   | `IsBirthDate()`    | 100 years before today      | today             |
 * | legal   | `IsLegalDate()`    | 1945-08-17                  | one year ahead    |
 * | plan    | `IsPlannedDate()`  | 1945-08-17                  | 20 years ahead    |
 */

/**
 * The Proclamation of Independence. An SK, a TMT or an effective date of the Indonesian civil service
 * cannot predate the Republic; anything earlier is a typing error (1954 → 1945, 2019 → 1919).
 */
export const PROCLAMATION_OF_INDEPENDENCE = '1945-08-17';

/** A birth date further back is a typing error: nobody in the record, active or retired, is older. */
export const MAX_AGE_YEARS = 100;

/** SKs are signed for what takes effect soon; a legal date further ahead is a typing error. */
export const LEGAL_DATE_MAX_YEARS_AHEAD = 1;

/** UU 25/2004 (SPPN): the longest development plan, the RPJP, spans 20 years. */
export const PLAN_MAX_YEARS_AHEAD = 20;

/**
 * WIT (UTC+9), Indonesia's easternmost time zone: a date is no longer in the future once it has begun
 * somewhere in Indonesia, so an admin in Jayapura can record today's date at 08:00.
 */
const LATEST_INDONESIAN_UTC_OFFSET_HOURS = 9;

export type DateKind = 'birth' | 'legal' | 'plan';

/**
 * The day the date rules judge against while a validation runs. class-validator runs synchronous
 * constraints (all of ours) synchronously inside `validate()`, before it returns its promise, so the day
 * is set around that call and restored after it: no async context is needed (an AsyncLocalStorage here
 * made Node install promise hooks that cost every promise of every request). A date rule that ran
 * after the call returned (an async constraint) finds no day and throws, rather than judging on a
 * guess.
 */
let validationDay: string | undefined;

/** Runs `validate` with "today" fixed to the civil date of `now` (see the offset above). */
export function withValidationDay<T>(now: Date, validate: () => T): T {
  const outer = validationDay;
  validationDay = civilDateOf(now);
  try {
    return validate();
  } finally {
    validationDay = outer;
  }
}

export function civilDateOf(now: Date): string {
  return new Date(now.getTime() + LATEST_INDONESIAN_UTC_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 10);
}

function today(): string {
  const day = validationDay;
  if (!day) throw new Error('Date plausibility rules need a day: validate through the validation pipe (withValidationDay)');
  return day;
}

/** The problem with `value` as a date of `kind` on `today`, or undefined when it is plausible. */
export function dateProblem(kind: DateKind | 'civil', value: unknown, field: string, today: string): string | undefined {
  if (!isCivilDate(value)) return `${field} harus tanggal YYYY-MM-DD yang ada di kalender`;
  if (kind === 'civil') return undefined;
  if (kind === 'birth') {
    if (value > today) return `${field} tidak boleh di masa depan (hari ini ${today})`;
    const earliest = addYears(today, -MAX_AGE_YEARS);
    if (value < earliest) return `${field} tidak boleh lebih dari ${MAX_AGE_YEARS} tahun yang lalu (paling awal ${earliest})`;
    return undefined;
  }
  if (value < PROCLAMATION_OF_INDEPENDENCE) return `${field} tidak boleh sebelum 17 Agustus 1945 (Proklamasi Kemerdekaan)`;
  const [years, words] = kind === 'plan' ? [PLAN_MAX_YEARS_AHEAD, `${PLAN_MAX_YEARS_AHEAD} tahun`] : [LEGAL_DATE_MAX_YEARS_AHEAD, 'satu tahun'];
  const latest = addYears(today, years);
  if (value > latest) return `${field} tidak boleh lebih dari ${words} ke depan (paling lambat ${latest})`;
  return undefined;
}

function dateRule(kind: DateKind | 'civil', name: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value, args) => dateProblem(kind, value, args!.property, kind === 'civil' ? '' : today()) === undefined,
        defaultMessage: (args) => dateProblem(kind, args!.value, args!.property, kind === 'civil' ? '' : today()) ?? '',
      },
    });
}

/** A birth date: not in the future, not more than 100 years ago. */
export const IsBirthDate = () => applyDecorators(IdentifierText(), dateRule('birth', 'isBirthDate'));

/** The date of a legal act or of its effect (SK date, TMT, effective date, decision date). */
export const IsLegalDate = () => applyDecorators(IdentifierText(), dateRule('legal', 'isLegalDate'));

/** A legal date set in advance (the planned end of a term): may lie up to 20 years ahead. */
export const IsPlannedDate = () => applyDecorators(IdentifierText(), dateRule('plan', 'isPlannedDate'));

/** Only a real `YYYY-MM-DD`: for query arguments. A mutation input's date field declares a kind above. */
export const IsCivilDate = () => applyDecorators(IdentifierText(), dateRule('civil', 'isCivilDate'));

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCivilDate(value: unknown): value is string {
  const match = typeof value === 'string' ? CIVIL_DATE.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = year + years;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(target, 4)}-${pad(month)}-${pad(Math.min(day, daysInMonth(target, month)))}`;
}
