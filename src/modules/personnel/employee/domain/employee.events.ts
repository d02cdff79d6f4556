import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import { IsoDate } from '@kernel/calendar-date';
import { Education } from './education';
import { ActingKind, Contacts, EmploymentType, Placement, RetirementKind } from './employment';
import { Golongan, GolonganPppk } from '@modules/shared/golongan';
import { HukdisLevel, HukdisType } from './hukdis';
import { JfFacts, SuperiorGolongan } from './kp-eligibility';
import { LegalBasis } from '@modules/shared/legal-basis';
import { IdentifierType, NipMismatch } from '@modules/shared/nip';
import { Predikat, PredikatSource } from '@modules/shared/predikat';
import { SatyalancanaClass } from './satyalancana';
import { CareerHistoryEvent } from './career-history.events';
import { Sex } from '@modules/shared/sex';
import { CORRECTION_DESCRIPTIONS, CorrectionEvent } from './employee.correction-events';
import { EmployeeTransferred } from '@modules/shared/contracts';
// The published types register there: loaded with the events that append them.
import '@modules/shared/contracts';

/** The fields a correction may change; the identifier never changes. */
export interface CorrectableFields {
  readonly name: string;
  readonly birthDate: IsoDate;
  readonly sex: Sex;
  readonly education: Education;
  readonly contacts: Contacts;
}

/** One corrected field, old value → new value. */
export type FieldChange = {
  [K in keyof CorrectableFields]: { readonly field: K; readonly from: CorrectableFields[K]; readonly to: CorrectableFields[K] };
}[keyof CorrectableFields];

export type EmployeeRegistered = DomainEvent<
  'personnel.EmployeeRegistered',
  {
    employeeId: string;
    employmentType: EmploymentType;
    identifierType: IdentifierType;
    /** NIP or NI PPPK, 18 digits, no spaces. */
    identifier: string;
    name: string;
    birthDate: IsoDate;
    sex: Sex;
    /** Employment start: TMT CPNS for PNS, first appointment for PPPK. */
    tmt: IsoDate;
    golongan: Golongan | GolonganPppk;
    golonganTmt: IsoDate;
    education: Education;
    unitId: string;
    positionId: string;
    /** TMT jabatan: since when the employee holds `positionId` (absent: from the registration day). */
    positionTmt?: IsoDate;
    contacts: Contacts;
    /** [M] The age limit the NIP's TMT CPNS was checked against (not applied to an NI PPPK). */
    maxAgeAtAppointment: number;
    registeredAt: string;
  }
>;

export type NipInconsistencyDetected = DomainEvent<
  'personnel.NipInconsistencyDetected',
  { employeeId: string; identifierType: IdentifierType; identifier: string; mismatches: NipMismatch[] }
>;

export type NipInconsistencyResolved = DomainEvent<'personnel.NipInconsistencyResolved', { employeeId: string; identifier: string }>;

export type EmployeeDataCorrected = DomainEvent<
  'personnel.EmployeeDataCorrected',
  { employeeId: string; changes: FieldChange[]; reason: string; legalBasis: LegalBasis }
>;

/** The old identifier stays claimed by this employee for good (`previousIdentifiers`); it is never reused. */
export type IdentifierReassigned = DomainEvent<
  'personnel.IdentifierReassigned',
  {
    employeeId: string;
    /** The NI PPPK held until now. */
    from: string;
    /** The NI PPPK BKN issued for the new contract. */
    to: string;
    identifierType: typeof IdentifierType.NI_PPPK;
    /** Start of the contract (perjanjian kerja) with the other instansi. */
    contractStart: IsoDate;
    legalBasis: LegalBasis;
  }
>;

/** Published: the type is the shared contract (modules/shared/contracts.ts), appended here. */
export type { EmployeeTransferred };

export type ActingAssignmentStarted = DomainEvent<
  'personnel.ActingAssignmentStarted',
  {
    employeeId: string;
    assignmentId: string;
    kind: ActingKind;
    positionId: string;
    unitId: string;
    from: IsoDate;
    /** Last day (inclusive). */
    until: IsoDate;
    legalBasis: LegalBasis;
  }
>;

export type ActingAssignmentEnded = DomainEvent<
  'personnel.ActingAssignmentEnded',
  {
    employeeId: string;
    assignmentId: string;
    /** Last day served (inclusive). */
    endedOn: IsoDate;
    reason: string;
  }
>;

/** A predikat as the promotion used it, with where it came from. */
export interface RecordedPredikat {
  readonly year: number;
  readonly predikat: Predikat;
  readonly source: PredikatSource;
  /** PERFORMANCE_EVALUATION: the closed annual evaluation it comes from (absent in earlier events). */
  readonly evaluationId?: string;
  /** RECORDED_INPUT: the document that proves it (absent in earlier events). */
  readonly legalBasis?: LegalBasis;
}

export type EmployeePromoted = DomainEvent<
  'personnel.EmployeePromoted',
  {
    employeeId: string;
    kind: 'REGULER';
    from: Golongan;
    to: Golongan;
    tmt: IsoDate;
    predikat: RecordedPredikat[];
    superiorGolongan: SuperiorGolongan;
    jf: JfFacts;
    education: Education;
    /** Versions of the reference data the eligibility check used. */
    referenceData: { educationCeilings: string; kpPeriods: string };
    legalBasis: LegalBasis;
  }
>;

