import type { PostReading } from '../../employee/shared/placement-check';
import { ParsedNik } from '@modules/shared/nik';
import { Checked } from '@kernel/rules';
import { ApplicantAgeLimit, ConflictRelation, EducationLevel, PanelRole, RelationSource, SkdResultSource } from '../recruitment.vocabulary';
import { SkdScores } from '../skd-reference';

/**
 * Domain commands of a selection round. Ids and time (`at`, the command's ISO time) are chosen at the
 * edge and arrive here, so the decider stays pure.
 */
export type SelectionRoundCommand =
  | OpenSelectionRound
  | AddFormasi
  | RegisterApplicant
  | AppointPanelMember
  | DeclareConflictOfInterest
  | RecordKnownRelation
  | RecordSkdResult
  | CloseRegistration
  | PublishRanking
  | AnnounceResults
  | AppointApplicant
  | RetryAppointmentRegistration
  | CancelSelectionRound;

export type SelectionRoundCommandType = SelectionRoundCommand['type'];

export interface OpenSelectionRound {
  readonly type: 'OpenSelectionRound';
  readonly roundId: string;
  /** Instansi: the employing government (e.g. Pemerintah Kota Medan) whose BKD runs the round. */
  readonly instansiId: string;
  readonly year: number;
  readonly name: string;
  readonly skdReferenceId: string;
  readonly at: string;
}

export interface AddFormasi {
  readonly type: 'AddFormasi';
  readonly formasiId: string;
  readonly unitId: string;
  readonly positionId: string;
  /** Jabatan (position title) as announced, e.g. "Pranata Komputer Ahli Pertama". */
  readonly jabatanName: string;
  readonly quota: number;
  readonly educationLevel: EducationLevel;
  readonly educationMajors: readonly string[];
  readonly ageLimit: ApplicantAgeLimit;
  /** The post as the organisation and employee records show it, read at the edge. */
  readonly post: PostReading;
}

export interface RegisterApplicant {
  readonly type: 'RegisterApplicant';
  readonly applicantId: string;
  readonly formasiId: string;
  /** Keyed digest of the NIK, computed at the edge: equal NIKs give equal digests. */
  readonly nikDigest: string;
  readonly nikMasked: string;
  /** What the NIK encodes (region, birth day and month, sex), read at the edge; the NIK itself stays there. */
  readonly nikReading: Checked<ParsedNik>;
  readonly name: string;
  readonly birthDate: string;
  readonly educationLevel: EducationLevel;
  readonly educationMajor?: string;
  readonly at: string;
}

export interface AppointPanelMember {
  readonly type: 'AppointPanelMember';
  readonly memberId: string;
  /** Set when the member is an ASN with a record here; external members have only a name. */
  readonly employeeId?: string;
  readonly name: string;
  readonly role: PanelRole;
  readonly at: string;
}

export interface DeclareConflictOfInterest {
  readonly type: 'DeclareConflictOfInterest';
  readonly memberId: string;
  readonly applicantId: string;
  readonly relation: ConflictRelation;
  readonly at: string;
}

export interface RecordKnownRelation {
  readonly type: 'RecordKnownRelation';
  readonly memberId: string;
  readonly applicantId: string;
  readonly relation: ConflictRelation;
  readonly source: RelationSource;
  readonly note?: string;
  readonly at: string;
}

export interface RecordSkdResult {
  readonly type: 'RecordSkdResult';
  readonly applicantId: string;
  readonly scores: SkdScores;
  readonly source: SkdResultSource;
  /** Id of the BKN CAT result file the score was imported from. */
  readonly importBatchId: string;
  readonly recordedByMemberId: string;
  readonly at: string;
}

export interface CloseRegistration {
  readonly type: 'CloseRegistration';
  readonly at: string;
}

export interface PublishRanking {
  readonly type: 'PublishRanking';
  readonly at: string;
}

export interface AnnounceResults {
  readonly type: 'AnnounceResults';
  readonly at: string;
}

/** Sends a failed employee registration of an appointment again, after the cause was corrected. */
export interface RetryAppointmentRegistration {
  readonly type: 'RetryAppointmentRegistration';
  readonly applicantId: string;
  /** What became of the registration so far (the process manager's outcome), read at the edge. */
  readonly outcome: 'REGISTERED' | 'FAILED' | null;
  readonly at: string;
}

export interface AppointApplicant {
  readonly type: 'AppointApplicant';
  readonly applicantId: string;
  /** Id of the employee record the appointment creates. */
  readonly employeeId: string;
  /** NIP assigned by BKN (18 digits, no spaces). */
  readonly nip: string;
  readonly tmtCpns: string;
  /** Golongan ruang at appointment, e.g. `III_A`. */
  readonly golongan: string;
  readonly at: string;
}

export interface CancelSelectionRound {
  readonly type: 'CancelSelectionRound';
  readonly reason: string;
  readonly at: string;
}
