import { registerEnumType } from '@nestjs/graphql';
import { ALL_INSTANSI } from '@kernel/grant-scope';
import { Actor } from '@kernel/events';

/** Roles from ARCHITECTURE.md §6; each grant is scoped (grants.ts says which scopes each role may have). */
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

/** Anonymous callers read what is public in every instansi. */
export const ANONYMOUS: Actor = Object.freeze({ id: 'anonymous', roles: [Object.freeze({ role: Role.PUBLIC, unit: ALL_INSTANSI })] });

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((grant) => roles.includes(grant.role as Role));
}

export function isAnonymous(actor: Actor): boolean {
  return actor.id === ANONYMOUS.id;
}
