import type { Sealed } from '@infrastructure/subject-keys';
import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';

/**
 * Internships (magang mahasiswa) with universities: a cohort under a cooperation agreement, students
 * placed in unit kerja with an ASN mentor, a logbook, the mentor's assessment and a certificate.
 * Interns are not ASN: their personal data (name, contact) is stored only encrypted with a key per
 * intern kept outside the log (crypto-shredding): erasing destroys the key, the history stays.
 */
export const internshipStream = (internshipId: string): string => `training-internship-${internshipId}`;
export const internshipStreamPrefix = 'training-internship-';

/** The intern's personal data, sealed under the intern's own key by the platform's PersonalDataCipher. */
export interface SealedPersonalData {
  /** The data subject whose key seals it (infrastructure/subject-keys): erasing that key shreds it. */
  readonly keyId: string;
  /** PersonalDataCipher's sealed form (AES-256-GCM under the subject's key, bound to the subject id). */
  readonly sealed: Sealed;
}

export type InternshipOpened = DomainEvent<
  'training.InternshipOpened',
  { internshipId: string; instansiId: string; title: string; partnerId: string; agreementId: string; from: string; until: string; openedAt: string }
>;
export type InternAdmitted = DomainEvent<
  'training.InternAdmitted',
  {
    internshipId: string;
    participantId: string;
    /** Name and contact, sealed. */
    personalData: SealedPersonalData;
    /** Not personal: the study programme (program studi) at the partner university. */
    studyProgram: string;
    /** UU 27/2022 PDP: the intern's consent to the processing, with the notice version shown. */
    consent: { givenOn: string; noticeVersion: string };
    admittedAt: string;
  }
>;
export type InternPlaced = DomainEvent<
  'training.InternPlaced',
  { internshipId: string; participantId: string; unitId: string; mentorEmployeeId: string; from: string; until: string; placedAt: string }
>;
export type InternLogbookEntryRecorded = DomainEvent<
  'training.InternLogbookEntryRecorded',
  { internshipId: string; participantId: string; date: string; hours: number; activity: string; recordedBy: string; recordedAt: string }
>;
export type InternAssessed = DomainEvent<
  'training.InternAssessed',
  { internshipId: string; participantId: string; mentorEmployeeId: string; score: number; notes: string; mentoringHours: number; assessedAt: string }
>;
export type InternCertificateIssued = DomainEvent<
  'training.InternCertificateIssued',
  { internshipId: string; participantId: string; certificateNumber: string; issuedOn: string; issuedAt: string }
>;
/** The mentor's mentoring time credited as non-classical JP, as the JP policy of the day allows. */
export type MentoringCredited = DomainEvent<
  'training.MentoringCredited',
  { internshipId: string; participantId: string; mentorEmployeeId: string; instansiId: string; year: number; hours: number; jp: number; jpPolicyVersion: string; creditedAt: string }
>;
/** The intern's personal data was erased (its key destroyed); what happened stays on record. */
export type InternPersonalDataErased = DomainEvent<'training.InternPersonalDataErased', { internshipId: string; participantId: string; keyId: string; erasedAt: string }>;

export type InternshipEvent =
  | InternshipOpened
  | InternAdmitted
  | InternPlaced
  | InternLogbookEntryRecorded
  | InternAssessed
  | InternCertificateIssued
  | MentoringCredited
  | InternPersonalDataErased;

eventRegistry.register([
  { type: 'training.InternshipOpened', version: 1, description: 'An internship cohort (magang mahasiswa) opened with a university partner under an agreement' },
  { type: 'training.InternAdmitted', version: 1, description: 'A student was admitted with consent; name and contact sealed (crypto-shredding)' },
  { type: 'training.InternPlaced', version: 1, description: 'An intern was placed in a unit kerja with an ASN mentor' },
  { type: 'training.InternLogbookEntryRecorded', version: 1, description: "An entry of the intern's logbook (date, hours, activity)" },
  { type: 'training.InternAssessed', version: 1, description: "The mentor's assessment of the intern, with the documented mentoring hours" },
  { type: 'training.InternCertificateIssued', version: 1, description: 'The internship completion certificate was issued' },
  { type: 'training.MentoringCredited', version: 1, description: "The mentor's mentoring time was credited as non-classical JP (policy of the day)" },
  { type: 'training.InternPersonalDataErased', version: 1, description: "An intern's personal data was erased: its key destroyed, the history kept" },
]);
