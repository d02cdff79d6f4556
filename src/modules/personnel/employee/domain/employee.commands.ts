import type { ActingPosts } from './acting-rules';
import type { JenisJabatan } from '@modules/organisation';
import { IsoDate } from '@kernel/calendar-date';
import { Education } from './education';
import { ActingKind, EmploymentType, RetirementKind } from './employment';
import { Golongan, GolonganPppk } from '@modules/shared/golongan';
import { HukdisType } from './hukdis';
import { JfFacts, SuperiorGolongan } from './kp-eligibility';
import { LegalBasis } from '@modules/shared/legal-basis';
import { YearPredikat } from '@modules/shared/predikat';
import { Sex } from '@modules/shared/sex';
import { CorrectionCommand } from './employee.correction-commands';

import type { ImportEmployee } from './career-history.commands';

/** Contact details as a command gives them; missing values are stored as null. */
export interface ContactsInput {
  readonly email?: string | null;
  readonly phone?: string | null;
}

export interface RegisterEmployee {
  readonly type: 'RegisterEmployee';
  readonly employeeId: string;
  readonly employmentType: EmploymentType;
  /** NIP for PNS, NI PPPK for PPPK: 18 digits, no spaces. */
  readonly identifier: string;
  readonly name: string;
  readonly birthDate: IsoDate;
  readonly sex: Sex;
  /** Employment start; for PNS the TMT CPNS. */
  readonly tmt: IsoDate;
  /** PNS golongan for PNS, PPPK golongan for PPPK. */
  readonly golongan: Golongan | GolonganPppk;
  readonly golonganTmt: IsoDate;
  readonly education: Education;
  readonly unitId: string;
  readonly positionId: string;
  /** TMT jabatan: since when the employee holds the post (default: the registration day). Not after the registration. */
  readonly positionTmt?: IsoDate;
  readonly contacts?: ContactsInput;
  /** [M] Default 35 (DEFAULT_MAX_AGE_AT_APPOINTMENT). */
  readonly maxAgeAtAppointment?: number;
  /** ISO timestamp. */
  readonly registeredAt: string;
}

/** Only the fields given are corrected. */
export interface CorrectionInput {
  readonly name?: string;
  readonly birthDate?: IsoDate;
  readonly sex?: Sex;
  readonly education?: Education;
  /** Replaces the contacts as a whole: a field left out is cleared. */
  readonly contacts?: ContactsInput;
}

export interface CorrectEmployeeData {
  readonly type: 'CorrectEmployeeData';
  readonly employeeId: string;
  readonly changes: CorrectionInput;
  readonly reason: string;
  readonly legalBasis: LegalBasis;
}

/** Mutasi: move to another unit and/or position. */
export interface TransferEmployee {
  readonly type: 'TransferEmployee';
  readonly employeeId: string;
  readonly toUnitId: string;
  readonly toPositionId: string;
  readonly effectiveDate: IsoDate;
  readonly legalBasis: LegalBasis;
}

export interface StartActingAssignment {
  readonly type: 'StartActingAssignment';
  readonly employeeId: string;
  readonly assignmentId: string;
  readonly kind: ActingKind;
  readonly positionId: string;
  readonly unitId: string;
  readonly from: IsoDate;
  /** Last day (inclusive). */
  readonly until: IsoDate;
  readonly legalBasis: LegalBasis;
  /** The target post and the appointee's own post as the organisation tree and holders show them. */
  readonly posts: ActingPosts;
}

export interface EndActingAssignment {
  readonly type: 'EndActingAssignment';
  readonly employeeId: string;
  readonly assignmentId: string;
  /** Last day served (inclusive), between the assignment's from and until. */
  readonly endedOn: IsoDate;
  readonly reason: string;
}

/** KP Reguler; PNS only. */
export interface PromoteEmployee {
  readonly type: 'PromoteEmployee';
  readonly employeeId: string;
  readonly toGolongan: Golongan;
  readonly tmt: IsoDate;
  /**
   * Predikat recorded by a person (source RECORDED_INPUT), each with the legal basis that proves it:
   * only for years before the system (before performance's first published year in the instansi).
   */
  readonly predikat: readonly (YearPredikat & { readonly legalBasis?: LegalBasis | null })[];
  /** The employee's annual predikat published by performance (closed annual evaluations), as the handler found them. */
  readonly published?: readonly (YearPredikat & { readonly evaluationId: string })[];
  /** The first SKP year performance published a predikat for in the employee's instansi; null (or absent) before the system. */
  readonly systemFirstYear?: number | null;
  readonly superiorGolongan: SuperiorGolongan;
  readonly jf: JfFacts;
  readonly legalBasis: LegalBasis;
}

export interface RecordDisciplinaryAction {
  readonly type: 'RecordDisciplinaryAction';
  readonly employeeId: string;
  readonly hukdisId: string;
  readonly hukdisType: HukdisType;
  /** Date of the decision (SK). */
  readonly decidedAt: IsoDate;
  readonly effectiveFrom: IsoDate;
  readonly legalBasis: LegalBasis;
  readonly description: string;
}

/** Ask the system to propose Satyalancana Karya Satya if the employee is eligible at `asOf`. */
export interface ProposeAward {
  readonly type: 'ProposeAward';
  readonly employeeId: string;
  readonly nominationId: string;
  readonly asOf: IsoDate;
}

/** A person's decision on the pending nomination. */
export interface ConfirmAward {
  readonly type: 'ConfirmAward';
  readonly employeeId: string;
  readonly nominationId: string;
  readonly decidedOn: IsoDate;
  readonly reason: string;
  readonly legalBasis?: LegalBasis;
}

export interface RejectAward {
  readonly type: 'RejectAward';
  readonly employeeId: string;
  readonly nominationId: string;
  readonly decidedOn: IsoDate;
  readonly reason: string;
}

export interface RetireEmployee {
  readonly type: 'RetireEmployee';
  readonly employeeId: string;
  readonly kind: RetirementKind;
  readonly effectiveDate: IsoDate;
  readonly legalBasis: LegalBasis;
  /** Jenis jabatan of the employee's post (its BUP), read from the organisation directory; null when the post is unknown. */
  readonly jenisJabatan: JenisJabatan | null;
}

/**
 * A PPPK signed a contract with a different instansi and BKN issued a new NI PPPK (DOMAIN §1.5,
 * checklist 2). Only the identifier changes here; the placement in the new instansi is a separate
 * TransferEmployee.
 */
export interface ReassignIdentifier {
  readonly type: 'ReassignIdentifier';
  readonly employeeId: string;
  /** The new NI PPPK: 18 digits, no spaces. */
  readonly newIdentifier: string;
  /** Start of the contract (perjanjian kerja) the new NI PPPK was issued for. */
  readonly contractStart: IsoDate;
  readonly legalBasis: LegalBasis;
  readonly reason: string;
}

export type EmployeeCommand =
  | RegisterEmployee
  | CorrectEmployeeData
  | ReassignIdentifier
  | TransferEmployee
  | StartActingAssignment
  | EndActingAssignment
  | PromoteEmployee
  | RecordDisciplinaryAction
  | ProposeAward
  | ConfirmAward
  | RejectAward
  | RetireEmployee
  | CorrectionCommand
  | ImportEmployee;
