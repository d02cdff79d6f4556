import { isIsoDate } from '@kernel/calendar-date';
import { problem, refuse, refuseIfAny } from '@kernel/rules';
import { ActivityRule } from '../training.rules';
import { ActivityEvent, ReactionRatings } from './activity.events';

/**
 * Evaluation after training (PP 11/2017 ps. 203(5): the PPK evaluates competency development):
 * the participant's reaction survey once they completed, and the atasan's assessment of use at work,
 * requested by a deadline three months after completion.
 */

/** Months between completion and the atasan's assessment of use at work (issue 10 §5; LAN practice varies [M]). */
export const TRANSFER_ASSESSMENT_MONTHS = 3;

export interface SubmitReactionSurvey {
  readonly type: 'SubmitReactionSurvey';
  readonly employeeId: string;
  readonly ratings: ReactionRatings;
  readonly comment: string | null;
  readonly at: string;
}
/** Dispatched by the deadline: who the atasan is was resolved on the due day. */
export interface RequestTransferAssessment {
  readonly type: 'RequestTransferAssessment';
  readonly employeeId: string;
  /** The participant's unit kerja on the due day. */
  readonly unitId: string;
  readonly atasanEmployeeId: string | null;
  readonly atasanPositionId: string | null;
  readonly at: string;
}
export interface SubmitTransferAssessment {
  readonly type: 'SubmitTransferAssessment';
  readonly employeeId: string;
  readonly assessorId: string;
  /** 1 (not used) – 5 (used fully and shared with colleagues). */
  readonly score: number;
  readonly applied: boolean;
  readonly description: string;
  readonly at: string;
}
export type EvaluationCommand = SubmitReactionSurvey | RequestTransferAssessment | SubmitTransferAssessment;

export interface EvaluationState {
  readonly surveyed: boolean;
  /** Null until the deadline requested it. */
  readonly transfer: { readonly atasanEmployeeId: string | null; readonly unitId: string; readonly submitted: boolean } | null;
}

interface Participant extends EvaluationState {
  readonly completed: { readonly completedOn: string } | null;
  readonly verified: boolean;
}

/** The day the atasan's assessment falls due: `months` calendar months after completion (clamped to the month's end). */
export function transferAssessmentDueOn(completedOn: string, months = TRANSFER_ASSESSMENT_MONTHS): string {
  if (!isIsoDate(completedOn)) throw new Error(`Not a date: ${completedOn}`);
  const [y, m, d] = completedOn.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

const isRating = (n: number) => Number.isInteger(n) && n >= 1 && n <= 5;

export function decideEvaluation(c: EvaluationCommand, p: Participant | undefined, activityId: string): ActivityEvent[] {
  if (!p) refuse(ActivityRule.NOT_ENROLLED, `Pegawai ${c.employeeId} bukan peserta`);
  switch (c.type) {
    case 'SubmitReactionSurvey':
      refuseIfAny([
        p.completed === null && problem(ActivityRule.NOT_COMPLETED, 'Survei reaksi diisi setelah peserta menyelesaikan kegiatan'),
        p.surveyed && problem(ActivityRule.SURVEY_ALREADY_SUBMITTED, 'Survei reaksi sudah diisi'),
        !Object.values(c.ratings).every(isRating) && problem(ActivityRule.RATING_INVALID, 'Setiap penilaian bernilai 1 sampai 5'),
      ]);
      return [{ type: 'training.ReactionSurveySubmitted', data: { activityId, employeeId: c.employeeId, ratings: { ...c.ratings }, comment: c.comment, submittedAt: c.at } }];
    case 'RequestTransferAssessment':
      if (!p.verified) refuse(ActivityRule.NOT_VERIFIED, 'Penilaian pemanfaatan hanya untuk penyelesaian yang terverifikasi');
      if (p.transfer) return [];
      return [
        {
          type: 'training.TransferAssessmentRequested',
          data: { activityId, employeeId: c.employeeId, unitId: c.unitId, atasanEmployeeId: c.atasanEmployeeId, atasanPositionId: c.atasanPositionId, dueOn: transferAssessmentDueOn(p.completed!.completedOn), requestedAt: c.at },
        },
      ];
    case 'SubmitTransferAssessment': {
      const t = p.transfer;
      if (!t) refuse(ActivityRule.ASSESSMENT_NOT_DUE, `Penilaian pemanfaatan baru diminta ${TRANSFER_ASSESSMENT_MONTHS} bulan setelah pelatihan`);
      refuseIfAny([
        t.submitted && problem(ActivityRule.ASSESSMENT_ALREADY_SUBMITTED, 'Penilaian pemanfaatan sudah diisi'),
        t.atasanEmployeeId !== null && t.atasanEmployeeId !== c.assessorId && problem(ActivityRule.ASSESSOR_NOT_ATASAN, `Penilaian diisi oleh atasan peserta (${t.atasanEmployeeId})`),
        c.assessorId === c.employeeId && problem(ActivityRule.ASSESSOR_NOT_ATASAN, 'Peserta tidak menilai dirinya sendiri'),
        !isRating(c.score) && problem(ActivityRule.RATING_INVALID, 'Nilai pemanfaatan 1 sampai 5'),
        c.description.trim() === '' && problem(ActivityRule.ASSESSMENT_DESCRIPTION_REQUIRED, 'Uraikan pemanfaatan hasil pelatihan di tempat kerja'),
      ]);
      return [
        { type: 'training.TransferAssessmentSubmitted', data: { activityId, employeeId: c.employeeId, assessorId: c.assessorId, score: c.score, applied: c.applied, description: c.description, submittedAt: c.at } },
      ];
    }
  }
}
