import { defineProjection, ProjectionWriter } from '@infrastructure/projections/projection';
import { ActivityEvent } from '../activity/activity.events';
import { transferAssessmentDueOn } from '../activity/evaluation';
import { JpLedgerDoc, JpLedgerDocSchema, TRAINING_ACTIVITIES, TRAINING_JP_LEDGER, TrainingActivity, TrainingActivitySchema, TrainingParticipantNode } from './activity.schema';

export const ledgerId = (employeeId: string, year: number): string => `${employeeId}:${year}`;

type ActivityDoc = TrainingActivity & { _id: string };

async function updateParticipant(writer: ProjectionWriter, activityId: string, employeeId: string, change: (p: TrainingParticipantNode) => TrainingParticipantNode, revision: number) {
  const doc = await writer.findById<ActivityDoc>(TRAINING_ACTIVITIES, activityId);
  if (!doc) return;
  const participants = doc.participants.map((p) => (p.employeeId === employeeId ? change(p) : p));
  await writer.upsert(TRAINING_ACTIVITIES, activityId, { $set: { participants, revision } });
}

/** Activities with participants, and the JP ledger (verified completions only). */
export const trainingActivitiesProjection = defineProjection<ActivityEvent>({
  name: TRAINING_ACTIVITIES,
  version: 2,
  collections: [
    { name: TRAINING_ACTIVITIES, schema: TrainingActivitySchema },
    { name: TRAINING_JP_LEDGER, schema: JpLedgerDocSchema },
  ],
  canHandle: ['training.ActivityScheduled', 'training.ParticipantEnrolled', 'training.AttendanceRecorded', 'training.ParticipantCompleted', 'training.CompletionVerified', 'training.ReactionSurveySubmitted', 'training.TransferAssessmentRequested', 'training.TransferAssessmentSubmitted'],
  async apply(event, writer) {
    switch (event.type) {
      case 'training.ActivityScheduled': {
        const { activityId, scheduledAt: _s, ...rest } = event.data;
        return writer.upsert(TRAINING_ACTIVITIES, activityId, { $set: { ...rest, participants: [], revision: event.revision } });
      }
      case 'training.ParticipantEnrolled': {
        const d = event.data;
        const doc = await writer.findById<ActivityDoc>(TRAINING_ACTIVITIES, d.activityId);
        if (!doc) return;
        const participant: TrainingParticipantNode = { employeeId: d.employeeId, planItemId: d.planItemId, reason: d.reason, status: 'ENROLLED', attendedSessions: [], jp: null, certificateHash: null, certificateNumber: null, completedOn: null, survey: null, transferAssessment: null };
        return writer.upsert(TRAINING_ACTIVITIES, d.activityId, { $set: { participants: [...doc.participants.filter((p) => p.employeeId !== d.employeeId), participant], revision: event.revision } });
      }
      case 'training.AttendanceRecorded': {
        const d = event.data;
        return updateParticipant(writer, d.activityId, d.employeeId, (p) => ({ ...p, attendedSessions: d.present ? [...new Set([...p.attendedSessions, d.sessionId])].sort() : p.attendedSessions.filter((s) => s !== d.sessionId) }), event.revision);
      }
      case 'training.ParticipantCompleted': {
        const d = event.data;
        return updateParticipant(writer, d.activityId, d.employeeId, (p) => ({ ...p, status: 'COMPLETED', jp: d.jp, certificateHash: d.certificateHash, certificateNumber: d.certificateNumber, completedOn: d.completedOn }), event.revision);
      }
      case 'training.CompletionVerified': {
        const d = event.data;
        const scheduled = (dueOn: string) => ({ status: 'SCHEDULED', dueOn, atasanEmployeeId: null, atasanPositionId: null, assessorId: null, score: null, applied: null, description: null, submittedAt: null });
        await updateParticipant(writer, d.activityId, d.employeeId, (p) => ({ ...p, status: 'VERIFIED', transferAssessment: p.completedOn ? scheduled(transferAssessmentDueOn(p.completedOn)) : null }), event.revision);
        const id = ledgerId(d.employeeId, d.year);
        const existing = await writer.findById<JpLedgerDoc & { _id: string }>(TRAINING_JP_LEDGER, id);
        const entries = [...(existing?.entries ?? []).filter((e) => e.activityId !== d.activityId), { activityId: d.activityId, jp: d.jp, verifiedAt: d.verifiedAt }];
        return writer.upsert(TRAINING_JP_LEDGER, id, {
          $set: { employeeId: d.employeeId, instansiId: d.instansiId, year: d.year, entries, totalJp: Math.round(entries.reduce((a, e) => a + e.jp, 0) * 100) / 100 },
        });
      }
      case 'training.ReactionSurveySubmitted': {
        const d = event.data;
        return updateParticipant(writer, d.activityId, d.employeeId, (p) => ({ ...p, survey: { ...d.ratings, comment: d.comment, submittedAt: d.submittedAt } }), event.revision);
      }
      case 'training.TransferAssessmentRequested': {
        const d = event.data;
        return updateParticipant(writer, d.activityId, d.employeeId, (p) => ({ ...p, transferAssessment: { status: 'REQUESTED', dueOn: d.dueOn, unitId: d.unitId, atasanEmployeeId: d.atasanEmployeeId, atasanPositionId: d.atasanPositionId, assessorId: null, score: null, applied: null, description: null, submittedAt: null } }), event.revision);
      }
      case 'training.TransferAssessmentSubmitted': {
        const d = event.data;
        return updateParticipant(
          writer,
          d.activityId,
          d.employeeId,
          (p) => ({ ...p, transferAssessment: { dueOn: '', atasanEmployeeId: null, atasanPositionId: null, ...p.transferAssessment, status: 'SUBMITTED', assessorId: d.assessorId, score: d.score, applied: d.applied, description: d.description, submittedAt: d.submittedAt } }),
          event.revision,
        );
      }
    }
  },
});
