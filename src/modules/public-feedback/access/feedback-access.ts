import { Role } from '@infrastructure/auth/roles';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { isUnitId } from '@kernel/grant-scope';
import { coversInstansi } from '../../shared';

/**
 * Who handles feedback (LAPOR! roles, DOMAIN.md §1.4). A COMPLAINT_OFFICER grant on an instansi (or
 * "*") is the Admin Koordinator: verifies, disposes, runs the SKM of every unit. A COMPLAINT_OFFICER
 * grant on an OPD (a unit kerja id) is that OPD's Admin Penghubung: follows up the reports disposed to
 * it and runs the SKM of units within it. AUDITOR of the instansi reads everything, writes nothing.
 */
export function isCoordinator(actor: Actor, instansiId: string): boolean {
  return coversInstansi(actor, Role.COMPLAINT_OFFICER, instansiId);
}

export function canAudit(actor: Actor, instansiId: string): boolean {
  return coversInstansi(actor, Role.AUDITOR, instansiId);
}

/** The OPDs of the actor's penghubung grants. */
export function penghubungUnits(actor: Actor): string[] {
  return actor.roles.filter((g) => g.role === Role.COMPLAINT_OFFICER && isUnitId(g.unit)).map((g) => g.unit);
}

/** Coordinator of the unit's instansi, or penghubung of an OPD that is the unit or above it (`ancestors` of the unit). */
export function handlesUnit(actor: Actor, unit: { _id: string; instansiId: string; ancestors: readonly string[] }): boolean {
  if (isCoordinator(actor, unit.instansiId)) return true;
  return penghubungUnits(actor).some((opd) => opd === unit._id || unit.ancestors.includes(opd));
}

export function assertCoordinator(actor: Actor, instansiId: string, what: string): void {
  if (!isCoordinator(actor, instansiId)) throw new ForbiddenError(`${what}: memerlukan COMPLAINT_OFFICER (Admin Koordinator) instansi ${instansiId}`);
}

/** The employee ids of the actor's EMPLOYEE grants (the grant's unit is the employee's own id). */
export function ownEmployeeIds(actor: Actor): string[] {
  return actor.roles.filter((g) => g.role === Role.EMPLOYEE).map((g) => g.unit);
}
