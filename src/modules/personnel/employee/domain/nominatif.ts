import { fullYearsBetween, IsoDate } from '@kernel/calendar-date';
import { JenisJabatan } from '@modules/organisation';
import { GOLONGAN_ORDER, GOLONGAN_PPPK_ORDER } from '@modules/shared/golongan';
import { Sex } from '@modules/shared/sex';
import { jabatanRank, Span, spanBetween } from './bkd-lists';
import { Education, EDUCATION_ORDER } from './education';
import { EmploymentType } from './employment';

/** What the daftar nominatif reads of one active ASN (PNS or PPPK), placed in the tree. */
export interface NominatifEntry {
  readonly employeeId: string;
  readonly employmentType: EmploymentType;
  readonly identifier: string;
  readonly name: string;
  /** The name as people are filed (sortableName). */
  readonly sortName: string;
  readonly sex: Sex;
  readonly birthDate: IsoDate;
  readonly tmt: IsoDate;
  /** I_A … IV_E (PNS) or I … XVII (PPPK). */
  readonly golongan: string;
  readonly golonganTmt: IsoDate;
  readonly education: Education;
  readonly unitId: string;
  /** Unit names from the OPD down to the unit (a breadcrumb); the first is the OPD. */
  readonly unitPath: readonly string[];
  readonly positionId: string;
  readonly positionName: string | null;
  readonly jenisJabatan: JenisJabatan | null;
}

export interface NominatifRow {
  readonly number: number;
  readonly entry: NominatifEntry;
  readonly masaKerja: Span;
  readonly age: number;
}

/**
 * Daftar nominatif pegawai (the staff list of a unit, as a BKD prints it): by OPD and unit as the tree
 * names them; within a unit the higher jabatan first (as in the DUK), PNS before PPPK, the higher
 * golongan, then the name as filed. [M] The order within a unit is our reading of common practice.
 */
export function compareNominatif(a: NominatifEntry, b: NominatifEntry): number {
  return (
    comparePaths(a.unitPath, b.unitPath) ||
    a.unitId.localeCompare(b.unitId) ||
    jabatanRank(a.jenisJabatan) - jabatanRank(b.jenisJabatan) ||
    (a.employmentType === b.employmentType ? 0 : a.employmentType === EmploymentType.PNS ? -1 : 1) ||
    golonganKeyRank(b.golongan) - golonganKeyRank(a.golongan) ||
    a.sortName.localeCompare(b.sortName) ||
    a.identifier.localeCompare(b.identifier)
  );
}

function comparePaths(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = a[i].localeCompare(b[i], 'id');
    if (order !== 0) return order;
  }
  // A unit before the units below it.
  return a.length - b.length;
}

export function nominatif(entries: readonly NominatifEntry[], asOf: IsoDate): NominatifRow[] {
  return [...entries].sort(compareNominatif).map((entry, i) => ({ number: i + 1, entry, masaKerja: spanBetween(entry.tmt, asOf), age: fullYearsBetween(entry.birthDate, asOf) }));
}

/** One group of a rekapitulasi (totals): its key and how many ASN it holds. */
export interface TotalCount {
  readonly key: string;
  readonly count: number;
}

/**
 * Counts grouped by the store, re-keyed (a position to its jenis jabatan, a unit to its OPD) and summed;
 * a key the map cannot place becomes `unknown`. Ordered by `order` (then key).
 */
export function rollUp(groups: readonly { key: string | null; count: number }[], map: (key: string | null) => string, order: (a: string, b: string) => number): TotalCount[] {
  const sums = new Map<string, number>();
  for (const { key, count } of groups) {
    const target = map(key);
    sums.set(target, (sums.get(target) ?? 0) + count);
  }
  return [...sums].map(([key, count]) => ({ key, count })).sort((a, b) => order(a.key, b.key) || a.key.localeCompare(b.key));
}

/** Orders of the rekapitulasi dimensions: golongan highest first, education highest first, jabatan as in the DUK. */
export const TOTAL_ORDERS = {
  golongan: (a: string, b: string) => golonganKeyRank(b) - golonganKeyRank(a),
  education: (a: string, b: string) => rankIn(EDUCATION_ORDER, b) - rankIn(EDUCATION_ORDER, a),
  jenisJabatan: (a: string, b: string) => jabatanRank(a as JenisJabatan) - jabatanRank(b as JenisJabatan),
} as const;

/** Higher is higher: PNS ruang I/a … IV/e above PPPK I … XVII; unknown lowest. */
function golonganKeyRank(key: string): number {
  const pns = (GOLONGAN_ORDER as readonly string[]).indexOf(key);
  if (pns >= 0) return 100 + pns;
  const pppk = (GOLONGAN_PPPK_ORDER as readonly string[]).indexOf(key);
  return pppk >= 0 ? 50 + pppk : -1;
}

function rankIn(order: readonly string[], key: string): number {
  return order.indexOf(key);
}
