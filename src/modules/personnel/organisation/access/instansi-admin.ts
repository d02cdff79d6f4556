import { Role, unitsWithRole } from '../../../../infrastructure/auth/roles';
import { Actor } from '../../../../kernel/events';
import { ForbiddenError } from '../../../../kernel/errors';

/**
 * Who may change an instansi's organisation: an ADMIN_BKD grant scoped to that instansi
 * (`{ role: 'ADMIN_BKD', unit: 'kota-medan' }`) or an unscoped one (the whole system). The BKD of
 * Kota Binjai cannot touch Kota Medan's tree. A grant scoped to a unit kerja does not manage structure.
 */
export function assertManagesInstansi(actor: Actor, instansiId: string): void {
  const scopes = unitsWithRole(actor, Role.ADMIN_BKD);
  if (scopes.includes(null) || scopes.includes(instansiId)) return;
  throw new ForbiddenError(`Changing the organisation of ${instansiId} needs ADMIN_BKD for ${instansiId} or an unscoped ADMIN_BKD`, { instansiId });
}

/** Registering a new instansi is a system-wide act: only an unscoped ADMIN_BKD may. */
export function assertManagesAllInstansi(actor: Actor): void {
  if (unitsWithRole(actor, Role.ADMIN_BKD).includes(null)) return;
  throw new ForbiddenError('Registering an instansi needs an unscoped ADMIN_BKD grant');
}
