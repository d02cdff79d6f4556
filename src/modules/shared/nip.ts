import { IsoDate, addYears, isValidYmd, toIsoDate } from '@kernel/calendar-date';
import { Checked, RuleProblem, problem } from '@kernel/rules';
import { Sex } from './sex';

/**
 * NIP (Nomor Induk Pegawai: the PNS civil-servant number) and NI PPPK (Nomor Induk PPPK: the
 * contract employee's number). Both are 18 digits, stored without spaces, immutable and never
 * reused. Neither is a secret or an authenticator: the first 15 digits are guessable.
 */
export const IdentifierType = { NIP: 'NIP', NI_PPPK: 'NI_PPPK' } as const;
export type IdentifierType = (typeof IdentifierType)[keyof typeof IdentifierType];

export const NipRule = {
  FORMAT: 'PERSONNEL.NIP_FORMAT',
  BIRTH_DATE_INVALID: 'PERSONNEL.NIP_BIRTH_DATE_INVALID',
  TMT_MONTH_INVALID: 'PERSONNEL.NIP_TMT_MONTH_INVALID',
  SEX_DIGIT_INVALID: 'PERSONNEL.NIP_SEX_DIGIT_INVALID',
  SEQUENCE_INVALID: 'PERSONNEL.NIP_SEQUENCE_INVALID',
  TMT_BEFORE_AGE_18: 'PERSONNEL.NIP_TMT_BEFORE_AGE_18',
  TMT_AFTER_MAX_AGE: 'PERSONNEL.NIP_TMT_AFTER_MAX_AGE',
} as const;

export const NiPppkRule = {
  FORMAT: 'PERSONNEL.NI_PPPK_FORMAT',
  BIRTH_DATE_INVALID: 'PERSONNEL.NI_PPPK_BIRTH_DATE_INVALID',
  SEX_DIGIT_INVALID: 'PERSONNEL.NI_PPPK_SEX_DIGIT_INVALID',
  SEQUENCE_INVALID: 'PERSONNEL.NI_PPPK_SEQUENCE_INVALID',
  APPOINTED_BEFORE_AGE_18: 'PERSONNEL.NI_PPPK_APPOINTED_BEFORE_AGE_18',
} as const;

export const MIN_AGE_AT_APPOINTMENT = 18;
/** [M] Policy, not statute: the CPNS age limit at appointment. Legacy conversions used higher limits, so callers may pass their own. */
export const DEFAULT_MAX_AGE_AT_APPOINTMENT = 35;

/** A valid PNS NIP, decoded. */
export interface ParsedNip {
  readonly type: typeof IdentifierType.NIP;
  readonly identifier: string;
  readonly birthDate: IsoDate;
  /** TMT CPNS (start of candidate service) as `YYYY-MM`; the day is always the 1st. */
  readonly tmt: string;
  readonly sex: Sex;
  readonly sequence: number;
}

/** A valid NI PPPK, decoded. */
export interface ParsedNiPppk {
  readonly type: typeof IdentifierType.NI_PPPK;
  readonly identifier: string;
  readonly birthDate: IsoDate;
  /** Year of the first PPPK appointment (TMT year). */
  readonly tmtYear: number;
  /** [M] Digits 13–14, officially "jumlah perjanjian kerja"; observed as "21". Kept, not validated. */
  readonly contractField: string;
  readonly sex: Sex;
  readonly sequence: number;
}

export type ParsedIdentifier = ParsedNip | ParsedNiPppk;

export interface ParseNipOptions {
  readonly maxAgeAtAppointment?: number;
}

const EIGHTEEN_DIGITS = /^\d{18}$/;

