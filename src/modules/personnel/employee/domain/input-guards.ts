import { isIsoDate, isIsoTimestamp } from './calendar-date';
import { RuleProblem, problem } from './rule-problem';

export const InputRule = {
  FIELD_REQUIRED: 'PERSONNEL.FIELD_REQUIRED',
  REASON_REQUIRED: 'PERSONNEL.REASON_REQUIRED',
  DATE_INVALID: 'PERSONNEL.DATE_INVALID',
  VALUE_INVALID: 'PERSONNEL.VALUE_INVALID',
} as const;

export function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

/** One FIELD_REQUIRED problem naming every blank field. */
export function requiredTextProblems(fields: Readonly<Record<string, unknown>>): RuleProblem[] {
  const blank = Object.keys(fields).filter((name) => isBlank(fields[name]));
  return blank.length === 0 ? [] : [problem(InputRule.FIELD_REQUIRED, `Required: ${blank.join(', ')}`)];
}

export function reasonProblems(reason: unknown): RuleProblem[] {
  return isBlank(reason) ? [problem(InputRule.REASON_REQUIRED, 'A reason is required')] : [];
}

/** One DATE_INVALID problem naming every field that is not a real `YYYY-MM-DD` date (or ISO timestamp). */
export function dateProblems(dates: Readonly<Record<string, unknown>>, timestamps: Readonly<Record<string, unknown>> = {}): RuleProblem[] {
  const invalid = [
    ...Object.keys(dates).filter((name) => !isIsoDate(dates[name])),
    ...Object.keys(timestamps).filter((name) => !isIsoTimestamp(timestamps[name])),
  ];
  return invalid.length === 0 ? [] : [problem(InputRule.DATE_INVALID, `Not a real date: ${invalid.join(', ')}`)];
}

/** One VALUE_INVALID problem naming every field whose value is outside its enumeration (`field: isValid`). */
export function valueProblems(validity: Readonly<Record<string, boolean>>): RuleProblem[] {
  const invalid = Object.keys(validity).filter((name) => !validity[name]);
  return invalid.length === 0 ? [] : [problem(InputRule.VALUE_INVALID, `Not an allowed value: ${invalid.join(', ')}`)];
}
