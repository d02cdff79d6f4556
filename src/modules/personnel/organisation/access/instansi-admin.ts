import { Role } from '../../../../infrastructure/auth/roles';
import { Actor } from '../../../../kernel/events';
import { ForbiddenError } from '../../../../kernel/errors';
import { coversInstansi, instansiScope } from '../../shared/instansi-scope';

/**
 * Who may change an instansi's organisation: an ADMIN_BKD grant covering that instansi (see
 * shared/instansi-scope.ts: scoped to the instansi id, or unscoped). The BKD of Kota Binjai cannot
 * touch Kota Medan's tree. A grant scoped to a unit kerja does not manage structure.
 */
export function assertManagesInstansi(actor: Actor, instansiId: string): void {
  if (coversInstansi(actor, Role.ADMIN_BKD, instansiId)) return;
  throw new ForbiddenError(`Changing the organisation of ${instansiId} needs ADMIN_BKD for ${instansiId} or an unscoped ADMIN_BKD`, { instansiId });
}

/** Registering a new instansi is a system-wide act: only an unscoped ADMIN_BKD may. */
export function assertManagesAllInstansi(actor: Actor): void {
  if (instansiScope(actor, Role.ADMIN_BKD) === 'all') return;
  throw new ForbiddenError('Registering an instansi needs an unscoped ADMIN_BKD grant');
}
