import { Role } from '../../../../infrastructure/auth/roles';
import { Actor } from '../../../../kernel/events';

/** Who manages rounds (BKD) and who may read the admin views (BKD and auditors). */
export const MANAGING_ROLES: readonly Role[] = [Role.ADMIN_BKD];
export const READING_ROLES: readonly Role[] = [Role.ADMIN_BKD, Role.AUDITOR];

/**
 * A grant covers an instansi when it is unscoped or scoped to that instansi. [M] A grant scoped to a
 * unit below the instansi does not cover its rounds: recruitment is the BKD's, at instansi level.
 */
export function mayActFor(actor: Actor, instansiId: string, roles: readonly Role[]): boolean {
  return actor.roles.some((grant) => roles.includes(grant.role as Role) && (grant.unit == null || grant.unit === instansiId));
}

/** The instansi an actor may see with these roles: `all`, or a list (possibly empty). */
export function visibleInstansi(actor: Actor, roles: readonly Role[]): 'all' | string[] {
  const grants = actor.roles.filter((grant) => roles.includes(grant.role as Role));
  if (grants.some((grant) => grant.unit == null)) return 'all';
  return [...new Set(grants.map((grant) => grant.unit!))];
}
