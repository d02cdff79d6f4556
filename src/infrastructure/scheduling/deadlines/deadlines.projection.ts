import { defineProjection } from '../../projections/projection';
import { DeadlineEvent } from './deadline.events';
import { DEADLINES, DeadlineSchema } from './deadline.schema';

/** One document per deadline: what is pending and when it is due. */
export const deadlinesProjection = defineProjection<DeadlineEvent>({
  name: DEADLINES,
  version: 1,
  collections: [{ name: DEADLINES, schema: DeadlineSchema }],
  canHandle: ['scheduling.DeadlineScheduled', 'scheduling.DeadlineFired', 'scheduling.DeadlineCancelled'],
  async apply(event, writer) {
    switch (event.type) {
      case 'scheduling.DeadlineScheduled': {
        const { deadlineId, dueAt, target, scheduledAt } = event.data;
        return writer.upsert(DEADLINES, deadlineId, { $set: { status: 'PENDING', dueAt, targetType: target.type, scheduledAt } });
      }
      case 'scheduling.DeadlineFired':
        return writer.upsert(DEADLINES, event.data.deadlineId, { $set: { status: 'FIRED', firedAt: event.data.firedAt } });
      case 'scheduling.DeadlineCancelled':
        return writer.upsert(DEADLINES, event.data.deadlineId, { $set: { status: 'CANCELLED', cancelledAt: event.data.cancelledAt } });
    }
  },
});
