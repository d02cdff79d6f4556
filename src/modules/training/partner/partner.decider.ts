import { isIsoDate } from '@kernel/calendar-date';
import { assertNever, Decider } from '@kernel/decider';
import { problem, refuse, refuseIfAny, requiredTextProblems } from '@kernel/rules';
import { PartnerRule } from '../training.rules';
import { AgreementKind, PartnerEvent, PartnerKind } from './partner.events';

export interface RegisterPartner {
  readonly type: 'RegisterPartner';
  readonly partnerId: string;
  readonly instansiId: string;
  readonly name: string;
  readonly kind: PartnerKind;
  readonly city: string | null;
  readonly at: string;
}
export interface SignAgreement {
  readonly type: 'SignAgreement';
  readonly agreementId: string;
  readonly kind: AgreementKind;
  readonly number: string;
  readonly signedOn: string;
  readonly validFrom: string;
  readonly validUntil: string;
  readonly scope: string;
  readonly underAgreementId: string | null;
  readonly at: string;
}
export type PartnerCommand = RegisterPartner | SignAgreement;

/** The period an agreement is in force, as other deciders check it. */
export interface AgreementTerms {
  readonly agreementId: string;
  readonly partnerId: string;
  readonly kind: AgreementKind;
  readonly validFrom: string;
  readonly validUntil: string;
}

export interface PartnerState {
  readonly partner: { readonly partnerId: string; readonly instansiId: string; readonly kind: PartnerKind } | null;
  readonly agreements: Readonly<Record<string, AgreementTerms & { readonly number: string }>>;
}

export const partnerDecider: Decider<PartnerCommand, PartnerEvent, PartnerState> = {
  initialState: () => ({ partner: null, agreements: {} }),
  evolve(s, event) {
    switch (event.type) {
      case 'training.PartnerRegistered':
        return { ...s, partner: { partnerId: event.data.partnerId, instansiId: event.data.instansiId, kind: event.data.kind } };
      case 'training.AgreementSigned': {
        const { agreementId, partnerId, kind, validFrom, validUntil, number } = event.data;
        return { ...s, agreements: { ...s.agreements, [agreementId]: { agreementId, partnerId, kind, validFrom, validUntil, number } } };
      }
      default:
        return assertNever(event);
    }
  },
  decide(c, s) {
    switch (c.type) {
      case 'RegisterPartner':
        refuseIfAny([s.partner !== null && problem(PartnerRule.PARTNER_EXISTS, `Mitra ${c.partnerId} sudah terdaftar`), ...requiredTextProblems({ name: c.name })]);
        return [{ type: 'training.PartnerRegistered', data: { partnerId: c.partnerId, instansiId: c.instansiId, name: c.name, kind: c.kind, city: c.city, registeredAt: c.at } }];
      case 'SignAgreement':
        return sign(c, s);
      default:
        return assertNever(c);
    }
  },
};

function sign(c: SignAgreement, s: PartnerState): PartnerEvent[] {
  const partner = s.partner;
  if (!partner) refuse(PartnerRule.PARTNER_UNKNOWN, 'Mitra belum terdaftar');
  const parent = c.underAgreementId ? s.agreements[c.underAgreementId] : undefined;
  const datesValid = [c.signedOn, c.validFrom, c.validUntil].every(isIsoDate);
  refuseIfAny([
    s.agreements[c.agreementId] !== undefined && problem(PartnerRule.AGREEMENT_EXISTS, `Perjanjian ${c.agreementId} sudah tercatat`),
    Object.values(s.agreements).some((a) => a.number.trim().toLowerCase() === c.number.trim().toLowerCase()) && problem(PartnerRule.AGREEMENT_EXISTS, `Nomor ${c.number} sudah tercatat untuk mitra ini`),
    ...requiredTextProblems({ number: c.number, scope: c.scope }),
    !(datesValid && c.validFrom <= c.validUntil && c.signedOn <= c.validUntil) && problem(PartnerRule.AGREEMENT_PERIOD_INVALID, 'Masa berlaku: mulai ≤ berakhir, ditandatangani sebelum berakhir'),
    c.underAgreementId !== null && (!parent || parent.kind !== 'MOU') && problem(PartnerRule.AGREEMENT_UNKNOWN, `Induk ${c.underAgreementId} bukan MoU mitra ini`),
    c.kind === 'MOU' && c.underAgreementId !== null && problem(PartnerRule.AGREEMENT_UNKNOWN, 'MoU tidak berinduk pada perjanjian lain'),
    // A PKS implements its MoU: it cannot run beyond it.
    parent !== undefined && datesValid && (c.validFrom < parent.validFrom || c.validUntil > parent.validUntil) && problem(PartnerRule.AGREEMENT_OUTSIDE_MOU, `PKS harus dalam masa berlaku MoU (${parent.validFrom} s.d. ${parent.validUntil})`),
  ]);
  return [
    {
      type: 'training.AgreementSigned',
      data: {
        partnerId: partner.partnerId,
        instansiId: partner.instansiId,
        agreementId: c.agreementId,
        kind: c.kind,
        number: c.number,
        signedOn: c.signedOn,
        validFrom: c.validFrom,
        validUntil: c.validUntil,
        scope: c.scope,
        underAgreementId: c.underAgreementId,
        signedAt: c.at,
      },
    },
  ];
}

/**
 * An expired agreement blocks new activities under it: the agreement must be in force on the day the
 * activity is created and over every session day (and, for an internship, over its whole period).
 */
export function agreementCoverageProblems(terms: AgreementTerms, today: string, days: readonly string[]) {
  const sorted = [...days].sort();
  const first = sorted[0] ?? today;
  const last = sorted.at(-1) ?? today;
  return [
    (terms.validUntil < today || terms.validUntil < last) && problem(PartnerRule.AGREEMENT_EXPIRED, `Perjanjian ${terms.agreementId} berakhir ${terms.validUntil}: kegiatan baru tidak dapat dibuat di bawahnya`),
    terms.validFrom > first && problem(PartnerRule.AGREEMENT_NOT_YET_VALID, `Perjanjian ${terms.agreementId} baru berlaku ${terms.validFrom}`),
  ];
}

/** BERLAKU, BELUM_BERLAKU or KEDALUWARSA on a day. */
export function agreementStatus(terms: { validFrom: string; validUntil: string }, today: string): 'BERLAKU' | 'BELUM_BERLAKU' | 'KEDALUWARSA' {
  if (today > terms.validUntil) return 'KEDALUWARSA';
  return today < terms.validFrom ? 'BELUM_BERLAKU' : 'BERLAKU';
}
