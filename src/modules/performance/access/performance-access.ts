import { Role } from '@infrastructure/auth/roles';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { coversInstansi } from '../../shared';

/**
 * Who sees an individual appraisal (UU KIP ps. 17 h: exempt information; checklist 23): the employee,
 * the appraiser chain recorded on the SKP (pejabat penilai and atasan pejabat penilai), ADMIN_BKD of
 * the instansi and AUDITOR. Nobody else, and never the public.
 */
export interface AppraisalSubject {
  readonly employeeId: string;
  readonly instansiId: string;
  readonly pejabatPenilaiEmployeeId: string | null;
  readonly atasanEmployeeId: string | null;
}

/** The EMPLOYEE grant is scoped to the token subject: its unit is the actor's own id. */
export function isSelf(actor: Actor, employeeId: string): boolean {
  return actor.id === employeeId && actor.roles.some((g) => g.role === Role.EMPLOYEE && g.unit === actor.id);
}

/** The actor signs in as this employee: an EMPLOYEE grant of their own, or a PEJABAT_PENILAI grant (token subject = employee id). */
export function actsAs(actor: Actor, employeeId: string | null): boolean {
  return employeeId !== null && actor.id === employeeId && actor.roles.some((g) => g.role === Role.PEJABAT_PENILAI || (g.role === Role.EMPLOYEE && g.unit === actor.id));
}

export function isInstansiAdmin(actor: Actor, instansiId: string): boolean {
  return coversInstansi(actor, Role.ADMIN_BKD, instansiId);
}

export function mayReadAppraisal(actor: Actor, subject: AppraisalSubject): boolean {
  return (
    isSelf(actor, subject.employeeId) ||
    actsAs(actor, subject.pejabatPenilaiEmployeeId) ||
    actsAs(actor, subject.atasanEmployeeId) ||
    coversInstansi(actor, [Role.ADMIN_BKD, Role.AUDITOR], subject.instansiId)
  );
}

/** The appraiser in person; for the kepala daerah (not an ASN user), ADMIN_BKD of the instansi records the decision. */
export function mayAppraise(actor: Actor, appraiser: { readonly kind: string; readonly employeeId: string | null }, instansiId: string): boolean {
  if (appraiser.kind === 'KEPALA_DAERAH') return isInstansiAdmin(actor, instansiId);
  return actsAs(actor, appraiser.employeeId);
}

export function forbid(what: string): never {
  throw new ForbiddenError(`${what}: tidak dalam cakupan Anda`);
}
