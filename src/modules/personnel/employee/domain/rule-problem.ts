import { DomainRuleViolation } from '../../../../kernel/errors';

/** One unmet rule: a stable code (`PERSONNEL.NIP_FORMAT`) and a sentence for people. */
export interface RuleProblem {
  readonly rule: string;
  readonly message: string;
}

/** The outcome of a check that names every problem at once instead of stopping at the first. */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly RuleProblem[] };

export function problem(rule: string, message: string): RuleProblem {
  return { rule, message };
}

/** Throws one DomainRuleViolation naming every problem; does nothing when there are none. */
export function refuseIfAny(problems: readonly RuleProblem[], details?: Record<string, unknown>): void {
  if (problems.length > 0) throw DomainRuleViolation.all(problems, details);
}

/** Throws one DomainRuleViolation naming every problem (at least one). */
export function refuseAll(problems: readonly RuleProblem[], details?: Record<string, unknown>): never {
  throw DomainRuleViolation.all(problems, details);
}

/** Throws a single-rule DomainRuleViolation. */
export function refuse(rule: string, message: string, details?: Record<string, unknown>): never {
  throw new DomainRuleViolation(rule, message, details);
}
