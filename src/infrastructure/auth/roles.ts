import { registerEnumType } from '@nestjs/graphql';
import { Actor } from '../../kernel/events';

/** Roles from ARCHITECTURE.md §6; each grant may be scoped to an organisation unit. */
export enum Role {
  /** Badan Kepegawaian Daerah: the personnel agency administering an instansi. */
  ADMIN_BKD = 'ADMIN_BKD',
  /** Appraiser / unit head. */
  PEJABAT_PENILAI = 'PEJABAT_PENILAI',
  /** Self service for one employee. */
  EMPLOYEE = 'EMPLOYEE',
  TRAINING_ADMIN = 'TRAINING_ADMIN',
  COMPLAINT_OFFICER = 'COMPLAINT_OFFICER',
  /** Read-only, full history. */
  AUDITOR = 'AUDITOR',
  INTEGRATOR = 'INTEGRATOR',
  /** Anonymous callers. */
  PUBLIC = 'PUBLIC',
}

registerEnumType(Role, { name: 'Role', description: 'Access roles; a grant may be scoped to an organisation unit.' });

export const ALL_ROLES: readonly string[] = Object.values(Role);

export const ANONYMOUS: Actor = Object.freeze({ id: 'anonymous', roles: [{ role: Role.PUBLIC }] });

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((grant) => roles.includes(grant.role as Role));
}

export function isAnonymous(actor: Actor): boolean {
  return actor.id === ANONYMOUS.id;
}
