import { DomainRuleViolation } from '../../../../kernel/errors';

/** Stable rule codes of the organisation tree (clients see them in `extensions.rule`). */
export const OrganisationRule = {
  INSTANSI_ALREADY_REGISTERED: 'PERSONNEL.INSTANSI_ALREADY_REGISTERED',
  INSTANSI_NOT_FOUND: 'PERSONNEL.INSTANSI_NOT_FOUND',
  UNIT_CODE_TAKEN: 'PERSONNEL.UNIT_CODE_TAKEN',
  UNIT_NOT_FOUND: 'PERSONNEL.UNIT_NOT_FOUND',
  UNIT_DISSOLVED: 'PERSONNEL.UNIT_DISSOLVED',
  PARENT_UNIT_NOT_FOUND: 'PERSONNEL.PARENT_UNIT_NOT_FOUND',
  PARENT_UNIT_DISSOLVED: 'PERSONNEL.PARENT_UNIT_DISSOLVED',
  UNIT_PARENT_KIND_NOT_ALLOWED: 'PERSONNEL.UNIT_PARENT_KIND_NOT_ALLOWED',
  UNIT_CYCLE: 'PERSONNEL.UNIT_CYCLE',
  UNIT_HAS_CHILDREN: 'PERSONNEL.UNIT_HAS_CHILDREN',
  UNIT_HAS_POSITIONS: 'PERSONNEL.UNIT_HAS_POSITIONS',
  POSITION_CODE_TAKEN: 'PERSONNEL.POSITION_CODE_TAKEN',
  POSITION_NOT_FOUND: 'PERSONNEL.POSITION_NOT_FOUND',
  POSITION_ALREADY_ABOLISHED: 'PERSONNEL.POSITION_ALREADY_ABOLISHED',
  UNIT_HEAD_ALREADY_EXISTS: 'PERSONNEL.UNIT_HEAD_ALREADY_EXISTS',
  HEAD_JABATAN_MISMATCH: 'PERSONNEL.HEAD_JABATAN_MISMATCH',
} as const;

export interface Violation {
  readonly rule: string;
  readonly message: string;
}

/** One unmet rule, or nothing: lets a decision list its checks and refuse with every failing one. */
export function unless(ok: boolean, rule: string, message: string): Violation[] {
  return ok ? [] : [{ rule, message }];
}

/** Throws one DomainRuleViolation naming every unmet rule (none: the decision goes on). */
export function refuseIfAny(violations: readonly Violation[]): void {
  if (violations.length > 0) throw DomainRuleViolation.all(violations);
}

export function refuse(rule: string, message: string): never {
  throw new DomainRuleViolation(rule, message);
}
