import { isIsoDate, isIsoTimestamp } from './calendar-date';
import { DomainRuleViolation } from './errors';

/**
 * The one rules helper every decider uses: a decision lists its checks as problems and refuses with
 * all of them at once, so the client sees every unmet rule in one answer.
 */

/** One unmet rule: a stable code (`PERSONNEL.NIP_FORMAT`, seen by clients as `extensions.rule`) and a sentence for people. */
export interface RuleProblem<Rule extends string = string> {
  readonly rule: Rule;
  readonly message: string;
}

/** The outcome of a check that names every problem at once instead of stopping at the first. */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly RuleProblem[] };

/** A check's result in a problem list: a problem, or nothing (`false`, `null`, `undefined`, `''` from a `cond && problem` on an empty string) when the rule holds. */
export type MaybeProblem = RuleProblem | false | null | undefined | '';

export function problem<Rule extends string>(rule: Rule, message: string): RuleProblem<Rule> {
  return { rule, message };
}

/** One unmet rule, or nothing: lets a decision list its checks as `unless(ok, rule, message)`. */
export function unless(ok: boolean, rule: string, message: string): RuleProblem[] {
  return ok ? [] : [problem(rule, message)];
}

/** Throws one DomainRuleViolation naming every problem; does nothing when none is left. */
export function refuseIfAny(problems: readonly MaybeProblem[], details?: Record<string, unknown>): void {
  const unmet = problems.filter((p): p is RuleProblem => Boolean(p));
  if (unmet.length > 0) throw DomainRuleViolation.all(unmet, details);
}

/** Throws one DomainRuleViolation naming every problem (at least one). */
export function refuseAll(problems: readonly RuleProblem[], details?: Record<string, unknown>): never {
  throw DomainRuleViolation.all(problems, details);
}

/** Throws a single-rule DomainRuleViolation. */
export function refuse(rule: string, message: string, details?: Record<string, unknown>): never {
  throw new DomainRuleViolation(rule, message, details);
}

/**
 * Input guards' rule codes. They were released under personnel's namespace before the kernel owned
 * them, and a released code is never renamed.
 */
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
  return blank.length === 0 ? [] : [problem(InputRule.FIELD_REQUIRED, `Wajib diisi: ${blank.join(', ')}`)];
}

export function reasonProblems(reason: unknown): RuleProblem[] {
  return isBlank(reason) ? [problem(InputRule.REASON_REQUIRED, 'Alasan wajib diisi')] : [];
}

/** One DATE_INVALID problem naming every field that is not a real `YYYY-MM-DD` date (or ISO timestamp). */
export function dateProblems(dates: Readonly<Record<string, unknown>>, timestamps: Readonly<Record<string, unknown>> = {}): RuleProblem[] {
  const invalid = [
    ...Object.keys(dates).filter((name) => !isIsoDate(dates[name])),
    ...Object.keys(timestamps).filter((name) => !isIsoTimestamp(timestamps[name])),
  ];
  return invalid.length === 0 ? [] : [problem(InputRule.DATE_INVALID, `Bukan tanggal yang sah (YYYY-MM-DD): ${invalid.join(', ')}`)];
}

/** One VALUE_INVALID problem naming every field whose value is outside its enumeration (`field: isValid`). */
export function valueProblems(validity: Readonly<Record<string, boolean>>): RuleProblem[] {
  const invalid = Object.keys(validity).filter((name) => !validity[name]);
  return invalid.length === 0 ? [] : [problem(InputRule.VALUE_INVALID, `Bukan nilai yang diizinkan: ${invalid.join(', ')}`)];
}
