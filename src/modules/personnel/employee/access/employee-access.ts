import { Role, hasRole } from '../../../../infrastructure/auth/roles';
import { Filter } from '../../../../infrastructure/document-store/document-store.port';
import { ForbiddenError, NotFoundError } from '../../../../kernel/errors';
import { Actor } from '../../../../kernel/events';
import { coversInstansi, instansiScope } from '../../shared/instansi-scope';

/**
 * Who may see and change which employee record (UU 27/2022 PDP; DOMAIN §1.12):
 * - AUDITOR reads everything, history included; never writes.
 * - ADMIN_BKD manages and reads the records of its instansi (grant unit = instansi id, or unscoped).
 * - PEJABAT_PENILAI reads the records in the subtree of its grant's unit kerja, without personal data.
 * - EMPLOYEE reads its own record (token `sub` = employee id), history included.
 * Nobody else reads a record; none of it is public.
 */
export interface ReadScope {
  /** AUDITOR or unscoped ADMIN_BKD. */
  readonly all: boolean;
  /** Instansi an ADMIN_BKD grant covers. */
  readonly instansiIds: readonly string[];
  /** Unit kerja ids in the subtrees of the PEJABAT_PENILAI grants. */
  readonly unitIds: readonly string[];
  /** The employee id of an EMPLOYEE grant holder: the token subject. */
  readonly selfId: string | null;
}

/** What the access rules look at in a record. */
export interface ScopedRecord {
  readonly _id: string;
  readonly instansiId: string;
  readonly unitId: string;
}

/** The part of the scope that depends only on the token; `unitIds` needs the organisation tree. */
export function tokenScope(actor: Actor, unitIds: readonly string[]): ReadScope {
  const admin = instansiScope(actor, Role.ADMIN_BKD);
  return {
    all: hasRole(actor, Role.AUDITOR) || admin === 'all',
    instansiIds: admin === 'all' ? [] : admin,
    unitIds,
    selfId: hasRole(actor, Role.EMPLOYEE) ? actor.id : null,
  };
}

/**
 * Unit kerja a PEJABAT_PENILAI grant is scoped to. An unscoped grant covers nothing: an appraiser
 * always heads some unit.
 */
export function appraiserUnits(actor: Actor): string[] {
  return actor.roles.filter((g) => g.role === Role.PEJABAT_PENILAI && g.unit != null).map((g) => g.unit!);
}

export function mayRead(scope: ReadScope, record: ScopedRecord): boolean {
  return scope.all || scope.instansiIds.includes(record.instansiId) || scope.unitIds.includes(record.unitId) || scope.selfId === record._id;
}

/** The document filter of every record the scope may read; null when it may read none. */
export function scopeFilter(scope: ReadScope): Filter | null {
  if (scope.all) return {};
  const alternatives: Filter[] = [
    ...(scope.instansiIds.length ? [{ instansiId: { $in: [...scope.instansiIds] } }] : []),
    ...(scope.unitIds.length ? [{ unitId: { $in: [...scope.unitIds] } }] : []),
    ...(scope.selfId ? [{ _id: scope.selfId }] : []),
  ];
  if (alternatives.length === 0) return null;
  return alternatives.length === 1 ? alternatives[0] : { $or: alternatives };
}

/** Birth date and contacts: AUDITOR, ADMIN_BKD of the record's instansi, the employee. */
export function seesPersonalData(actor: Actor, record: ScopedRecord): boolean {
  return hasRole(actor, Role.AUDITOR) || coversInstansi(actor, Role.ADMIN_BKD, record.instansiId) || isSelf(actor, record._id);
}

/** The event history (the auditor's view): the same people who see personal data. */
export function mayReadHistory(actor: Actor, record: ScopedRecord): boolean {
  return seesPersonalData(actor, record);
}

export function isSelf(actor: Actor, employeeId: string): boolean {
  return hasRole(actor, Role.EMPLOYEE) && actor.id === employeeId;
}

/** Changing a record needs ADMIN_BKD of the record's instansi (or unscoped). */
export function assertManagesEmployeesOf(actor: Actor, instansiId: string): void {
  if (coversInstansi(actor, Role.ADMIN_BKD, instansiId)) return;
  throw new ForbiddenError(`Changing employee records of ${instansiId} needs ADMIN_BKD for ${instansiId} or an unscoped ADMIN_BKD`, { instansiId });
}

/**
 * The refusal for a record the caller may not see — also for one that does not exist, unless the
 * caller may see every record: otherwise NOT_FOUND versus FORBIDDEN would tell a NIP-guesser which
 * NIPs are registered (DOMAIN §1.5: NIPs are guessable).
 */
export function notVisible(what: string): ForbiddenError {
  return new ForbiddenError(`No employee record ${what} that you may see`);
}

/** The answer for a record that does not exist: NOT_FOUND only to a caller who may see every record. */
export function missingRecord(actor: Actor, what: string): ForbiddenError | NotFoundError {
  return tokenScope(actor, []).all ? new NotFoundError(`No employee record ${what}`) : notVisible(what);
}
