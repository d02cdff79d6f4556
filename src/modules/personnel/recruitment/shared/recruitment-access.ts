import { Role } from '../../../../infrastructure/auth/roles';

/**
 * Who manages rounds (BKD) and who may read the admin views (BKD and auditors). A grant covers a
 * round when it covers the round's instansi (shared/instansi-scope.ts: scoped to that instansi, or to
 * every instansi with unit "*"). Recruitment is the BKD's, at instansi level.
 */
export const MANAGING_ROLES: readonly Role[] = [Role.ADMIN_BKD];
export const READING_ROLES: readonly Role[] = [Role.ADMIN_BKD, Role.AUDITOR];
