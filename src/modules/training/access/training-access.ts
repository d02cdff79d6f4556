import { Role } from '@infrastructure/auth/roles';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { ALL_INSTANSI } from '@kernel/grant-scope';
import { coversInstansi, instansiScope, InstansiScope } from '../../shared';

/**
 * Who may do what in training. TRAINING_ADMIN (the BKPSDM's development team) of the instansi runs the
 * catalogue, envelopes, plans and budget moves; ADMIN_BKD and AUDITOR of the instansi read the boards;
 * PEJABAT_PENILAI (a unit kerja grant) plans for and reads the staff of units within the OPD of their
 * unit; an EMPLOYEE (grant unit = own employee id) reads their own plan.
 */
export function assertTrainingAdmin(actor: Actor, instansiId: string, what: string): void {
  if (!coversInstansi(actor, Role.TRAINING_ADMIN, instansiId)) throw new ForbiddenError(`${what}: memerlukan TRAINING_ADMIN instansi ${instansiId}`);
}

export const BUDGET_READERS = [Role.TRAINING_ADMIN, Role.ADMIN_BKD, Role.AUDITOR] as const;

export function readerScope(actor: Actor): InstansiScope {
  return instansiScope(actor, [...BUDGET_READERS]);
}

export function canReadInstansi(actor: Actor, instansiId: string): boolean {
  return coversInstansi(actor, [...BUDGET_READERS], instansiId);
}

/** The unit kerja ids of the actor's PEJABAT_PENILAI grants. */
export function appraiserUnits(actor: Actor): string[] {
  return actor.roles.filter((g) => g.role === Role.PEJABAT_PENILAI && typeof g.unit === 'string' && g.unit !== ALL_INSTANSI).map((g) => g.unit as string);
}

/** The employee ids of the actor's EMPLOYEE grants. */
export function ownEmployeeIds(actor: Actor): string[] {
  return actor.roles.filter((g) => g.role === Role.EMPLOYEE).map((g) => g.unit || actor.id);
}
