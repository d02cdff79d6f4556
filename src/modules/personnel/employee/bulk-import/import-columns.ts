import { isIsoDate, toIsoDate } from '@kernel/calendar-date';
import { problem, RuleProblem, valueProblems } from '@kernel/rules';
import { CareerHistory, EmploymentType, PastEducation, PastGolongan, PastHukdis, PastPosition, RegisterEmployee } from '../domain';
import { RegisterEmployeeFields } from '../register-employee/register-employee.command';

/**
 * The import's columns, named as SIASN's data-utama and riwayat services name them (DOMAIN §1.1,
 * `kanekescom/laravel-siasn-simpeg-api`), so an export needs at most a header rename. `unorId` and
 * `jabatanId` are this system's unit and position ids (the organisation tree is set up first).
 * Riwayat cells hold entries separated by `;`, fields by `|` (see the personnel README).
 */
export const IMPORT_COLUMNS = [
  'nipBaru',
  'nama',
  'tglLahir',
  'jenisKelamin',
  'jenisPegawai',
  'tmtCpns',
  'golRuangAkhir',
  'tmtGolAkhir',
  'unorId',
  'jabatanId',
  'tmtJabatan',
  'tingkatPendidikan',
  'email',
  'noHp',
  'usiaMaksPengangkatan',
  'rwGolongan',
  'rwJabatan',
  'rwPendidikan',
  'rwHukdis',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['nipBaru', 'nama', 'tglLahir', 'jenisKelamin', 'jenisPegawai', 'tmtCpns', 'golRuangAkhir', 'tmtGolAkhir', 'unorId', 'jabatanId', 'tingkatPendidikan'];

/** A data row as read from the file: column → trimmed text ('' when empty). */
export type RawRow = Readonly<Partial<Record<ImportColumn, string>>>;

/** One row, mapped to what the commands take; values that do not map are passed on for the rules to name. */
export interface MappedRow {
  readonly fields: RegisterEmployeeFields;
  readonly history: CareerHistory;
  /** Problems only the file format can have (a riwayat entry with the wrong number of fields…). */
  readonly problems: readonly RuleProblem[];
}

export const ImportRule = {
  /** The same NIP / NI PPPK in two rows of one file. */
  IDENTIFIER_REPEATED_IN_FILE: 'PERSONNEL.IMPORT_IDENTIFIER_REPEATED_IN_FILE',
  /** A riwayat entry without the fields its column needs. */
  HISTORY_ENTRY_MALFORMED: 'PERSONNEL.IMPORT_HISTORY_ENTRY_MALFORMED',
  /** The row's unit belongs to an instansi other than the one the import is for. */
  OUTSIDE_INSTANSI: 'PERSONNEL.IMPORT_OUTSIDE_INSTANSI',
} as const;

/** DD-MM-YYYY and DD/MM/YYYY (SIASN's display) become YYYY-MM-DD; anything else is left for DATE_INVALID. */
export function isoDateOf(text: string): string {
  const value = text.trim();
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  if (dmy) {
    const iso = toIsoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
    return isIsoDate(iso) ? iso : value;
  }
  return value;
}

const SEX: Readonly<Record<string, string>> = { M: 'MALE', L: 'MALE', '1': 'MALE', 'LAKI-LAKI': 'MALE', PRIA: 'MALE', MALE: 'MALE', F: 'FEMALE', P: 'FEMALE', '2': 'FEMALE', PEREMPUAN: 'FEMALE', WANITA: 'FEMALE', FEMALE: 'FEMALE' };

/** "III/b", "III_B", "iii-b" → III_B; PPPK "IX" stays. */
export function golonganOf(text: string): string {
  const value = text.trim().toUpperCase().replace(/[\s/-]+/g, '_');
  return value;
}

/** "D-III", "D3", "DIII", "S-1", "SMA" → the Education enumeration where it is unambiguous. */
export function educationOf(text: string): string {
  const value = text.trim().toUpperCase().replace(/[\s.-]+/g, '');
  const aliases: Readonly<Record<string, string>> = { D1: 'D_I', DI: 'D_I', D2: 'D_II', DII: 'D_II', D3: 'D_III', DIII: 'D_III', D4: 'D_IV', DIV: 'D_IV', SMA: 'SLTA', SMK: 'SLTA', SMP: 'SLTP', SMU: 'SLTA' };
  return aliases[value] ?? value.replace(/^D_?(I{1,3}|IV)$/, 'D_$1');
}

export function mapRow(raw: RawRow): MappedRow {
  const cell = (column: ImportColumn) => (raw[column] ?? '').trim();
  const problems: RuleProblem[] = [];
  const employmentType = cell('jenisPegawai').toUpperCase();
  problems.push(...valueProblems({ jenisPegawai: employmentType === EmploymentType.PNS || employmentType === EmploymentType.PPPK }));
  const maxAge = cell('usiaMaksPengangkatan');
  const fields: RegisterEmployeeFields = {
    employmentType: employmentType as RegisterEmployee['employmentType'],
    identifier: cell('nipBaru').replace(/\s+/g, ''),
    name: cell('nama'),
    birthDate: isoDateOf(cell('tglLahir')),
    sex: (SEX[cell('jenisKelamin').toUpperCase()] ?? cell('jenisKelamin')) as RegisterEmployee['sex'],
    tmt: isoDateOf(cell('tmtCpns')),
    golongan: golonganOf(cell('golRuangAkhir')),
    golonganTmt: isoDateOf(cell('tmtGolAkhir')),
    education: educationOf(cell('tingkatPendidikan')) as RegisterEmployee['education'],
    unitId: cell('unorId'),
    positionId: cell('jabatanId'),
    positionTmt: cell('tmtJabatan') ? isoDateOf(cell('tmtJabatan')) : null,
    contacts: { email: cell('email') || null, phone: cell('noHp') || null },
    maxAgeAtAppointment: maxAge ? Number(maxAge) : null,
  };
  if (maxAge && !(Number.isInteger(Number(maxAge)) && Number(maxAge) >= 18 && Number(maxAge) <= 60)) {
    problems.push(...valueProblems({ usiaMaksPengangkatan: false }));
  }
  const history: CareerHistory = {
    golongan: entries(cell('rwGolongan'), 'rwGolongan', 2, problems).map(([golongan, tmt, skNumber, skDate]): PastGolongan => ({
      golongan: golonganOf(golongan) as PastGolongan['golongan'],
      tmt: isoDateOf(tmt),
      legalBasis: legalBasisOf(skNumber, skDate),
    })),
    positions: entries(cell('rwJabatan'), 'rwJabatan', 3, problems).map(([unitId, positionId, tmt, skNumber, skDate]): PastPosition => ({
      unitId,
      positionId,
      tmt: isoDateOf(tmt),
      legalBasis: legalBasisOf(skNumber, skDate),
    })),
    education: entries(cell('rwPendidikan'), 'rwPendidikan', 2, problems).map(([education, graduatedOn, institution]): PastEducation => ({
      education: educationOf(education) as PastEducation['education'],
      graduatedOn: isoDateOf(graduatedOn),
      institution: institution || null,
    })),
    hukdis: entries(cell('rwHukdis'), 'rwHukdis', 6, problems).map(([hukdisId, hukdisType, skNumber, skDate, effectiveFrom, description]): PastHukdis => ({
      hukdisId,
      hukdisType: hukdisType.toUpperCase() as PastHukdis['hukdisType'],
      decidedAt: isoDateOf(skDate),
      effectiveFrom: isoDateOf(effectiveFrom),
      legalBasis: { skNumber, skDate: isoDateOf(skDate) },
      description,
    })),
  };
  return { fields, history, problems };
}


/** The entries of a riwayat cell; an entry with fewer than `min` fields is a problem and is left out. */
function entries(text: string, column: ImportColumn, min: number, problems: RuleProblem[]): string[][] {
  if (!text) return [];
  const found: string[][] = [];
  text.split(';').map((entry) => entry.trim()).filter(Boolean).forEach((entry, i) => {
    const parts = entry.split('|').map((part) => part.trim());
    if (parts.filter(Boolean).length < min) {
      problems.push(problem(ImportRule.HISTORY_ENTRY_MALFORMED, `${column} entri ${i + 1} ("${entry}"): perlu sedikitnya ${min} isian dipisah "|"`));
    } else {
      found.push(parts.concat(Array(6).fill('')).slice(0, 6));
    }
  });
  return found;
}

function legalBasisOf(skNumber: string, skDate: string): PastGolongan['legalBasis'] {
  return skNumber || skDate ? { skNumber, skDate: isoDateOf(skDate) } : null;
}
