import { IsoDate, isIsoDate } from '@kernel/calendar-date';
import { RuleProblem, problem } from '@kernel/rules';

/** Dasar hukum: the SK (surat keputusan, decision letter) that authorises a change. */
export interface LegalBasis {
  readonly skNumber: string;
  readonly skDate: IsoDate;
}

export const LEGAL_BASIS_REQUIRED = 'PERSONNEL.LEGAL_BASIS_REQUIRED';

/** A legal basis needs an SK number and a real SK date. */
export function legalBasisProblems(legalBasis: LegalBasis | null | undefined): RuleProblem[] {
  const complete = !!legalBasis && typeof legalBasis.skNumber === 'string' && legalBasis.skNumber.trim() !== '' && isIsoDate(legalBasis.skDate);
  return complete ? [] : [problem(LEGAL_BASIS_REQUIRED, 'Dasar hukum (nomor SK dan tanggal SK YYYY-MM-DD) wajib diisi')];
}