export type DisciplinaryActionRecorded = DomainEvent<
  'personnel.DisciplinaryActionRecorded',
  {
    employeeId: string;
    hukdisId: string;
    hukdisType: HukdisType;
    level: HukdisLevel;
    decidedAt: IsoDate;
    effectiveFrom: IsoDate;
    /** Exclusive end; null = open-ended (PDH_TAPS). */
    activeUntil: IsoDate | null;
    /** Version of the duration table that set activeUntil. */
    hukdisTable: string;
    legalBasis: LegalBasis;
    description: string;
  }
>;

export type AwardNominationProposed = DomainEvent<
  'personnel.AwardNominationProposed',
  {
    employeeId: string;
    nominationId: string;
    award: 'SATYALANCANA_KARYA_SATYA';
    awardClass: SatyalancanaClass;
    serviceYears: number;
    tmtCpns: IsoDate;
    asOf: IsoDate;
  }
>;

export type AwardNominationConfirmed = DomainEvent<
  'personnel.AwardNominationConfirmed',
  { employeeId: string; nominationId: string; awardClass: SatyalancanaClass; decidedOn: IsoDate; reason: string; legalBasis: LegalBasis | null }
>;

export type AwardNominationRejected = DomainEvent<
  'personnel.AwardNominationRejected',
  { employeeId: string; nominationId: string; awardClass: SatyalancanaClass; decidedOn: IsoDate; reason: string }
>;

export type EmployeeRetired = DomainEvent<
  'personnel.EmployeeRetired',
  {
    employeeId: string;
    kind: RetirementKind;
    effectiveDate: IsoDate;
    legalBasis: LegalBasis;
    /** PENSIUN_BUP: the BUP age applied and the policy version it came from (absent in earlier events). */
    bup?: { age: number; policyVersion: string };
  }
>;

/** Every fact the Employee stream (one per employee) records. */
export type EmployeeEvent =
  | EmployeeRegistered
  | NipInconsistencyDetected
  | NipInconsistencyResolved
  | EmployeeDataCorrected
  | IdentifierReassigned
  | EmployeeTransferred
  | ActingAssignmentStarted
  | ActingAssignmentEnded
  | EmployeePromoted
  | DisciplinaryActionRecorded
  | AwardNominationProposed
  | AwardNominationConfirmed
  | AwardNominationRejected
  | EmployeeRetired
  | CorrectionEvent
  | CareerHistoryEvent;

export type EmployeeEventType = EmployeeEvent['type'];

/** A Record over the union, so a new event type cannot be left out of the catalogue. */
const DESCRIPTIONS: Record<EmployeeEventType, string> = {
  'personnel.EmployeeRegistered': 'A PNS or PPPK employee was entered in the personnel record with a valid NIP or NI PPPK.',
  'personnel.NipInconsistencyDetected': 'Warning: the NIP/NI PPPK encodes a birth date, sex or TMT that differs from the record.',
  'personnel.NipInconsistencyResolved': 'A correction or a new NI PPPK made the record agree with what its NIP/NI PPPK encodes.',
  'personnel.EmployeeDataCorrected': 'Personal data was corrected (old → new) on a stated legal basis.',
  'personnel.IdentifierReassigned': 'A PPPK contracted with a different instansi received a new NI PPPK; links the old and the new NI (the old one stays claimed, never reused).',
  'personnel.EmployeeTransferred': 'The employee moved to another unit and/or position (mutasi).',
  'personnel.ActingAssignmentStarted': 'The employee was made Plt or Plh of a position for a bounded period.',
  'personnel.ActingAssignmentEnded': 'A Plt/Plh assignment ended before or on its planned last day.',
  'personnel.EmployeePromoted': 'A PNS received a KP Reguler one golongan up, with the inputs the eligibility check used.',
  'personnel.DisciplinaryActionRecorded': 'A disciplinary punishment (PP 94/2021) was recorded with its active period.',
  'personnel.AwardNominationProposed': 'The system found the employee eligible for Satyalancana Karya Satya and proposed a nomination.',
  'personnel.AwardNominationConfirmed': 'A person confirmed a pending award nomination.',
  'personnel.AwardNominationRejected': 'A person rejected a pending award nomination.',
  'personnel.EmployeeRetired': 'Employment ended: pension, discharge, death or end of the PPPK contract.',
  ...CORRECTION_DESCRIPTIONS,

  'personnel.PastGolonganRecorded': 'Riwayat golongan: a golongan the employee held from its TMT before the current one, taken over from an earlier system (valid time = TMT, not the record time).',
  'personnel.PastPositionRecorded': 'Riwayat jabatan: a definitive post the employee held from its TMT before the current one, taken over from an earlier system.',
  'personnel.PastEducationRecorded': 'Riwayat pendidikan: an education level the employee completed on a date, taken over from an earlier system.',
};

export const EMPLOYEE_EVENT_TYPES = Object.keys(DESCRIPTIONS) as EmployeeEventType[];

/** Registered with the published contracts (modules/shared/contracts.ts): appended by personnel, read by other modules. */
const PUBLISHED: readonly string[] = ['personnel.EmployeeTransferred', 'personnel.CareerActionAnnulled'];
eventRegistry.register(EMPLOYEE_EVENT_TYPES.filter((type) => !PUBLISHED.includes(type)).map((type) => ({ type, version: 1, description: DESCRIPTIONS[type] })));
