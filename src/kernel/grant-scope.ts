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

/**
 * An employee id, which an EMPLOYEE grant's scope is (the token subject): the entity id format of the
 * personnel inputs (modules/personnel/shared/input-rules.ts, IsEntityId). Never "*".
 */
export const EMPLOYEE_ID_PATTERN = /^[A-Za-z0-9][\w.:-]{0,99}$/;

export function isInstansiId(value: unknown): value is string {
  return typeof value === 'string' && INSTANSI_ID_PATTERN.test(value);
}

export function isUnitId(value: unknown): value is string {
  return typeof value === 'string' && UNIT_ID_PATTERN.test(value);
}

export function isEmployeeId(value: unknown): value is string {
  return typeof value === 'string' && EMPLOYEE_ID_PATTERN.test(value);
}
