import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { DownloadInputError } from '@infrastructure/http/download-errors';
import { IsoDate, isIsoDate } from '@kernel/calendar-date';
import { Actor } from '@kernel/events';
import { INSTANSI_ID_PATTERN, instansiIdOf, UNIT_ID_PATTERN } from '@modules/organisation';
import { describeGolongan, EmploymentType, isGolongan } from '../domain';
import { BkdLists, ListScope } from './bkd-lists.service';
import { BkdTotals, TOTAL_DIMENSIONS } from './bkd-totals';

/** A list as a table: SIASN-style column names (DOMAIN.md §1.1) and one row per ASN. */
export interface Table {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (string | number)[][];
}

export const BKD_LISTS = ['duk', 'retirements-due', 'kgb-due', 'nominatif', 'kp-due', 'satyalancana-due', 'totals'] as const;
export type BkdListName = (typeof BKD_LISTS)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest extends ListScope {
  readonly list: BkdListName;
  readonly format: ExportFormat;
  readonly withinMonths: number;
  /** kp-due: the KP period (YYYY-MM-01); absent: the next one. */
  readonly period?: IsoDate;
  /** totals: PNS or PPPK only; absent: both. */
  readonly employmentType?: EmploymentType;
}

/** A rendered list: what the download endpoint sends and the export CLI writes. */
export interface ExportFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: Buffer;
}

/**
 * Reads a list request from plain parameters — the download's path and query string, or the export
 * CLI's arguments — with the same rules and messages for both. BAD_USER_INPUT for anything wrong.
 */
export function exportRequest(list: string, format: string, params: Readonly<Record<string, string | undefined>>): ExportRequest {
  if (!(BKD_LISTS as readonly string[]).includes(list) || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new DownloadInputError(`Daftar tidak dikenal: ${list}.${format}. Pilih ${BKD_LISTS.map((l) => `${l}.csv atau ${l}.xlsx`).join(', ')}`);
  }
  const unitId = params.unitId;
  if (unitId !== undefined && !UNIT_ID_PATTERN.test(unitId)) throw new DownloadInputError('unitId harus id unit seperti kota-medan.dinkes');
  const instansiId = params.instansiId ?? (unitId ? instansiIdOf(unitId) : undefined);
  if (!instansiId || !INSTANSI_ID_PATTERN.test(instansiId)) throw new DownloadInputError('instansiId harus slug instansi seperti kota-medan');
  const months = params.withinMonths ?? '12';
  if (!/^\d{1,2}$/.test(months) || Number(months) < 1 || Number(months) > 60) throw new DownloadInputError('withinMonths harus bilangan bulat 1–60');
  const period = params.period;
  if (period !== undefined && !isIsoDate(period)) throw new DownloadInputError('period harus tanggal YYYY-MM-DD (tanggal 1 bulan periode KP)');
  const employmentType = params.employmentType;
  if (employmentType !== undefined && employmentType !== EmploymentType.PNS && employmentType !== EmploymentType.PPPK) throw new DownloadInputError('employmentType harus PNS atau PPPK');
  return { list: list as BkdListName, format: format as ExportFormat, instansiId, unitId, withinMonths: Number(months), period, employmentType };
}

/** Renders the BKD lists as files, with the same access rules as the GraphQL queries (BkdLists checks them). */
@Injectable()
export class BkdExports {
  constructor(
    private readonly lists: BkdLists,
    private readonly totals: BkdTotals,
  ) {}

  async render(actor: Actor, request: ExportRequest): Promise<ExportFile> {
    const table = await this.table(actor, request);
    const body = request.format === 'csv' ? toCsv(table) : await toXlsx(table);
    return {
      fileName: `${request.list}-${request.unitId ?? request.instansiId}-${this.lists.today()}.${request.format}`,
      contentType: request.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body,
    };
  }

