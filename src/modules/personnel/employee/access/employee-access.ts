import { Role } from '@infrastructure/auth/roles';
import { Filter } from '@infrastructure/document-store/document-store.port';
import { ForbiddenError, NotFoundError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { isUnitId } from '@kernel/grant-scope';
import { assertManages } from '@kernel/scope-policy';
import { INSTANSI_ADMIN } from '@infrastructure/auth/instansi-admin.policy';
import { coversInstansi, instansiScope } from '@modules/shared/instansi-scope';

/**
 * Who may see and change which employee record (UU 27/2022 PDP; DOMAIN §1.12). Every scope is the
 * grant's own (shared/instansi-scope.ts): an instansi id, or every instansi with unit "*".
 * - AUDITOR reads the records of its instansi, history included; never writes.
 * - ADMIN_BKD manages and reads the records of its instansi.
 * - PEJABAT_PENILAI reads the records in the subtree of its grant's unit kerja, without personal data.
 * - EMPLOYEE reads its own record (token `sub` = employee id), history included.
 * Nobody else reads a record; none of it is public.
 */
export interface ReadScope {
  /** AUDITOR or ADMIN_BKD with unit "*". */
  readonly all: boolean;
  /** Instansi an ADMIN_BKD or AUDITOR grant covers. */
  readonly instansiIds: readonly string[];
  /** Unit kerja ids in the subtrees of the PEJABAT_PENILAI grants. */
  readonly unitIds: readonly string[];
  /** The employee id of an EMPLOYEE grant holder: the token subject. */
  readonly selfId: string | null;
}

/** What the access rules look at in a record. */
export interface ScopedRecord {
  readonly _id: string;
  readonly instansiId: string;
  readonly unitId: string;
}

/** The part of the scope that depends only on the token; `unitIds` needs the organisation tree. */
export function tokenScope(actor: Actor, unitIds: readonly string[]): ReadScope {
  const readers = instansiScope(actor, RECORD_READERS);
  return {
    all: readers === 'all',
    instansiIds: readers === 'all' ? [] : readers,
    unitIds,
    selfId: isSelf(actor, actor.id) ? actor.id : null,
  };
}

/** The roles that read whole instansi, personal data and history included. */
const RECORD_READERS: readonly Role[] = [Role.ADMIN_BKD, Role.AUDITOR];

/** Unit kerja the PEJABAT_PENILAI grants name; anything else covers nothing (an appraiser heads a unit). */
export function appraiserUnits(actor: Actor): string[] {
  return [...new Set(actor.roles.filter((g) => g.role === Role.PEJABAT_PENILAI && isUnitId(g.unit)).map((g) => g.unit))];
}

export function mayRead(scope: ReadScope, record: ScopedRecord): boolean {
  return scope.all || scope.instansiIds.includes(record.instansiId) || scope.unitIds.includes(record.unitId) || scope.selfId === record._id;
}

/** The document filter of every record the scope may read; null when it may read none. */
export function scopeFilter(scope: ReadScope): Filter | null {
  if (scope.all) return {};
  const alternatives: Filter[] = [
    ...(scope.instansiIds.length ? [{ instansiId: { $in: [...scope.instansiIds] } }] : []),
    ...(scope.unitIds.length ? [{ unitId: { $in: [...scope.unitIds] } }] : []),
    ...(scope.selfId ? [{ _id: scope.selfId }] : []),
  ];
  if (alternatives.length === 0) return null;
  return alternatives.length === 1 ? alternatives[0] : { $or: alternatives };
}

/** Birth date and contacts: AUDITOR and ADMIN_BKD of the record's instansi, the employee. */
export function seesPersonalData(actor: Actor, record: ScopedRecord): boolean {
  return coversInstansi(actor, RECORD_READERS, record.instansiId) || isSelf(actor, record._id);
}

/**
 * The filter of the records whose personal data the actor sees — for a search by birth date (age), so
 * the search cannot tell anyone else's age; null when the actor sees nobody's.
 */
export function personalDataFilter(actor: Actor): Filter | null {
  const readers = instansiScope(actor, RECORD_READERS);
  if (readers === 'all') return {};
  const alternatives: Filter[] = [...(readers.length ? [{ instansiId: { $in: readers } }] : []), ...(isSelf(actor, actor.id) ? [{ _id: actor.id }] : [])];
  if (alternatives.length === 0) return null;
  return alternatives.length === 1 ? alternatives[0] : { $or: alternatives };
}

/**
 * Identifiers an SK ralat replaced (tombstones): AUDITOR and ADMIN_BKD of the record's instansi. They
 * find records by them (employeeByNip); anyone else is answered as if the identifier named nothing.
 */
export function seesCorrectedIdentifiers(actor: Actor, record?: ScopedRecord): boolean {
  return record ? coversInstansi(actor, RECORD_READERS, record.instansiId) : actor.roles.some((g) => RECORD_READERS.includes(g.role as Role));
}

/** The event history (the auditor's view): the same people who see personal data. */
export function mayReadHistory(actor: Actor, record: ScopedRecord): boolean {
  return seesPersonalData(actor, record);
}

/** The EMPLOYEE grant is scoped to the token subject: its unit is the actor's own id. */
export function isSelf(actor: Actor, employeeId: string): boolean {
  return actor.id === employeeId && actor.roles.some((g) => g.role === Role.EMPLOYEE && g.unit === actor.id);
}

/** Changing a record needs ADMIN_BKD of the record's instansi (or of every instansi). */
export function assertManagesEmployeesOf(actor: Actor, instansiId: string): void {
  assertManages(INSTANSI_ADMIN, actor, instansiId, `Mengubah data pegawai ${instansiId}`);
}

/**
 * The refusal for a record the caller may not see — also for one that does not exist, unless the
 * caller may see every record: otherwise NOT_FOUND versus FORBIDDEN would tell a NIP-guesser which
 * NIPs are registered (DOMAIN §1.5: NIPs are guessable).
 */
export function notVisible(what: string): ForbiddenError {
  return new ForbiddenError(`Tidak ada data pegawai ${what} yang boleh Anda lihat`);
}

/** The answer for a record that does not exist: NOT_FOUND only to a caller who may see every record. */
export function missingRecord(actor: Actor, what: string): ForbiddenError | NotFoundError {
  return tokenScope(actor, []).all ? new NotFoundError(`Data pegawai ${what} tidak ditemukan`) : notVisible(what);
}
