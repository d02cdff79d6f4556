import { DomainEvent } from '@kernel/events';
import { eventRegistry } from '@kernel/event-registry';
import { RankedEntry } from '../ranking';
import { ApplicantAgeLimit, ConflictRelation, EducationLevel, PanelRole, RelationSource } from '../recruitment.vocabulary';
import { SkdReference, SkdScores, SkdTest } from '../skd-reference';

/** Stream of one selection round (seleksi): `personnel-selection-round-<roundId>`. */
export const selectionRoundStream = (roundId: string) => `personnel-selection-round-${roundId}`;

export type SelectionRoundOpened = DomainEvent<
  'personnel.SelectionRoundOpened',
  { roundId: string; instansiId: string; year: number; name: string; skdReference: SkdReference; openedAt: string }
>;

/** Formasi: a vacancy (unit + position) offered in the round, with its quota and education requirement. */
export type FormasiAdded = DomainEvent<
  'personnel.FormasiAdded',
  {
    roundId: string;
    formasiId: string;
    unitId: string;
    positionId: string;
    jabatanName: string;
    quota: number;
    educationLevel: EducationLevel;
    /** Accepted programmes of study; empty: any in the level. */
    educationMajors: string[];
    /** Absent in events from before the age rule: UMUM. */
    ageLimit?: ApplicantAgeLimit;
  }
>;

/** The NIK never appears in clear: `nikDigest` (keyed hash, duplicate check) and `nikMasked` (display) only. */
export type ApplicantRegistered = DomainEvent<
  'personnel.ApplicantRegistered',
  {
    roundId: string;
    applicantId: string;
    formasiId: string;
    registrationNumber: string;
    registrationOrder: number;
    nikDigest: string;
    nikMasked: string;
    name: string;
    birthDate: string;
    educationLevel: EducationLevel;
    educationMajor: string | null;
    registeredAt: string;
  }
>;

export type PanelMemberAppointed = DomainEvent<
  'personnel.PanelMemberAppointed',
  { roundId: string; memberId: string; employeeId: string | null; name: string; role: PanelRole; appointedAt: string }
>;

/** `lateDeclaration`: the member had already recorded this applicant's result when declaring. */
export type ConflictOfInterestDeclared = DomainEvent<
  'personnel.ConflictOfInterestDeclared',
  { roundId: string; memberId: string; applicantId: string; registrationNumber: string; relation: ConflictRelation; declaredAt: string; lateDeclaration: boolean }
>;

/** From now on the member may not act on this applicant: on their own declaration, or on a relation found by others. */
export type PanelMemberRecused = DomainEvent<
  'personnel.PanelMemberRecused',
  { roundId: string; memberId: string; applicantId: string; registrationNumber: string; relation: ConflictRelation; basis: 'DECLARED' | 'KNOWN_RELATION' }
>;

/** A relation found by an auditor, a data match or a report, which the member had not declared. */
export type UndeclaredConflictFlagged = DomainEvent<
  'personnel.UndeclaredConflictFlagged',
  {
    roundId: string;
    memberId: string;
    applicantId: string;
    registrationNumber: string;
    relation: ConflictRelation;
    source: RelationSource;
    note: string | null;
    flaggedAt: string;
    /** The member had recorded this applicant's SKD result: that result needs review. */
    actedOnApplicant: boolean;
  }
>;

export type SkdResultRecorded = DomainEvent<
  'personnel.SkdResultRecorded',
  {
    roundId: string;
    applicantId: string;
    formasiId: string;
    scores: SkdScores;
    total: number;
    passed: Record<SkdTest, boolean>;
    passedAll: boolean;
    skdReferenceId: string;
    skdReferenceVersion: number;
    source: 'BKN_CAT_IMPORT';
    importBatchId: string;
    recordedByMemberId: string;
    recordedAt: string;
  }
>;

export type RegistrationClosed = DomainEvent<'personnel.RegistrationClosed', { roundId: string; closedAt: string; applicantCount: number }>;

/** Per formasi, as published: the event is the record of exactly what the public board showed. */
export interface PublishedFormasi {
  formasiId: string;
  unitId: string;
  positionId: string;
  jabatanName: string;
  quota: number;
  entries: RankedEntry[];
}

