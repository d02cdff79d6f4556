import { IsoDate } from '@kernel/calendar-date';
import { EmploymentType } from './employment';
import { LegalBasis } from '@modules/shared/legal-basis';

/** SK ralat of the golongan and/or its TMT; a field left out stays as recorded. */
export interface CorrectGolongan {
  readonly type: 'CorrectGolongan';
  readonly employeeId: string;
  readonly golongan?: string;
  readonly golonganTmt?: IsoDate;
  readonly reason: string;
  readonly legalBasis: LegalBasis;
}

/** SK ralat of the TMT CPNS (PNS) or of the first appointment (PPPK). */
export interface CorrectTmt {
  readonly type: 'CorrectTmt';
  readonly employeeId: string;
  readonly tmt: IsoDate;
  readonly reason: string;
  readonly legalBasis: LegalBasis;
}

/**
 * SK ralat of the employment type. PNS and PPPK carry different identifiers (NIP, NI PPPK) and
 * golongan scales, so the identifier and golongan of the new type come with it.
 */
export interface CorrectEmploymentType {
  readonly type: 'CorrectEmploymentType';
  readonly employeeId: string;
  readonly employmentType: EmploymentType;
  /** NIP for PNS, NI PPPK for PPPK: 18 digits, no spaces. */
  readonly identifier: string;
  readonly golongan: string;
  /** Default: the recorded golongan TMT. */
  readonly golonganTmt?: IsoDate;
  readonly reason: string;
  readonly legalBasis: LegalBasis;
}

/** SK ralat of a PNS NIP: the NIP BKN issued replaces a mistyped one. */
export interface CorrectNip {
  readonly type: 'CorrectNip';
  readonly employeeId: string;
  /** 18 digits, no spaces. */
  readonly nip: string;
  readonly reason: string;
  readonly legalBasis: LegalBasis;
}

/** The event an annulment names, as the handler found it in the employee's stream (or did not). */
export type AnnulmentTarget =
  | { readonly eventId: string; readonly found: false }
  | { readonly eventId: string; readonly found: true; readonly type: string; readonly revision: number; readonly position: number; readonly ordinal: number };

/** Pembatalan of a transfer, promotion, hukuman disiplin or retirement. */
export interface AnnulCareerAction {
  readonly type: 'AnnulCareerAction';
  readonly employeeId: string;
  readonly target: AnnulmentTarget;
  readonly reason: string;
  readonly legalBasis: LegalBasis;
}

export type CorrectionCommand = CorrectGolongan | CorrectTmt | CorrectEmploymentType | CorrectNip | AnnulCareerAction;
