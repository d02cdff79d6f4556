import { holdsAllInstansi } from '../../../../infrastructure/auth/grants';
import { Role } from '../../../../infrastructure/auth/roles';
import { Actor } from '../../../../kernel/events';
import { ForbiddenError } from '../../../../kernel/errors';
import { coversInstansi } from '../../shared/instansi-scope';

/**
 * Who may change an instansi's organisation: an ADMIN_BKD grant covering that instansi (see
 * shared/instansi-scope.ts: the instansi id, or "*"). The BKD of Kota Binjai cannot touch Kota Medan's
 * tree.
 */
export function assertManagesInstansi(actor: Actor, instansiId: string): void {
  if (coversInstansi(actor, Role.ADMIN_BKD, instansiId)) return;
  throw new ForbiddenError(`Mengubah organisasi ${instansiId} memerlukan ADMIN_BKD untuk ${instansiId} atau untuk semua instansi (unit "*")`, { instansiId });
}

/** Registering a new instansi is a system-wide act: only ADMIN_BKD of every instansi (unit "*") may. */
export function assertManagesAllInstansi(actor: Actor): void {
  if (holdsAllInstansi(actor, Role.ADMIN_BKD)) return;
  throw new ForbiddenError('Mendaftarkan instansi memerlukan ADMIN_BKD untuk semua instansi (unit "*")', { requiredRoles: [Role.ADMIN_BKD], requiredUnit: '*' });
}