export type RankingPublished = DomainEvent<
  'personnel.RankingPublished',
  {
    roundId: string;
    instansiId: string;
    year: number;
    name: string;
    publishedAt: string;
    policy: { id: string; tieBreaks: string[] };
    skdReference: SkdReference;
    formasi: PublishedFormasi[];
  }
>;

export type SelectionResultsAnnounced = DomainEvent<'personnel.SelectionResultsAnnounced', { roundId: string; announcedAt: string; lulusCount: number }>;

/** Everything the employee record needs, so the process manager reads nothing else. */
export type ApplicantAppointed = DomainEvent<
  'personnel.ApplicantAppointed',
  {
    roundId: string;
    instansiId: string;
    applicantId: string;
    registrationNumber: string;
    formasiId: string;
    unitId: string;
    positionId: string;
    jabatanName: string;
    employeeId: string;
    employmentType: 'PNS';
    nip: string;
    name: string;
    birthDate: string;
    sex: 'MALE' | 'FEMALE';
    educationLevel: EducationLevel;
    /** TMT CPNS (terhitung mulai tanggal: effective date of appointment as candidate civil servant). */
    tmtCpns: string;
    golongan: string;
    /** NIP plausibility bound for the registration (formasi age limit + 1); absent in earlier events: 35. */
    maxAgeAtAppointment?: number;
    appointedAt: string;
  }
>;

/** The employee registration of an appointment is sent again (the process manager reacts to it as to the appointment). */
export type AppointmentRegistrationRetried = DomainEvent<
  'personnel.AppointmentRegistrationRetried',
  { roundId: string; applicantId: string; employeeId: string; appointment: ApplicantAppointed['data']; requestedAt: string }
>;

export type SelectionRoundCancelled = DomainEvent<'personnel.SelectionRoundCancelled', { roundId: string; reason: string; cancelledAt: string }>;

export type SelectionRoundEvent =
  | SelectionRoundOpened
  | FormasiAdded
  | ApplicantRegistered
  | PanelMemberAppointed
  | ConflictOfInterestDeclared
  | PanelMemberRecused
  | UndeclaredConflictFlagged
  | SkdResultRecorded
  | RegistrationClosed
  | RankingPublished
  | SelectionResultsAnnounced
  | ApplicantAppointed
  | SelectionRoundCancelled
  | AppointmentRegistrationRetried;

export type SelectionRoundEventType = SelectionRoundEvent['type'];

eventRegistry.register([
  { type: 'personnel.SelectionRoundOpened', version: 1, description: 'A CPNS selection round was opened, with the SKD reference (thresholds, maxima) it uses.' },
  { type: 'personnel.FormasiAdded', version: 1, description: 'A formasi (vacancy: unit, position, quota, education requirement) was offered in a round.' },
  { type: 'personnel.ApplicantRegistered', version: 1, description: 'An applicant registered for a formasi (NIK kept only as a keyed digest and a masked form).' },
  { type: 'personnel.PanelMemberAppointed', version: 1, description: 'A selection-panel member was appointed to a round.' },
  { type: 'personnel.ConflictOfInterestDeclared', version: 1, description: 'A panel member declared a relation with an applicant.' },
  { type: 'personnel.PanelMemberRecused', version: 1, description: 'A panel member was recused from acting on one applicant.' },
  { type: 'personnel.UndeclaredConflictFlagged', version: 1, description: 'A known relation between a panel member and an applicant had not been declared.' },
  { type: 'personnel.SkdResultRecorded', version: 1, description: "An applicant's SKD (CAT BKN) result was imported and evaluated against the round's reference." },
  { type: 'personnel.RegistrationClosed', version: 1, description: 'Registration for a round closed; no more formasi or applicants.' },
  { type: 'personnel.RankingPublished', version: 1, description: 'The deterministic ranking of a round was computed and published (masked identities).' },
  { type: 'personnel.SelectionResultsAnnounced', version: 1, description: 'The results of a round were officially announced; appointments may follow.' },
  { type: 'personnel.ApplicantAppointed', version: 1, description: 'A passed applicant was appointed CPNS with the NIP assigned by BKN.' },
  { type: 'personnel.AppointmentRegistrationRetried', version: 1, description: 'A failed employee registration of an appointment was sent again after a correction.' },
  { type: 'personnel.SelectionRoundCancelled', version: 1, description: 'A selection round was cancelled before its results were announced.' },
]);