  /** The table of one list. */
  async table(actor: Actor, request: ExportRequest): Promise<Table> {
    const scope = request.unitId ?? request.instansiId;
    const golongan = (g: string) => (isGolongan(g) ? describeGolongan(g) : g);
    switch (request.list) {
      case 'duk': {
        const asOf = this.lists.today();
        const rows = await this.lists.duk(actor, request, asOf);
        return {
          title: `DUK ${scope} per ${asOf}`,
          columns: ['NO_URUT', 'NIP_BARU', 'NAMA', 'GOL_RUANG', 'TMT_GOLONGAN', 'JENIS_JABATAN', 'UNOR_ID', 'MASA_KERJA_TAHUN', 'MASA_KERJA_BULAN', 'PENDIDIKAN', 'TANGGAL_LAHIR', 'USIA'],
          rows: rows.map((r) => [r.rank, r.pns.identifier, r.pns.name, golongan(r.pns.golongan), r.pns.golonganTmt, r.pns.jenisJabatan ?? '', r.pns.unitId, r.masaKerja.years, r.masaKerja.months, r.pns.education, r.pns.birthDate, r.age]),
        };
      }
      case 'retirements-due': {
        const rows = await this.lists.retirementsDue(actor, request, request.withinMonths);
        return {
          title: `Pensiun BUP ${request.withinMonths} bulan ke depan, ${scope}`,
          columns: ['NIP_BARU', 'NAMA', 'GOL_RUANG', 'JENIS_JABATAN', 'UNOR_ID', 'TANGGAL_LAHIR', 'BUP', 'TMT_PENSIUN'],
          rows: rows.map((r) => [r.pns.identifier, r.pns.name, golongan(r.pns.golongan), r.pns.jenisJabatan ?? '', r.pns.unitId, r.pns.birthDate, r.bupAge, r.retirementDate]),
        };
      }
      case 'kgb-due': {
        const rows = await this.lists.kgbDue(actor, request, request.withinMonths);
        return {
          title: `KGB ${request.withinMonths} bulan ke depan, ${scope}`,
          columns: ['NIP_BARU', 'NAMA', 'GOL_RUANG', 'UNOR_ID', 'TMT_CPNS', 'TMT_KGB', 'MASA_KERJA_GOLONGAN_TAHUN'],
          rows: rows.map((r) => [r.pns.identifier, r.pns.name, golongan(r.pns.golongan), r.pns.unitId, r.pns.tmt, r.kgbDate, r.masaKerjaGolonganYears]),
        };
      }
      case 'nominatif': {
        const asOf = this.lists.today();
        const rows = await this.lists.nominatif(actor, request, asOf);
        return {
          title: `Nominatif ${scope} per ${asOf}`,
          columns: ['NO', 'NIP_BARU', 'NAMA', 'JENIS_PEGAWAI', 'JENIS_KELAMIN', 'TANGGAL_LAHIR', 'USIA', 'GOL_RUANG', 'TMT_GOLONGAN', 'TMT_CPNS', 'MASA_KERJA_TAHUN', 'MASA_KERJA_BULAN', 'JABATAN', 'JENIS_JABATAN', 'PENDIDIKAN', 'OPD', 'UNOR', 'UNOR_ID'],
          rows: rows.map(({ number, entry: e, masaKerja, age }) => [
            number, e.identifier, e.name, e.employmentType, e.sex, e.birthDate, age, golongan(e.golongan), e.golonganTmt, e.tmt, masaKerja.years, masaKerja.months,
            e.positionName ?? '', e.jenisJabatan ?? '', e.education, e.unitPath[0] ?? '', e.unitPath.join(' / '), e.unitId,
          ]),
        };
      }
      case 'kp-due': {
        const period = this.lists.kpPeriod(request.period);
        const rows = await this.lists.kpDue(actor, request, period);
        return {
          title: `KP periode ${period}, ${scope}`,
          columns: ['NIP_BARU', 'NAMA', 'GOL_RUANG', 'TMT_GOLONGAN', 'GOL_RUANG_BARU', 'TMT_KP', 'MASA_KERJA_GOLONGAN_TAHUN', 'JENIS_JABATAN', 'JABATAN_FUNGSIONAL', 'PENDIDIKAN', 'UNOR_ID'],
          rows: rows.map((r) => [r.pns.identifier, r.pns.name, golongan(r.pns.golongan), r.pns.golonganTmt, golongan(r.toGolongan), period, r.yearsInPangkat, r.pns.jenisJabatan ?? '', r.jf ? 'YA' : 'TIDAK', r.pns.education, r.pns.unitId]),
        };
      }
      case 'satyalancana-due': {
        const asOf = this.lists.today();
        const rows = await this.lists.satyalancanaDue(actor, request, asOf);
        return {
          title: `Satyalancana Karya Satya per ${asOf}, ${scope}`,
          columns: ['NIP_BARU', 'NAMA', 'GOL_RUANG', 'TMT_CPNS', 'MASA_KERJA_TAHUN', 'KELAS', 'USULAN_MENUNGGU', 'UNOR_ID'],
          rows: rows.map((r) => [r.pns.identifier, r.pns.name, golongan(r.pns.golongan), r.pns.tmt, r.serviceYears, r.awardClass, r.nominationPending ? 'YA' : 'TIDAK', r.pns.unitId]),
        };
      }
      case 'totals': {
        const totals = await this.totals.totals(actor, request, request.employmentType);
        return {
          title: `Rekapitulasi ${scope}`,
          columns: ['DIMENSI', 'KUNCI', 'URAIAN', 'JUMLAH'],
          rows: [['TOTAL', '', 'Jumlah ASN aktif', totals.total], ...TOTAL_DIMENSIONS.flatMap((d) => totals[d].map((r) => [DIMENSION_NAMES[d], r.key, r.label, r.count]))],
        };
      }
    }
  }
}

const DIMENSION_NAMES: Readonly<Record<(typeof TOTAL_DIMENSIONS)[number], string>> = {
  byEmploymentType: 'JENIS_PEGAWAI',
  byGolongan: 'GOL_RUANG',
  byOpd: 'OPD',
  byJenisJabatan: 'JENIS_JABATAN',
  bySex: 'JENIS_KELAMIN',
  byEducation: 'PENDIDIKAN',
};

export function toCsv(table: Table): Buffer {
  return Buffer.from(stringify([[...table.columns], ...table.rows]), 'utf8');
}

export async function toXlsx(table: Table): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(table.title.slice(0, 31).replace(/[\\/?*[\]:]/g, '-'));
  sheet.addRow([...table.columns]).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}
