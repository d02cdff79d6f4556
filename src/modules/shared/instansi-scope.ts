import { holdsAllInstansi, instansiCoveredBy } from '@infrastructure/auth/grants';
import { Role } from '@infrastructure/auth/roles';
import { ALL_INSTANSI } from '@kernel/grant-scope';
import { Actor } from '@kernel/events';

/**
 * Instansi-level scope of a role, shared by the personnel sub-modules. A grant covers an instansi when
 * it names exactly that instansi id (`{ role: 'ADMIN_BKD', unit: 'kota-medan' }`), or every instansi
 * with the explicit `unit: '*'` (infrastructure/auth/grants.ts, instansiCoveredBy). Anything else
 * covers no instansi: a unit kerja grant (`kota-medan.dinkes`; personnel administration is the BKD's,
 * at instansi level), an EMPLOYEE grant (a person) and a grant without a unit (only found in events
 * recorded before grants were closed) alike.
 *
 * `role` may be one role or several (any of them counts: recruitment's readers are ADMIN_BKD and AUDITOR).
 */
export type InstansiScope = 'all' | readonly string[];

export function instansiScope(actor: Actor, role: Role | readonly Role[]): InstansiScope {
  const roles: readonly Role[] = typeof role === 'string' ? [role] : role;
  if (holdsAllInstansi(actor, ...roles)) return 'all';
  const covered = actor.roles.filter((grant) => roles.includes(grant.role as Role)).map(instansiCoveredBy);
  return [...new Set(covered.filter((id): id is string => id !== undefined && id !== ALL_INSTANSI))];
}

export function coversInstansi(actor: Actor, role: Role | readonly Role[], instansiId: string): boolean {
  const scope = instansiScope(actor, role);
  return scope === 'all' || scope.includes(instansiId);
}
