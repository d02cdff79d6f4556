import { Role } from '@infrastructure/auth/roles';

/**
 * Who may read the admin views (BKD and auditors). A grant covers a
 * round when it covers the round's instansi (shared/instansi-scope.ts: scoped to that instansi, or to
 * every instansi with unit "*"). Managing rounds is the BKD's, at instansi level (INSTANSI_ADMIN).
 */
export const READING_ROLES: readonly Role[] = [Role.ADMIN_BKD, Role.AUDITOR];
