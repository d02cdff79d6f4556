/**
 * Stable, human-readable ids: `kota-medan` (instansi) → `kota-medan.dinkes` (unit) →
 * `kota-medan.dinkes.kadis` (position). Ids derive from codes, so seeding the same tree twice
 * targets the same entities and is refused or ignored instead of duplicated.
 */

// Instansi and unit ids are also what a role grant names, so their formats live in the kernel.
export { INSTANSI_ID_PATTERN, UNIT_ID_PATTERN } from '@kernel/grant-scope';

/** Unit and position codes: upper case, unique within the instansi (units) or the unit (positions). */
export const CODE_PATTERN = /^[A-Z0-9_-]{2,32}$/;
export const POSITION_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,63}\.[a-z0-9_-]{2,32}\.[a-z0-9_-]{2,32}$/;

export function unitIdOf(instansiId: string, code: string): string {
  return `${instansiId}.${code.toLowerCase()}`;
}

export function positionIdOf(unitId: string, code: string): string {
  return `${unitId}.${code.toLowerCase()}`;
}

/** The instansi a unit or position id belongs to (its first segment). */
export function instansiIdOf(unitOrPositionId: string): string {
  return unitOrPositionId.split('.')[0];
}

export function unitIdOfPosition(positionId: string): string {
  return positionId.split('.').slice(0, 2).join('.');
}

/** One stream per instansi holds its whole tree, so tree invariants are checked in one decision. */
export function organisationStream(instansiId: string): string {
  return `organisation-instansi-${instansiId}`;
}