// Perka BKN 22/2007: NIP = birth date (8) + TMT CPNS YYYYMM (6) + sex (1) + sequence 001–999 (3).
export function parseNip(nip: string, options: ParseNipOptions = {}): Checked<ParsedNip> {
  if (typeof nip !== 'string' || !EIGHTEEN_DIGITS.test(nip)) {
    return { ok: false, problems: [problem(NipRule.FORMAT, 'NIP harus tepat 18 angka, tanpa spasi')] };
  }
  const problems: RuleProblem[] = [];
  const birthDate = birthDateOf(nip);
  if (!birthDate) problems.push(problem(NipRule.BIRTH_DATE_INVALID, `Angka 1–8 NIP (${nip.slice(0, 8)}) bukan tanggal lahir yang sah (YYYYMMDD)`));
  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  const tmtValid = tmtMonth >= 1 && tmtMonth <= 12;
  if (!tmtValid) problems.push(problem(NipRule.TMT_MONTH_INVALID, `Angka 13–14 NIP (bulan TMT CPNS ${nip.slice(12, 14)}) harus 01–12`));
  const sex = sexOf(nip[14]);
  if (!sex) problems.push(problem(NipRule.SEX_DIGIT_INVALID, `Angka ke-15 NIP (${nip[14]}) harus 1 (laki-laki) atau 2 (perempuan)`));
  const sequence = Number(nip.slice(15));
  if (sequence === 0) problems.push(problem(NipRule.SEQUENCE_INVALID, 'Angka 16–18 NIP (nomor urut) harus 001–999'));
  if (birthDate && tmtValid) {
    const tmtDate = toIsoDate(tmtYear, tmtMonth, 1);
    problems.push(...cpnsAgeProblems(birthDate, tmtDate, options.maxAgeAtAppointment ?? DEFAULT_MAX_AGE_AT_APPOINTMENT));
  }
  if (problems.length > 0 || !birthDate || !sex) return { ok: false, problems };
  return { ok: true, value: { type: 'NIP', identifier: nip, birthDate, tmt: toIsoDate(tmtYear, tmtMonth, 1).slice(0, 7), sex, sequence } };
}

/** TMT CPNS must fall on or after the 18th birthday and on or before the birthday at the maximum age. */
function cpnsAgeProblems(birthDate: IsoDate, tmtDate: IsoDate, maxAge: number): RuleProblem[] {
  if (tmtDate < addYears(birthDate, MIN_AGE_AT_APPOINTMENT)) {
    return [problem(NipRule.TMT_BEFORE_AGE_18, `TMT CPNS ${tmtDate.slice(0, 7)} sebelum usia 18 tahun (lahir ${birthDate})`)];
  }
  if (tmtDate > addYears(birthDate, maxAge)) {
    return [problem(NipRule.TMT_AFTER_MAX_AGE, `TMT CPNS ${tmtDate.slice(0, 7)} melewati usia ${maxAge} tahun (lahir ${birthDate})`)];
  }
  return [];
}

// NI PPPK = birth date (8) + appointment year (4) + contract field (2) + sex (1) + sequence (3).
export function parseNiPppk(ni: string): Checked<ParsedNiPppk> {
  if (typeof ni !== 'string' || !EIGHTEEN_DIGITS.test(ni)) {
    return { ok: false, problems: [problem(NiPppkRule.FORMAT, 'NI PPPK harus tepat 18 angka, tanpa spasi')] };
  }
  const problems: RuleProblem[] = [];
  const birthDate = birthDateOf(ni);
  if (!birthDate) problems.push(problem(NiPppkRule.BIRTH_DATE_INVALID, `Angka 1–8 NI PPPK (${ni.slice(0, 8)}) bukan tanggal lahir yang sah (YYYYMMDD)`));
  const tmtYear = Number(ni.slice(8, 12));
  const sex = sexOf(ni[14]);
  if (!sex) problems.push(problem(NiPppkRule.SEX_DIGIT_INVALID, `Angka ke-15 NI PPPK (${ni[14]}) harus 1 (laki-laki) atau 2 (perempuan)`));
  const sequence = Number(ni.slice(15));
  if (sequence === 0) problems.push(problem(NiPppkRule.SEQUENCE_INVALID, 'Angka 16–18 NI PPPK (nomor urut) harus 001–999'));
  // Only the year is encoded, so refuse only when even 31 December of that year is before the 18th birthday.
  if (birthDate && toIsoDate(tmtYear, 12, 31) < addYears(birthDate, MIN_AGE_AT_APPOINTMENT)) {
    problems.push(problem(NiPppkRule.APPOINTED_BEFORE_AGE_18, `Tahun pengangkatan ${tmtYear} sebelum usia 18 tahun (lahir ${birthDate})`));
  }
  if (problems.length > 0 || !birthDate || !sex) return { ok: false, problems };
  return { ok: true, value: { type: 'NI_PPPK', identifier: ni, birthDate, tmtYear, contractField: ni.slice(12, 14), sex, sequence } };
}

