import { Role } from '@infrastructure/auth/roles';
import { holdsAllInstansi } from '@infrastructure/auth/grants';
import { Actor } from '@kernel/events';
import { coversInstansi } from '../../shared';
import { LeaveApprover } from '../record/leave.events';

/**
 * Who may do what with leave. The EMPLOYEE (grant unit = own employee id) requests, cancels and
 * returns early for themselves and reads their own record; the atasan langsung and the pejabat yang
 * berwenang (PEJABAT_PENILAI, actor id = their employee id) give their step and read what they are
 * asked; ADMIN_BKD of the instansi administers (records PPK decisions, cuti bersama worked, the prior
 * catatan cuti) and reads; AUDITOR of the instansi reads.
 */
export const LEAVE_READERS = [Role.ADMIN_BKD, Role.AUDITOR] as const;

export function ownEmployeeIds(actor: Actor): string[] {
  return actor.roles.filter((g) => g.role === Role.EMPLOYEE).map((g) => g.unit || actor.id);
}

export function isOwn(actor: Actor, employeeId: string): boolean {
  return ownEmployeeIds(actor).includes(employeeId);
}

export function administers(actor: Actor, instansiId: string): boolean {
  return coversInstansi(actor, Role.ADMIN_BKD, instansiId);
}

export function readsInstansi(actor: Actor, instansiId: string): boolean {
  return coversInstansi(actor, [...LEAVE_READERS], instansiId);
}

export function isAllInstansi(actor: Actor): boolean {
  return holdsAllInstansi(actor, Role.ADMIN_BKD, Role.AUDITOR);
}

/** The actor is this approver: the official themselves (PEJABAT_PENILAI grant), or ADMIN_BKD recording the PPK's step. */
export function actsAs(actor: Actor, approver: LeaveApprover, instansiId: string): boolean {
  if (approver.kepalaDaerah) return administers(actor, instansiId);
  return approver.employeeId !== null && approver.employeeId === actor.id && actor.roles.some((g) => g.role === Role.PEJABAT_PENILAI);
}

/** The unit kerja ids of the actor's PEJABAT_PENILAI grants. */
export function appraiserUnits(actor: Actor): string[] {
  return actor.roles.filter((g) => g.role === Role.PEJABAT_PENILAI && g.unit && g.unit !== '*').map((g) => g.unit);
}
