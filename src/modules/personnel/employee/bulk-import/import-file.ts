import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { BadUserInputError } from '@kernel/errors';
import { IMPORT_COLUMNS, ImportColumn, RawRow, REQUIRED_COLUMNS } from './import-columns';

export const ImportFormat = { CSV: 'CSV', XLSX: 'XLSX' } as const;
export type ImportFormat = (typeof ImportFormat)[keyof typeof ImportFormat];

/** The format a file name says; null when it names neither. */
export function formatOfFileName(name: string): ImportFormat | null {
  if (/\.csv$/i.test(name)) return ImportFormat.CSV;
  if (/\.xlsx$/i.test(name)) return ImportFormat.XLSX;
  return null;
}

/**
 * The data rows of a CSV (comma or semicolon separated, UTF-8, header row first) or of the first
 * worksheet of an XLSX (header row 1). Headers are matched case-insensitively; unknown columns are
 * ignored, a missing required column refuses the whole file (BAD_USER_INPUT) before any row is read.
 */
export async function readRows(format: ImportFormat, content: Buffer, maxRows: number): Promise<RawRow[]> {
  const table = format === ImportFormat.CSV ? csvTable(content) : await xlsxTable(content);
  const [header = [], ...body] = table;
  const byName = new Map(IMPORT_COLUMNS.map((c) => [c.toLowerCase(), c]));
  const columns = header.map((h) => byName.get(h.trim().toLowerCase()) ?? null);
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new BadUserInputError(`Kolom wajib tidak ada: ${missing.join(', ')} (baris pertama harus judul kolom)`, { missingColumns: missing });
  const rows = body.filter((cells) => cells.some((c) => c.trim() !== ''));
  if (rows.length > maxRows) throw new BadUserInputError(`Paling banyak ${maxRows} baris data per impor; berkas ini ${rows.length} baris`, { maxRows, rows: rows.length });
  return rows.map((cells) => {
    const row: Partial<Record<ImportColumn, string>> = {};
    columns.forEach((column, i) => {
      if (column) row[column] = (cells[i] ?? '').trim();
    });
    return row;
  });
}

function csvTable(content: Buffer): string[][] {
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
  } catch (error) {
    throw new BadUserInputError(`Isi CSV tidak dapat dibaca: ${(error as Error).message.slice(0, 200)}`);
  }
}

async function xlsxTable(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    throw new BadUserInputError(`Isi XLSX tidak dapat dibaca: ${(error as Error).message.slice(0, 200)}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new BadUserInputError('Berkas XLSX tidak berisi lembar kerja');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let i = 1; i <= row.cellCount; i++) cells.push(cellText(row.getCell(i).value));
    table.push(cells);
  });
  return table;
}

/** A cell as text: a date cell as its calendar date (Excel dates carry no zone: read in UTC). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}
