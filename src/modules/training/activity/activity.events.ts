import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import { TrainingForm, TrainingRoute } from '../catalogue/program.vocabulary';

export const activityStream = (activityId: string): string => `training-activity-${activityId}`;
export const activityStreamPrefix = 'training-activity-';

export interface ActivitySession {
  readonly sessionId: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  /** Place, or null when online. */
  readonly place: string | null;
  readonly online: boolean;
}

/** An activity of a catalogue program was scheduled, paid from one OPD envelope. */
export type ActivityScheduled = DomainEvent<
  'training.ActivityScheduled',
  {
    activityId: string;
    programId: string;
    instansiId: string;
    /** The OPD whose envelope pays. */
    unitId: string;
    year: number;
    title: string;
    route: TrainingRoute;
    form: TrainingForm;
    jp: number;
    costPerParticipant: number;
    sessions: ActivitySession[];
    /** The MoU / PKS it runs under (optional field: absent in events written before partners existed). */
    agreementId?: string | null;
    scheduledAt: string;
  }
>;

/** A participant was enrolled: from a plan item, or without one with a reason; the cost is committed on the envelope. */
export type ParticipantEnrolled = DomainEvent<
  'training.ParticipantEnrolled',
  { activityId: string; employeeId: string; planItemId: string | null; reason: string | null; commitmentId: string; enrolledAt: string }
>;

/** Attendance of one participant at one session. */
export type AttendanceRecorded = DomainEvent<
  'training.AttendanceRecorded',
  { activityId: string; sessionId: string; employeeId: string; present: boolean; recordedAt: string }
>;

/** A participant completed, with the certificate (attachment content hash); not counted until verified. */
export type ParticipantCompleted = DomainEvent<
  'training.ParticipantCompleted',
  {
    activityId: string;
    employeeId: string;
    /** JP credited (the program's, or converted from hours for non-classical forms). */
    jp: number;
    /** Documented hours for a non-classical form; null otherwise. */
    hours: number | null;
    /** The JP conversion policy version used; null for classical routes. */
    jpPolicyVersion: string | null;
    /** Content hash of the certificate attachment (sha256:…). */
    certificateHash: string;
    /** The certificate's number (nomorSertipikat in SIASN). */
    certificateNumber: string;
    completedOn: string;
    completedAt: string;
  }
>;

/** TRAINING_ADMIN checked the evidence: from now on the JP count in the ledger. */
export type CompletionVerified = DomainEvent<
  'training.CompletionVerified',
  { activityId: string; employeeId: string; instansiId: string; year: number; jp: number; verifiedBy: string; verifiedAt: string }
>;

/** The participant's reaction survey (Kirkpatrick level 1), each rating 1–5. */
export interface ReactionRatings {
  readonly materi: number;
  readonly pengajar: number;
  readonly penyelenggaraan: number;
  readonly manfaat: number;
}
export type ReactionSurveySubmitted = DomainEvent<
  'training.ReactionSurveySubmitted',
  { activityId: string; employeeId: string; ratings: ReactionRatings; comment: string | null; submittedAt: string }
>;

/** The deadline three months after completion asked the participant's atasan (resolved that day; null when vacant) to assess use at work. */
export type TransferAssessmentRequested = DomainEvent<
  'training.TransferAssessmentRequested',
  { activityId: string; employeeId: string; unitId: string; atasanEmployeeId: string | null; atasanPositionId: string | null; dueOn: string; requestedAt: string }
>;

/** The atasan's assessment of how the participant uses what was learnt at work (Kirkpatrick level 3). */
export type TransferAssessmentSubmitted = DomainEvent<
  'training.TransferAssessmentSubmitted',
  { activityId: string; employeeId: string; assessorId: string; score: number; applied: boolean; description: string; submittedAt: string }
>;

export type ActivityEvent =
  | ActivityScheduled
  | ParticipantEnrolled
  | AttendanceRecorded
  | ParticipantCompleted
  | CompletionVerified
  | ReactionSurveySubmitted
  | TransferAssessmentRequested
  | TransferAssessmentSubmitted;

eventRegistry.register([
  { type: 'training.ActivityScheduled', version: 1, description: 'A training activity of a catalogue program was scheduled (sessions, place or online)' },
  { type: 'training.ParticipantEnrolled', version: 1, description: 'A participant was enrolled in an activity (from a plan item, or with a reason)' },
  { type: 'training.AttendanceRecorded', version: 1, description: "A participant's attendance at one session was recorded" },
  { type: 'training.ParticipantCompleted', version: 1, description: 'A participant completed an activity with certificate evidence (not yet counted)' },
  { type: 'training.CompletionVerified', version: 1, description: "A completion was verified by TRAINING_ADMIN; its JP count in the employee's ledger" },
  { type: 'training.ReactionSurveySubmitted', version: 1, description: "The participant's reaction survey after completing an activity (ratings 1–5)" },
  { type: 'training.TransferAssessmentRequested', version: 1, description: "Three months after completion, the participant's atasan was asked to assess use at work" },
  { type: 'training.TransferAssessmentSubmitted', version: 1, description: "The atasan's assessment of how the participant uses the training at work" },
]);
