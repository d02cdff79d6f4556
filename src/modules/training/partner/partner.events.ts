import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';

/**
 * Partners of competency development (issue 10 §2): universities, LAN / BPSDM, professional bodies,
 * private and NGO partners, each with its cooperation agreements (MoU, PKS).
 */
export const PartnerKind = {
  UNIVERSITAS: 'UNIVERSITAS',
  LAN_BPSDM: 'LAN_BPSDM',
  ASOSIASI_PROFESI: 'ASOSIASI_PROFESI',
  SWASTA: 'SWASTA',
  LSM: 'LSM',
} as const;
export type PartnerKind = (typeof PartnerKind)[keyof typeof PartnerKind];

/** MoU (nota kesepahaman: the framework) or PKS (perjanjian kerja sama: the operational agreement, usually under an MoU). */
export const AgreementKind = { MOU: 'MOU', PKS: 'PKS' } as const;
export type AgreementKind = (typeof AgreementKind)[keyof typeof AgreementKind];

export const partnerStream = (partnerId: string): string => `training-partner-${partnerId}`;
export const partnerStreamPrefix = 'training-partner-';

/** A partner institution was registered for the instansi. */
export type PartnerRegistered = DomainEvent<
  'training.PartnerRegistered',
  { partnerId: string; instansiId: string; name: string; kind: PartnerKind; city: string | null; registeredAt: string }
>;

/** A cooperation agreement with the partner was signed: number, dates and scope. */
export type AgreementSigned = DomainEvent<
  'training.AgreementSigned',
  {
    partnerId: string;
    instansiId: string;
    /** `<partnerId>.<code lower-case>`. */
    agreementId: string;
    kind: AgreementKind;
    /** The agreement's own number (nomor MoU / PKS). */
    number: string;
    signedOn: string;
    validFrom: string;
    /** Last day in force. */
    validUntil: string;
    scope: string;
    /** A PKS under an MoU of the same partner; null otherwise. */
    underAgreementId: string | null;
    signedAt: string;
  }
>;

export type PartnerEvent = PartnerRegistered | AgreementSigned;

eventRegistry.register([
  { type: 'training.PartnerRegistered', version: 1, description: 'A competency-development partner (university, LAN/BPSDM, professional body, private, NGO) was registered' },
  { type: 'training.AgreementSigned', version: 1, description: 'A cooperation agreement (MoU / PKS) with a partner was signed: number, period, scope' },
]);
