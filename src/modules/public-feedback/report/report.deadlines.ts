import { defineReaction, Reaction } from '@infrastructure/projections/reaction';
import { deadlineIdFor, Deadlines } from '@infrastructure/scheduling';
import { Actor } from '@kernel/events';
import { ReportDisposed, ReporterReplied, ReportFollowedUp, ReportSubmitted } from './report.events';
import { SlaStage } from './report.vocabulary';

export const CHECK_SLA_TARGET = 'public-feedback.CheckReportSla';
export const CLOSE_TARGET = 'public-feedback.CloseQuietReport';

const SLA_CLOCK: Actor = { id: 'system:public-feedback-sla', roles: [] };

/**
 * The SLA clocks as platform deadlines (never timers): each due instant the decider recorded becomes a
 * deadline whose id derives from the event, so a replay schedules nothing new. A deadline that fires
 * after the stage was met, or after a reopen moved the due time, is ignored by the decider.
 */
export function reportDeadlinesReaction(deadlines: Deadlines): Reaction {
  return defineReaction<ReportSubmitted | ReportDisposed | ReportFollowedUp | ReporterReplied>({
    name: 'public-feedback-report-deadlines',
    canHandle: ['public-feedback.ReportSubmitted', 'public-feedback.ReportDisposed', 'public-feedback.ReportFollowedUp', 'public-feedback.ReporterReplied'],
    async react(event, { commandContext }) {
      const { reportId } = event.data;
      const schedule = (purpose: string, at: string, target: { type: string; payload: Record<string, string> }) =>
        deadlines.schedule({ deadlineId: deadlineIdFor(event.eventId, purpose), due: { at }, target }, commandContext(SLA_CLOCK, purpose));
      const sla = (stage: SlaStage, dueAt: string) => schedule(`sla-${stage}`, dueAt, { type: CHECK_SLA_TARGET, payload: { reportId, stage, dueAt } });
      const close = (closesAt: string) => schedule('close', closesAt, { type: CLOSE_TARGET, payload: { reportId, closesAt } });
      switch (event.type) {
        case 'public-feedback.ReportSubmitted':
          await sla(SlaStage.VERIFY, event.data.verifyDueAt);
          return;
        case 'public-feedback.ReportDisposed':
          await sla(SlaStage.FOLLOW_UP, event.data.followUpDueAt);
          return;
        case 'public-feedback.ReportFollowedUp':
          await close(event.data.closesAt);
          return;
        case 'public-feedback.ReporterReplied':
          if (event.data.followUpDueAt) await sla(SlaStage.FOLLOW_UP, event.data.followUpDueAt);
          if (event.data.closesAt) await close(event.data.closesAt);
          return;
      }
    },
  });
}
