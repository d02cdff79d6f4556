import { INSTANSI_ADMIN } from '@infrastructure/auth/instansi-admin.policy';
import { Actor } from '@kernel/events';
import { ALL_INSTANSI } from '@kernel/grant-scope';
import { assertManages } from '@kernel/scope-policy';

/**
 * Who may change an instansi's organisation: an ADMIN_BKD grant covering that instansi (the one scope
 * policy, INSTANSI_ADMIN: the instansi id, or "*"). The BKD of Kota Binjai cannot touch Kota Medan's
 * tree.
 */
export function assertManagesInstansi(actor: Actor, instansiId: string): void {
  assertManages(INSTANSI_ADMIN, actor, instansiId, `Mengubah organisasi ${instansiId}`);
}

/** Registering a new instansi is a system-wide act: only ADMIN_BKD of every instansi (unit "*") may. */
export function assertManagesAllInstansi(actor: Actor): void {
  assertManages(INSTANSI_ADMIN, actor, ALL_INSTANSI, 'Mendaftarkan instansi');
}
