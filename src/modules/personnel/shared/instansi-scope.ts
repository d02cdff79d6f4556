import { Role } from '../../../infrastructure/auth/roles';
import { Actor } from '../../../kernel/events';

/**
 * Instansi-level scope of a role, shared by the personnel sub-modules. A grant covers an instansi when
 * it is unscoped (the whole system) or scoped to exactly that instansi id (`{ role: 'ADMIN_BKD',
 * unit: 'kota-medan' }`). A grant scoped to a unit kerja (`kota-medan.dinkes`) covers no instansi:
 * personnel administration is the BKD's, at instansi level.
 *
 * `role` may be one role or several (any of them counts: recruitment's readers are ADMIN_BKD and AUDITOR).
 */
export type InstansiScope = 'all' | readonly string[];

export function instansiScope(actor: Actor, role: Role | readonly Role[]): InstansiScope {
  const roles: readonly string[] = typeof role === 'string' ? [role] : role;
  const grants = actor.roles.filter((grant) => roles.includes(grant.role));
  if (grants.some((grant) => grant.unit == null)) return 'all';
  return [...new Set(grants.map((grant) => grant.unit!))];
}

export function coversInstansi(actor: Actor, role: Role | readonly Role[], instansiId: string): boolean {
  const scope = instansiScope(actor, role);
  return scope === 'all' || scope.includes(instansiId);
}