export function parseIdentifier(type: IdentifierType, identifier: string, options: ParseNipOptions = {}): Checked<ParsedIdentifier> {
  return type === IdentifierType.NIP ? parseNip(identifier, options) : parseNiPppk(identifier);
}

function birthDateOf(digits: string): IsoDate | undefined {
  const [year, month, day] = [Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6, 8))];
  return isValidYmd(year, month, day) ? toIsoDate(year, month, day) : undefined;
}

function sexOf(digit: string): Sex | undefined {
  if (digit === '1') return Sex.MALE;
  if (digit === '2') return Sex.FEMALE;
  return undefined;
}

/** The TMT CPNS a NIP encodes, as the 1st of its month (`YYYY-MM-01`). */
export function tmtCpnsOf(parsed: ParsedNip): IsoDate {
  return `${parsed.tmt}-01`;
}

/** What the personnel record says, to compare with what the identifier encodes. */
export interface RecordedIdentity {
  readonly birthDate: IsoDate;
  readonly sex: Sex;
  /** Employment start (TMT CPNS for PNS, first PPPK appointment for PPPK), `YYYY-MM-DD`. */
  readonly tmt: IsoDate;
}

/** One field where the identifier and the record disagree. */
export interface NipMismatch {
  readonly field: 'birthDate' | 'sex' | 'tmt';
  /** The value the identifier encodes (`tmt` as `YYYY-MM` for a NIP, `YYYY` for an NI PPPK). */
  readonly fromIdentifier: string;
  readonly recorded: string;
}

/**
 * Fields where the record disagrees with its identifier. Legacy conversions produced NIPs that do
 * not match the person's data, so a mismatch is recorded as a warning, never a refusal.
 */
export function nipInconsistencies(parsed: ParsedIdentifier, recorded: RecordedIdentity): NipMismatch[] {
  const tmtFromIdentifier = parsed.type === 'NIP' ? parsed.tmt : String(parsed.tmtYear).padStart(4, '0');
  const candidates: NipMismatch[] = [
    { field: 'birthDate', fromIdentifier: parsed.birthDate, recorded: recorded.birthDate },
    { field: 'sex', fromIdentifier: parsed.sex, recorded: recorded.sex },
    { field: 'tmt', fromIdentifier: tmtFromIdentifier, recorded: recorded.tmt },
  ];
  return candidates.filter((c) => (c.field === 'tmt' ? !c.recorded.startsWith(`${c.fromIdentifier}-`) : c.fromIdentifier !== c.recorded));
}

/** `19860926 201505 1 001`: the grouping BKN prints. NI PPPK use the same 8-6-1-3 grouping. */
export function formatNipForDisplay(identifier: string): string {
  if (!EIGHTEEN_DIGITS.test(identifier)) return identifier;
  return `${identifier.slice(0, 8)} ${identifier.slice(8, 14)} ${identifier[14]} ${identifier.slice(15)}`;
}

/**
 * For public pages: `******** ****** * 001`. Only the sequence shows. The birth date and sex are
 * personal data (UU 27/2022 PDP), and showing more digits narrows the 999-candidate guess that
 * makes NIPs harvestable. Anything that is not 18 digits is masked completely.
 */
export function maskNip(identifier: string): string {
  const sequence = EIGHTEEN_DIGITS.test(identifier) ? identifier.slice(15) : '***';
  return `******** ****** * ${sequence}`;
}
