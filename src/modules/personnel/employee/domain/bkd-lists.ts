import { addYears, fullMonthsBetween, fullYearsBetween, IsoDate } from '@kernel/calendar-date';
import { JenisJabatan } from '@modules/organisation';
import { compareGolongan, Golongan, isGolongan } from '@modules/shared/golongan';
import { Education, EDUCATION_ORDER } from './education';
import { HukdisRecord } from './hukdis';
import { SatyalancanaClass } from './satyalancana';
import { sortableName } from './name-order';
import { BUP_POLICY, bupRetirementDate } from './retirement-age';

/** What the BKD lists read of one active PNS (from the employees read model and the tree). */
export interface ListedPns {
  readonly employeeId: string;
  readonly name: string;
  readonly identifier: string;
  readonly birthDate: IsoDate;
  readonly tmt: IsoDate;
  readonly golongan: Golongan;
  readonly golonganTmt: IsoDate;
  readonly education: Education;
  readonly unitId: string;
  readonly positionId: string;
  /** Jenis jabatan of the post; null when the tree no longer knows it. */
  readonly jenisJabatan: JenisJabatan | null;
  /** The whole service record of hukuman disiplin (KP and Satyalancana read it). */
  readonly hukdis: readonly Pick<HukdisRecord, 'hukdisType' | 'level' | 'effectiveFrom' | 'activeUntil'>[];
  /** Satyalancana Karya Satya classes conferred. */
  readonly awards: readonly SatyalancanaClass[];
  /** Classes with a nomination waiting for the human decision. */
  readonly pendingAwards: readonly SatyalancanaClass[];
}

/** Jabatan in DUK order: leadership by level first, then functional by level, then pelaksana. */
const JABATAN_RANK: Readonly<Record<JenisJabatan, number>> = {
  [JenisJabatan.JPT_MADYA]: 1,
  [JenisJabatan.JPT_PRATAMA]: 2,
  [JenisJabatan.ADMINISTRATOR]: 3,
  [JenisJabatan.JF_AHLI_UTAMA]: 4,
  [JenisJabatan.JF_AHLI_MADYA]: 5,
  [JenisJabatan.PENGAWAS]: 6,
  [JenisJabatan.JF_AHLI_MUDA]: 7,
  [JenisJabatan.JF_AHLI_PERTAMA]: 8,
  [JenisJabatan.JF_PENYELIA]: 9,
  [JenisJabatan.JF_MAHIR]: 10,
  [JenisJabatan.JF_TERAMPIL]: 11,
  [JenisJabatan.JF_PEMULA]: 12,
  [JenisJabatan.PELAKSANA]: 13,
};

/**
 * Daftar Urut Kepangkatan (DUK, PP 15/1979 ps. 7 as practised by BKD): higher golongan first; within
 * a golongan, the earlier TMT golongan; then the higher jabatan; then the longer masa kerja (earlier
 * TMT CPNS); then the higher education; then the older person; then NIP, so the order is total.
 * [M] The jabatan ranking between structural and functional levels is our reading.
 */
export function compareDuk(a: ListedPns, b: ListedPns): number {
  return (
    compareGolongan(b.golongan, a.golongan) ||
    a.golonganTmt.localeCompare(b.golonganTmt) ||
    rankOf(a.jenisJabatan) - rankOf(b.jenisJabatan) ||
    a.tmt.localeCompare(b.tmt) ||
    EDUCATION_ORDER.indexOf(b.education) - EDUCATION_ORDER.indexOf(a.education) ||
    a.birthDate.localeCompare(b.birthDate) ||
    a.identifier.localeCompare(b.identifier)
  );
}

/** Place of a jenis jabatan in list order (1 = JPT Madya … 13 = pelaksana; unknown last). */
export function jabatanRank(jenis: JenisJabatan | null): number {
  return rankOf(jenis);
}

function rankOf(jenis: JenisJabatan | null): number {
  return (jenis && JABATAN_RANK[jenis]) || 99;
}

export interface Span {
  readonly years: number;
  readonly months: number;
}

export function spanBetween(from: IsoDate, to: IsoDate): Span {
  const months = Math.max(0, fullMonthsBetween(from, to));
  return { years: Math.floor(months / 12), months: months % 12 };
}

export interface DukRow {
  readonly rank: number;
  readonly pns: ListedPns;
  readonly masaKerja: Span;
  readonly age: number;
}

export function duk(pns: readonly ListedPns[], asOf: IsoDate): DukRow[] {
  return [...pns].sort(compareDuk).map((p, i) => ({ rank: i + 1, pns: p, masaKerja: spanBetween(p.tmt, asOf), age: fullYearsBetween(p.birthDate, asOf) }));
}

export interface RetirementDue {
  readonly pns: ListedPns;
  readonly bupAge: number;
  readonly retirementDate: IsoDate;
}

/** PNS whose pensiun BUP falls on or after `from` and before `until`, soonest first. */
export function retirementsDue(pns: readonly ListedPns[], from: IsoDate, until: IsoDate): RetirementDue[] {
  return pns
    .flatMap((p) => {
      if (!p.jenisJabatan) return [];
      const bupAge = BUP_POLICY.ageByJenis[p.jenisJabatan];
      const retirementDate = bupRetirementDate(p.birthDate, bupAge);
      return retirementDate >= from && retirementDate < until ? [{ pns: p, bupAge, retirementDate }] : [];
    })
    .sort((a, b) => a.retirementDate.localeCompare(b.retirementDate) || sortableName(a.pns.name).localeCompare(sortableName(b.pns.name)));
}

export interface KgbDue {
  readonly pns: ListedPns;
  readonly kgbDate: IsoDate;
  /** Years of masa kerja golongan the increment is for. */
  readonly masaKerjaGolonganYears: number;
}

/**
 * Kenaikan gaji berkala (DOMAIN.md §1.20): every 2 years of masa kerja golongan; a PNS who started at
 * II/a gets the first after 1 year. [M] The record holds no KGB decisions or starting MKG, so masa
 * kerja golongan is counted from the TMT CPNS, and postponements (a predikat below BAIK) are not known:
 * the list is of increments falling due, to be checked before the SK.
 */
export function kgbDue(pns: readonly ListedPns[], from: IsoDate, until: IsoDate, startedAtIIa: (p: ListedPns) => boolean = () => false): KgbDue[] {
  return pns
    .flatMap((p) => {
      const offset = startedAtIIa(p) ? 1 : 0;
      // The first increment at or after `from`: years 2, 4, 6… (1, 3, 5… from II/a).
      let years = Math.max(2 - offset, fullYearsBetween(p.tmt, from));
      if ((years + offset) % 2 !== 0) years += 1;
      let date = addYears(p.tmt, years);
      if (date < from) {
        years += 2;
        date = addYears(p.tmt, years);
      }
      return date < until ? [{ pns: p, kgbDate: date, masaKerjaGolonganYears: years }] : [];
    })
    .sort((a, b) => a.kgbDate.localeCompare(b.kgbDate) || sortableName(a.pns.name).localeCompare(sortableName(b.pns.name)));
}

export function isListedPnsGolongan(value: string): value is Golongan {
  return isGolongan(value);
}
