import { ALL_INSTANSI, isEmployeeId, isInstansiId, isUnitId } from '@kernel/grant-scope';
import { UnauthenticatedError } from '@kernel/errors';
import { Actor, RoleGrant } from '@kernel/events';
import { Role } from './roles';

/** A grant as a token carries it: `{ role, unit }`; EMPLOYEE may leave `unit` out (it is the `sub`). */
export interface GrantClaim {
  readonly role: string;
  readonly unit?: string;
}

/** What a grant's unit may name. */
type ScopeKind = 'all' | 'instansi' | 'unit' | 'self';

/**
 * The legal scopes of each role a token may carry. PUBLIC is never granted: it is the anonymous caller.
 * - ADMIN_BKD, AUDITOR, INTEGRATOR, TRAINING_ADMIN work at instansi level (the BKD, the inspektorat,
 *   the BKPSDM administer a whole Pemda), or system-wide with "*".
 * - COMPLAINT_OFFICER may also sit in one unit kerja (each OPD answers its own complaints).
 * - PEJABAT_PENILAI heads one unit kerja: never an instansi, never "*".
 * - EMPLOYEE is scoped by the token subject: its own record.
 */
const LEGAL_SCOPES: Readonly<Record<Exclude<Role, Role.PUBLIC>, readonly ScopeKind[]>> = {
  [Role.ADMIN_BKD]: ['all', 'instansi'],
  [Role.AUDITOR]: ['all', 'instansi'],
  [Role.INTEGRATOR]: ['all', 'instansi'],
  [Role.TRAINING_ADMIN]: ['all', 'instansi'],
  [Role.COMPLAINT_OFFICER]: ['all', 'instansi', 'unit'],
  [Role.PEJABAT_PENILAI]: ['unit'],
  [Role.EMPLOYEE]: ['self'],
};

const SCOPE_TEXT: Record<ScopeKind, string> = {
  all: '"*" (semua instansi)',
  instansi: 'id instansi (mis. kota-medan)',
  unit: 'id unit kerja (mis. kota-medan.dinkes)',
  self: 'tanpa unit atau sama dengan sub',
};

/** Far more than any real actor holds; bounds the work a token can ask for. */
export const MAX_GRANTS = 50;

/**
 * Parses the `roles` claim into closed grants, or refuses the token (UNAUTHENTICATED) naming the first
 * problem. Nothing is dropped or defaulted: a grant either means exactly what it names or the token is
 * refused, so no malformed grant can widen access.
 */
export function parseGrants(claim: unknown, subject: string): RoleGrant[] {
  if (!Array.isArray(claim) || claim.length === 0) throw invalid('klaim roles harus berupa daftar tak kosong [{ role, unit }]');
  if (claim.length > MAX_GRANTS) throw invalid(`klaim roles berisi lebih dari ${MAX_GRANTS} hak akses`);
  const grants = claim.map((raw, index) => parseGrant(raw, `roles[${index}]`, subject));
  grants.forEach((grant, index) => {
    const first = grants.findIndex((other) => other.role === grant.role && other.unit === grant.unit);
    if (first !== index) throw invalid(`roles[${index}] mengulang roles[${first}]`);
  });
  return grants;
}

function parseGrant(raw: unknown, path: string, subject: string): RoleGrant {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw invalid(`${path} harus berupa objek { role, unit }`);
  const extra = Object.keys(raw).filter((key) => key !== 'role' && key !== 'unit');
  if (extra.length) throw invalid(`${path} berisi kunci yang tidak dikenal: ${extra.slice(0, 3).map(describe).join(', ')}${extra.length > 3 ? ', …' : ''}`);
  const { role, unit } = raw as { role?: unknown; unit?: unknown };
  if (role === Role.PUBLIC) throw invalid(`${path}.role PUBLIC hanya untuk pengguna anonim`);
  if (typeof role !== 'string' || !Object.hasOwn(LEGAL_SCOPES, role)) throw invalid(`${path}.role tidak dikenal: ${describe(role)}`);
  const legal = LEGAL_SCOPES[role as keyof typeof LEGAL_SCOPES];
  const hasUnit = Object.hasOwn(raw, 'unit');
  if (legal.includes('self')) {
    if (hasUnit && unit !== subject) throw invalid(`${path}.unit untuk ${role} harus kosong atau sama dengan sub`);
    if (!isEmployeeId(subject)) throw invalid(`${path}: ${role} memerlukan sub berupa id pegawai (huruf, angka, . _ : -)`);
    return Object.freeze({ role, unit: subject });
  }
  if (!hasUnit) throw invalid(`${path}.unit wajib ada untuk ${role}: ${legal.map((kind) => SCOPE_TEXT[kind]).join(' atau ')}`);
  if (typeof unit !== 'string') throw invalid(`${path}.unit harus berupa teks, bukan ${describe(unit)}`);
  const kind = scopeKindOf(unit);
  if (!kind || !legal.includes(kind)) {
    throw invalid(`${path}.unit ${describe(unit)} bukan cakupan yang sah untuk ${role}; yang sah: ${legal.map((kind) => SCOPE_TEXT[kind]).join(', ')}`);
  }
  return Object.freeze({ role, unit });
}

/**
 * The instansi a grant covers: "*" for every one, an instansi id, or undefined — a unit kerja, a person
 * (EMPLOYEE), a role that holds no instansi, or a grant that is not closed (an old recorded event).
 */
export function instansiCoveredBy(grant: RoleGrant): string | undefined {
  const legal: readonly ScopeKind[] = Object.hasOwn(LEGAL_SCOPES, grant.role) ? LEGAL_SCOPES[grant.role as keyof typeof LEGAL_SCOPES] : [];
  if (grant.unit === ALL_INSTANSI) return legal.includes('all') ? ALL_INSTANSI : undefined;
  return legal.includes('instansi') && isInstansiId(grant.unit) ? grant.unit : undefined;
}

/** Holds one of `roles` for every instansi: an explicit `unit: "*"` grant, never an unscoped one. */
export function holdsAllInstansi(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((grant) => roles.includes(grant.role as Role) && instansiCoveredBy(grant) === ALL_INSTANSI);
}

function scopeKindOf(unit: string): ScopeKind | undefined {
  if (unit === ALL_INSTANSI) return 'all';
  if (isInstansiId(unit)) return 'instansi';
  if (isUnitId(unit)) return 'unit';
  return undefined;
}

function invalid(problem: string): UnauthenticatedError {
  return new UnauthenticatedError(`Token tidak sah: ${problem}`);
}

/** A short, safe rendering of a claim value for the message (bounded: it comes from the caller). */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === undefined) return 'kosong';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'daftar';
  return typeof value === 'object' ? 'objek' : `${typeof value} ${String(value).slice(0, 20)}`;
}
