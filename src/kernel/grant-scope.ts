/**
 * What a role grant's `unit` may name. Ids are the organisation module's stable, human-readable ids
 * (`kota-medan` → `kota-medan.dinkes`); they live here because the token edge (infrastructure/auth)
 * validates grants against them and must not depend on a module.
 */

/** Every instansi: the only way to grant a role system-wide. Never the absence of a unit. */
export const ALL_INSTANSI = '*';

/** Caller-chosen instansi slug, e.g. `kota-medan`, `kota-binjai`. */
export const INSTANSI_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,63}$/;
/** A unit kerja: `<instansiId>.<code lower-case>`, e.g. `kota-medan.dinkes`. */
export const UNIT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,63}\.[a-z0-9_-]{2,32}$/;

export function isInstansiId(value: unknown): value is string {
  return typeof value === 'string' && INSTANSI_ID_PATTERN.test(value);
}

export function isUnitId(value: unknown): value is string {
  return typeof value === 'string' && UNIT_ID_PATTERN.test(value);
}
