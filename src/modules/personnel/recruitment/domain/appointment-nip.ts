import { RecruitmentRule, RuleProblem } from '../recruitment.rules';

/**
 * The NIP checks an appointment needs before it is recorded (the employee record re-validates fully).
 * Perka BKN 22/2007 (DOMAIN §1.5): birth date YYYYMMDD (8) + TMT CPNS YYYYMM (6) + sex 1/2 (1) +
 * sequence 001–999 (3). A NIP freshly assigned by BKN is derived from the applicant's own data, so
 * — [M] our policy — a mismatch here is a typo and blocks, unlike legacy records where it only warns.
 */
export function appointmentNipProblems(nip: string, birthDate: string, tmtCpns: string): RuleProblem[] {
  if (!/^\d{18}$/.test(nip)) return [{ rule: RecruitmentRule.NIP_INVALID, message: 'NIP harus tepat 18 angka, tanpa spasi' }];
  const problems: RuleProblem[] = [];
  if (!sexFromNip(nip)) problems.push({ rule: RecruitmentRule.NIP_INVALID, message: `Angka ke-15 NIP (${nip[14]}) harus 1 (laki-laki) atau 2 (perempuan)` });
  if (nip.slice(15) === '000') problems.push({ rule: RecruitmentRule.NIP_INVALID, message: 'Angka 16–18 NIP (nomor urut) harus 001–999' });
  if (nip.slice(0, 8) !== birthDate.replace(/-/g, '')) {
    problems.push({ rule: RecruitmentRule.NIP_INCONSISTENT, message: `Angka 1–8 NIP (${nip.slice(0, 8)}) tidak sesuai dengan tanggal lahir pelamar ${birthDate}` });
  }
  if (nip.slice(8, 14) !== tmtCpns.slice(0, 7).replace('-', '')) {
    problems.push({ rule: RecruitmentRule.NIP_INCONSISTENT, message: `Angka 9–14 NIP (${nip.slice(8, 14)}) tidak sesuai dengan TMT CPNS ${tmtCpns}` });
  }
  // The NIP keeps only YYYYMM of the TMT CPNS because the day is always the 1st.
  if (!tmtCpns.endsWith('-01')) problems.push({ rule: RecruitmentRule.TMT_CPNS_NOT_FIRST_OF_MONTH, message: `TMT CPNS ${tmtCpns} harus tanggal 1 suatu bulan` });
  return problems;
}

/** NIP digit 15: 1 = MALE, 2 = FEMALE (the employee record's vocabulary). */
export function sexFromNip(nip: string): 'MALE' | 'FEMALE' | undefined {
  return nip[14] === '1' ? 'MALE' : nip[14] === '2' ? 'FEMALE' : undefined;
}
