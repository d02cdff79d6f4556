import { Logger } from '@nestjs/common';
import { AppError, ServiceUnavailableError } from '@kernel/errors';
import { defineReaction, Reaction } from '../../projections/reaction';
import { DeadlineFired } from './deadline.events';
import { DEADLINE_DISPATCHES, DeadlineDispatchSchema } from './deadline.schema';
import { DeadlineTargets } from './deadline-targets';

export const DEADLINE_DISPATCH_REACTION = 'scheduling-deadline-dispatch';

const logger = new Logger('DeadlineDispatch');

/**
 * Sends a fired deadline's target command, once: the command id derives from the DeadlineFired event,
 * and the reaction is never rebuilt. A refusal (application error) or an unknown target is recorded
 * as FAILED in `deadline_dispatches` (counted in systemStatus); an unavailable store is retried.
 */
export function deadlineDispatchReaction(targets: DeadlineTargets): Reaction {
  return defineReaction<DeadlineFired>({
    name: DEADLINE_DISPATCH_REACTION,
    canHandle: ['scheduling.DeadlineFired'],
    collections: [{ name: DEADLINE_DISPATCHES, schema: DeadlineDispatchSchema }],
    async react(event, { writer, commandContext }) {
      const { deadlineId, target, scheduledBy } = event.data;
      const context = commandContext({ id: 'system:scheduler', roles: [], onBehalfOf: scheduledBy });
      let error: string | null = null;
      const handler = targets.handler(target.type);
      try {
        if (!handler) throw new UnknownTargetError(target.type);
        await handler({ deadlineId, payload: target.payload, context });
      } catch (failure) {
        if (!(failure instanceof AppError || failure instanceof UnknownTargetError) || failure instanceof ServiceUnavailableError) throw failure;
        error = failure.message;
        logger.warn(`Deadline ${deadlineId} (${target.type}) could not be dispatched: ${error}`);
      }
      await writer.upsert(DEADLINE_DISPATCHES, deadlineId, { $set: { targetType: target.type, status: error ? 'FAILED' : 'DISPATCHED', error } });
    },
  });
}

class UnknownTargetError extends Error {
  constructor(type: string) {
    super(`no deadline target ${type} is registered`);
  }
}
