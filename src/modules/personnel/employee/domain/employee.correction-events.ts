import { DomainEvent } from '@kernel/events';
import { IsoDate } from '@kernel/calendar-date';
import { ActingKind, EmploymentType, Placement, RetirementKind } from './employment';
import { Golongan, GolonganPppk } from '@modules/shared/golongan';
import { LegalBasis } from '@modules/shared/legal-basis';
import { IdentifierType } from '@modules/shared/nip';

/**
 * Corrections (SK ralat) of the service record and annulments (pembatalan) of career actions: the
 * compensating events of the Employee stream. The corrected or annulled fact stays in the log; these
 * say what the record holds from now on, and why (docs/decisions.md, "Corrections and annulments").
 */

/** Golongan and its TMT as the record holds them. */
export interface GolonganTerm {
  readonly golongan: Golongan | GolonganPppk;
  readonly golonganTmt: IsoDate;
}

export type GolonganCorrected = DomainEvent<
  'personnel.GolonganCorrected',
  { employeeId: string; from: GolonganTerm; to: GolonganTerm; reason: string; legalBasis: LegalBasis }
>;

/** TMT CPNS (PNS) or of the first appointment (PPPK): where masa kerja counts from. */
export type TmtCorrected = DomainEvent<'personnel.TmtCorrected', { employeeId: string; from: IsoDate; to: IsoDate; reason: string; legalBasis: LegalBasis }>;

/** What the employment type decides: the identifier's type and the golongan scale. */
export interface EmploymentTerms extends GolonganTerm {
  readonly employmentType: EmploymentType;
  readonly identifierType: IdentifierType;
  readonly identifier: string;
}

/** The old identifier becomes a tombstone: claimed by this employee for good, never issued again. */
export type EmploymentTypeCorrected = DomainEvent<
  'personnel.EmploymentTypeCorrected',
  { employeeId: string; from: EmploymentTerms; to: EmploymentTerms; reason: string; legalBasis: LegalBasis }
>;

/** A mistyped PNS NIP replaced by the one BKN issued; the wrong NIP stays claimed by this employee (a tombstone). */
export type NipCorrected = DomainEvent<
  'personnel.NipCorrected',
  { employeeId: string; identifierType: typeof IdentifierType.NIP; from: string; to: string; reason: string; legalBasis: LegalBasis }
>;

/** The career actions an annulment can void. */
export const CareerActionKind = { TRANSFER: 'TRANSFER', PROMOTION: 'PROMOTION', HUKDIS: 'HUKDIS', RETIREMENT: 'RETIREMENT' } as const;
export type CareerActionKind = (typeof CareerActionKind)[keyof typeof CareerActionKind];

/** The annulled event as the log holds it; `ordinal`: the how-manieth event of its type in the stream (1-based). */
export interface AnnulledEventRef {
  readonly eventId: string;
  readonly type: string;
  readonly revision: number;
  readonly position: number;
  readonly ordinal: number;
}

/** A Plt/Plh term a retirement cut short, given back by the retirement's annulment. */
export interface RestoredActing {
  readonly assignmentId: string;
  readonly kind: ActingKind;
  readonly positionId: string;
  readonly unitId: string;
  readonly from: IsoDate;
  readonly until: IsoDate;
}

/** What the annulment restores, by kind: the record as it stood before the action. */
export type AnnulmentEffect =
  | { readonly kind: typeof CareerActionKind.TRANSFER; readonly restored: { readonly placement: Placement; readonly since: IsoDate }; readonly vacated: Placement }
  | { readonly kind: typeof CareerActionKind.PROMOTION; readonly restored: GolonganTerm; readonly revoked: GolonganTerm }
  | { readonly kind: typeof CareerActionKind.HUKDIS; readonly hukdisId: string }
  | {
      readonly kind: typeof CareerActionKind.RETIREMENT;
      readonly retirementKind: RetirementKind;
      readonly restored: { readonly placement: Placement; readonly since: IsoDate; readonly acting: readonly RestoredActing[] };
    };

export type CareerActionAnnulled = DomainEvent<
  'personnel.CareerActionAnnulled',
  {
    employeeId: string;
    /** The event annulled; it stays in the log, and employeeHistory marks it. */
    annulled: AnnulledEventRef;
    /** By kind, what the record holds again (and what it gives up). */
    effect: AnnulmentEffect;
    reason: string;
    legalBasis: LegalBasis;
  }
>;

export type CorrectionEvent = GolonganCorrected | TmtCorrected | EmploymentTypeCorrected | NipCorrected | CareerActionAnnulled;

export const CORRECTION_DESCRIPTIONS: Record<CorrectionEvent['type'], string> = {
  'personnel.GolonganCorrected': 'SK ralat: the recorded golongan and/or its TMT were wrong and were corrected (old → new).',
  'personnel.TmtCorrected': 'SK ralat: the TMT CPNS / first appointment was wrong and was corrected (old → new).',
  'personnel.EmploymentTypeCorrected':
    'SK ralat: the employee was recorded as the wrong employment type (PNS/PPPK); with it the identifier and golongan scale change. The old identifier stays claimed, never reissued.',
  'personnel.NipCorrected': 'SK ralat: a wrong PNS NIP was replaced; the wrong NIP stays claimed by this employee as a tombstone, never reissued, still found by auditors.',
  'personnel.CareerActionAnnulled':
    'Pembatalan: a transfer, promotion, hukuman disiplin or retirement was annulled; names the annulled event and what the record holds again. The annulled event stays in the log.',
};
