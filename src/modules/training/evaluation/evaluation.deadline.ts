import { deadlineIdFor, ScheduleDeadlineRequest } from '@infrastructure/scheduling';
import { transferAssessmentDueOn } from '../activity/evaluation';

/** The deadline target that asks the atasan for the assessment (registered by the training module). */
export const TRANSFER_ASSESSMENT_TARGET = 'training.RequestTransferAssessment';

/** Due at 08:00 WIB on the due day; one deadline per participant of an activity. */
export function transferAssessmentDeadline(activityId: string, employeeId: string, completedOn: string): ScheduleDeadlineRequest {
  return {
    deadlineId: deadlineIdFor(`${activityId}:${employeeId}`, 'training.transfer-assessment'),
    due: { at: `${transferAssessmentDueOn(completedOn)}T01:00:00.000Z` },
    target: { type: TRANSFER_ASSESSMENT_TARGET, payload: { activityId, employeeId } },
  };
}

