import { defineProjection } from '@infrastructure/projections/projection';
import { ActivityLogged } from '../../journal/journal.events';
import { FeedbackGiven } from '../../skp/skp.events';
import { ActivityEntrySchema, PERFORMANCE_ACTIVITIES } from './activity.schema';

/** The daily journal: one document per entry; feedback on an entry lands on it. */
export const activitiesProjection = defineProjection<ActivityLogged | FeedbackGiven>({
  name: PERFORMANCE_ACTIVITIES,
  version: 1,
  collections: [{ name: PERFORMANCE_ACTIVITIES, schema: ActivityEntrySchema }],
  canHandle: ['performance.ActivityLogged', 'performance.FeedbackGiven'],
  async apply(event, writer) {
    switch (event.type) {
      case 'performance.ActivityLogged': {
        const { activityId, ...entry } = event.data;
        return writer.upsert(PERFORMANCE_ACTIVITIES, activityId, { $set: { ...entry, umpanBalik: [] } });
      }
      case 'performance.FeedbackGiven': {
        const { activityId, skpId: _skp, ...feedback } = event.data;
        if (!activityId) return;
        const doc = await writer.findById<{ _id: string; umpanBalik: { feedbackId: string }[] }>(PERFORMANCE_ACTIVITIES, activityId);
        if (!doc) return;
        const others = doc.umpanBalik.filter((f) => f.feedbackId !== feedback.feedbackId);
        return writer.upsert(PERFORMANCE_ACTIVITIES, activityId, { $set: { umpanBalik: [...others, { ...feedback, activityId }] } });
      }
    }
  },
});
