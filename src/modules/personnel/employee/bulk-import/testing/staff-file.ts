import { addYears, toIsoDate } from '@kernel/calendar-date';
import { IMPORT_COLUMNS, ImportColumn } from '../import-columns';

/** A post the generated staff are placed in (a pelaksana or functional post without a recorded formation takes any number). */
export interface StaffPost {
  readonly unitId: string;
  readonly positionId: string;
  /** An earlier post of the same unit kerja, for the riwayat jabatan. */
  readonly previousPositionId: string;
}

/** How a bad row is broken, and the rule code that must refuse it. */
const BREAKAGES: readonly { readonly rule: string; readonly apply: (row: Record<ImportColumn, string>, earlier: Record<ImportColumn, string>) => void }[] = [
  { rule: 'PERSONNEL.NIP_FORMAT', apply: (row) => (row.nipBaru = row.nipBaru.slice(0, 17)) },
  { rule: 'PERSONNEL.GOLONGAN_NOT_OF_EMPLOYMENT_TYPE', apply: (row) => (row.golRuangAkhir = 'IX') },
  { rule: 'PERSONNEL.UNIT_NOT_FOUND', apply: (row) => (row.unorId = `${row.unorId}-hilang`) },
  { rule: 'PERSONNEL.HISTORY_GOLONGAN_ORDER', apply: (row) => (row.rwGolongan = row.rwGolongan.replace('III/a', 'IV/a')) },
  { rule: 'PERSONNEL.POSITION_TMT_BEFORE_EMPLOYMENT', apply: (row) => (row.tmtJabatan = `${Number(row.tmtCpns.slice(0, 4)) - 1}-12-31`) },
  { rule: 'PERSONNEL.IMPORT_IDENTIFIER_REPEATED_IN_FILE', apply: (row, earlier) => (row.nipBaru = earlier.nipBaru) },
  { rule: 'PERSONNEL.HUKDIS_EFFECTIVE_BEFORE_DECISION', apply: (row) => (row.rwHukdis = `hd-${row.nipBaru}|TEGURAN_TERTULIS|800/9/2020|10-03-2020|2020-03-01|Terlambat`) },
  { rule: 'PERSONNEL.DATE_INVALID', apply: (row) => (row.tglLahir = '31-02-1980') },
];

export interface StaffFile {
  readonly rows: Record<ImportColumn, string>[];
  /** Data row number (1-based) → the rule that must refuse it. */
  readonly bad: ReadonlyMap<number, string>;
}

/**
 * `count` consistent PNS (NIPs that match birth date, TMT CPNS and sex; S1, III/a at TMT CPNS, III/b
 * four years later, III/c four more; the current post from two years after TMT CPNS, an earlier post
 * before), every `badEvery`-th row broken in one of eight ways. Deterministic: row i is always the same.
 */
export function staffFile(count: number, posts: readonly StaffPost[], badEvery = 0): StaffFile {
  const rows: Record<ImportColumn, string>[] = [];
  const bad = new Map<number, string>();
  for (let i = 0; i < count; i++) {
    const row = staffRow(i, posts[i % posts.length]);
    if (badEvery > 0 && i > 0 && i % badEvery === 0) {
      const breakage = BREAKAGES[(i / badEvery) % BREAKAGES.length];
      breakage.apply(row, rows[i - 1]);
      bad.set(i + 1, breakage.rule);
    }
    rows.push(row);
  }
  return { rows, bad };
}

function staffRow(i: number, post: StaffPost): Record<ImportColumn, string> {
  const birth = new Date(Date.UTC(1965, 0, 1) + (i % 7000) * 86_400_000);
  const birthDate = toIsoDate(birth.getUTCFullYear(), birth.getUTCMonth() + 1, birth.getUTCDate());
  const tmtYear = birth.getUTCFullYear() + 24;
  const tmtMonth = (i % 12) + 1;
  const tmt = toIsoDate(tmtYear, tmtMonth, 1);
  const female = i % 2 === 1;
  const sequence = String(Math.floor(i / 7000) + 1).padStart(3, '0');
  const nip = `${birthDate.replace(/-/g, '')}${tmtYear}${String(tmtMonth).padStart(2, '0')}${female ? 2 : 1}${sequence}`;
  const iiib = addYears(tmt, 4);
  const iiic = addYears(tmt, 8);
  const jabatan = addYears(tmt, 2);
  const row = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, ''])) as Record<ImportColumn, string>;
  return Object.assign(row, {
    nipBaru: nip,
    nama: `${female ? 'Siti' : 'Ahmad'} Pegawai ${i + 1}`,
    tglLahir: birthDate,
    jenisKelamin: female ? 'F' : 'M',
    jenisPegawai: 'PNS',
    tmtCpns: tmt,
    golRuangAkhir: 'III/c',
    tmtGolAkhir: iiic,
    unorId: post.unitId,
    jabatanId: post.positionId,
    tmtJabatan: jabatan,
    tingkatPendidikan: 'S1',
    email: i % 3 === 0 ? `pegawai${i + 1}@example.go.id` : '',
    rwGolongan: `III/a|${tmt}|813/${i + 1}/CPNS|${tmt};III/b|${iiib}`,
    rwJabatan: `${post.unitId}|${post.previousPositionId}|${tmt}`,
    rwPendidikan: `SLTA|${addYears(birthDate, 18).slice(0, 4)}-06-01|SMA Negeri ${(i % 20) + 1};S1|${addYears(birthDate, 23).slice(0, 4)}-08-31|Universitas Sumatera Utara`,
  });
}

/** The rows as a CSV file (comma separated, header first; fields with a comma or quote are quoted). */
export function toCsv(rows: readonly Record<ImportColumn, string>[]): string {
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [IMPORT_COLUMNS.join(','), ...rows.map((row) => IMPORT_COLUMNS.map((c) => quote(row[c])).join(','))].join('\n') + '\n';
}
