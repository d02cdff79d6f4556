/**
 * The 20-JP rule (PP 11/2017 ps. 203(4) as amended by PP 17/2020): a PNS needs at least 20 JP of
 * verified development per calendar year. A PPPK is capped at 24 JP per contract year (PP 49/2018
 * ps. 39; DOMAIN.md §1.7 [M] verify): the ledger warns above it. The PPPK contract year is taken as
 * the calendar year [M]: the employee record carries no contract start date yet.
 */
export const PNS_MIN_JP = 20;
export const PPPK_MAX_JP = 24;

export const JpStatus = { TERPENUHI: 'TERPENUHI', BELUM: 'BELUM' } as const;
export type JpStatus = (typeof JpStatus)[keyof typeof JpStatus];

export interface JpLedgerSummary {
  readonly totalJp: number;
  readonly status: JpStatus;
  /** JP still needed to reach 20; 0 when TERPENUHI. */
  readonly shortfall: number;
  /** PPPK above 24 JP in the contract year. */
  readonly capWarning: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function summariseLedger(verifiedJp: readonly number[], employmentType: 'PNS' | 'PPPK' | null): JpLedgerSummary {
  const totalJp = round2(verifiedJp.reduce((a, b) => a + b, 0));
  const met = totalJp >= PNS_MIN_JP;
  return {
    totalJp,
    status: met ? JpStatus.TERPENUHI : JpStatus.BELUM,
    shortfall: met ? 0 : round2(PNS_MIN_JP - totalJp),
    capWarning: employmentType === 'PPPK' && totalJp > PPPK_MAX_JP,
  };
}
