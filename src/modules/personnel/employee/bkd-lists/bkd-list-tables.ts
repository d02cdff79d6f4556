import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { Actor } from '@kernel/events';
import { describeGolongan, isGolongan } from '@modules/shared/golongan';
import { BkdLists, ListScope } from './bkd-lists.service';

/** A list as a table: SIASN-style column names (DOMAIN.md §1.1) and one row per PNS. */
export interface Table {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (string | number)[][];
}

export const BKD_LISTS = ['duk', 'retirements-due', 'kgb-due'] as const;
export type BkdListName = (typeof BKD_LISTS)[number];

export interface ExportRequest extends ListScope {
  readonly list: BkdListName;
  readonly withinMonths: number;
}

/** Builds the table of one list with the same access rules as the GraphQL queries. */
export async function tableOf(lists: BkdLists, actor: Actor, request: ExportRequest): Promise<Table> {
  const golongan = (g: string) => (isGolongan(g) ? describeGolongan(g) : g);
  switch (request.list) {
    case 'duk': {
      const asOf = lists.today();
      const rows = await lists.duk(actor, request, asOf);
      return {
        title: `DUK ${request.unitId ?? request.instansiId} per ${asOf}`,
        columns: ['NO_URUT', 'NIP_BARU', 'NAMA', 'GOL_RUANG', 'TMT_GOLONGAN', 'JENIS_JABATAN', 'UNOR_ID', 'MASA_KERJA_TAHUN', 'MASA_KERJA_BULAN', 'PENDIDIKAN', 'TANGGAL_LAHIR', 'USIA'],
        rows: rows.map((r) => [r.rank, r.pns.identifier, r.pns.name, golongan(r.pns.golongan), r.pns.golonganTmt, r.pns.jenisJabatan ?? '', r.pns.unitId, r.masaKerja.years, r.masaKerja.months, r.pns.education, r.pns.birthDate, r.age]),
      };
    }
    case 'retirements-due': {
      const rows = await lists.retirementsDue(actor, request, request.withinMonths);
      return {
        title: `Pensiun BUP ${request.withinMonths} bulan ke depan, ${request.unitId ?? request.instansiId}`,
        columns: ['NIP_BARU', 'NAMA', 'GOL_RUANG', 'JENIS_JABATAN', 'UNOR_ID', 'TANGGAL_LAHIR', 'BUP', 'TMT_PENSIUN'],
        rows: rows.map((r) => [r.pns.identifier, r.pns.name, golongan(r.pns.golongan), r.pns.jenisJabatan ?? '', r.pns.unitId, r.pns.birthDate, r.bupAge, r.retirementDate]),
      };
    }
    case 'kgb-due': {
      const rows = await lists.kgbDue(actor, request, request.withinMonths);
      return {
        title: `KGB ${request.withinMonths} bulan ke depan, ${request.unitId ?? request.instansiId}`,
        columns: ['NIP_BARU', 'NAMA', 'GOL_RUANG', 'UNOR_ID', 'TMT_CPNS', 'TMT_KGB', 'MASA_KERJA_GOLONGAN_TAHUN'],
        rows: rows.map((r) => [r.pns.identifier, r.pns.name, golongan(r.pns.golongan), r.pns.unitId, r.pns.tmt, r.kgbDate, r.masaKerjaGolonganYears]),
      };
    }
  }
}

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
