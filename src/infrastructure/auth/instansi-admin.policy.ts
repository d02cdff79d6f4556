import { ALL_INSTANSI } from '@kernel/grant-scope';
import { Actor } from '@kernel/events';
import { ScopePolicy } from '@kernel/scope-policy';
import { holdsAllInstansi, instansiCoveredBy } from './grants';
import { Role } from './roles';

/**
 * The scope policy of every module's commands: an ADMIN_BKD grant covering the record's instansi —
 * exactly that instansi id, or every instansi with the explicit unit "*" (grants.ts). Administration
 * is the BKD's, at instansi level: a unit kerja grant, an EMPLOYEE grant or an unscoped grant from an
 * old event changes nothing. ALL_INSTANSI (registering an instansi, learning a record is missing)
 * needs the "*" grant itself.
 */
export const INSTANSI_ADMIN: ScopePolicy = {
  manages(actor: Actor, instansiId: string): boolean {
    if (holdsAllInstansi(actor, Role.ADMIN_BKD)) return true;
    return instansiId !== ALL_INSTANSI && actor.roles.some((grant) => grant.role === Role.ADMIN_BKD && instansiCoveredBy(grant) === instansiId);
  },
  requirement(instansiId: string): string {
    return instansiId === ALL_INSTANSI ? 'ADMIN_BKD untuk semua instansi (unit "*")' : `ADMIN_BKD untuk ${instansiId} atau untuk semua instansi (unit "*")`;
  },
};
