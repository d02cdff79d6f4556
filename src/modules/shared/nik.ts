import { IsoDate, isValidYmd } from '@kernel/calendar-date';
import { Checked, problem, RuleProblem } from '@kernel/rules';
import { Sex } from './sex';

/**
 * NIK (Nomor Induk Kependudukan: the national resident number), DOMAIN.md §1.18: province (2) +
 * kab/kota (2) + kecamatan (2) + birth date DDMMYY, with 40 added to DD for women + a sequence from
 * 0001. The region is where the NIK was first issued, not where the person lives, so any valid region
 * is accepted. Only the day, month and two-digit year are encoded: consistency with a birth date is
 * checked on those.
 */
export const NikRule = {
  FORMAT: 'PERSONNEL.NIK_FORMAT',
  REGION_INVALID: 'PERSONNEL.NIK_REGION_INVALID',
  BIRTH_DATE_INVALID: 'PERSONNEL.NIK_BIRTH_DATE_INVALID',
  SEQUENCE_INVALID: 'PERSONNEL.NIK_SEQUENCE_INVALID',
  BIRTH_DATE_MISMATCH: 'PERSONNEL.NIK_BIRTH_DATE_MISMATCH',
} as const;

/**
 * Province codes of Kemendagri (Permendagri 72/2019 and the 2022 Papua provinces): Sumatra 11–19,
 * Kepulauan Riau 21, Java 31–36, Bali and Nusa Tenggara 51–53, Kalimantan 61–65, Sulawesi 71–76,
 * Maluku 81–82, Papua 91–96. [M] The list of kab/kota codes per province is not held: any 01–99.
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36',
  '51', '52', '53', '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82',
  '91', '92', '93', '94', '95', '96',
]);

export interface ParsedNik {
  readonly province: string;
  readonly regency: string;
  readonly district: string;
  /** Day and month of birth, `MM-DD`, with the women's +40 removed. */
  readonly birthMonthDay: string;
  /** The last two digits of the birth year. */
  readonly birthYear2: string;
  readonly sex: Sex;
  readonly sequence: number;
}

const SIXTEEN_DIGITS = /^\d{16}$/;

export function parseNik(nik: string): Checked<ParsedNik> {
  if (typeof nik !== 'string' || !SIXTEEN_DIGITS.test(nik)) {
    return { ok: false, problems: [problem(NikRule.FORMAT, 'NIK harus tepat 16 angka, tanpa spasi')] };
  }
  const problems: RuleProblem[] = [];
  const [province, regency, district] = [nik.slice(0, 2), nik.slice(2, 4), nik.slice(4, 6)];
  const regionFaults = [
    !PROVINCE_CODES.has(province) && `angka 1–2 (${province}) bukan kode provinsi`,
    regency === '00' && 'angka 3–4 (kode kabupaten/kota) tidak boleh 00',
    district === '00' && 'angka 5–6 (kode kecamatan) tidak boleh 00',
  ].filter((fault): fault is string => !!fault);
  if (regionFaults.length > 0) problems.push(problem(NikRule.REGION_INVALID, `Kode wilayah NIK tidak sah: ${regionFaults.join('; ')}`));
  const encodedDay = Number(nik.slice(6, 8));
  const sex = encodedDay > 40 ? Sex.FEMALE : Sex.MALE;
  const day = sex === Sex.FEMALE ? encodedDay - 40 : encodedDay;
  const month = Number(nik.slice(8, 10));
  const year2 = nik.slice(10, 12);
  // A leap day is valid when some century makes the two-digit year a leap year (2000 and 1900 differ for "00").
  const possible = [1900, 2000].some((century) => isValidYmd(century + Number(year2), month, day));
  if (!possible) problems.push(problem(NikRule.BIRTH_DATE_INVALID, `Angka 7–12 NIK (${nik.slice(6, 12)}) bukan tanggal lahir DDMMYY (perempuan: DD + 40)`));
  const sequence = Number(nik.slice(12));
  if (sequence === 0) problems.push(problem(NikRule.SEQUENCE_INVALID, 'Angka 13–16 NIK (nomor urut) harus 0001–9999'));
  if (problems.length > 0) return { ok: false, problems };
  const pad = (n: number) => String(n).padStart(2, '0');
  return { ok: true, value: { province, regency, district, birthMonthDay: `${pad(month)}-${pad(day)}`, birthYear2: year2, sex, sequence } };
}

/** The NIK's encoded birth date agrees with `birthDate` (day, month and the year's last two digits). */
export function nikMatchesBirthDate(nik: ParsedNik, birthDate: IsoDate): boolean {
  return birthDate.slice(5) === nik.birthMonthDay && birthDate.slice(2, 4) === nik.birthYear2;
}
