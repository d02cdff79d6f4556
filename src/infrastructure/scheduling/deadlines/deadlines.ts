import { Injectable } from '@nestjs/common';
import { Clock } from '@kernel/clock';
import { CommandContext, CommandExecutor, CommandResult } from '@kernel/command-handling';
import { BadUserInputError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { deriveId } from '@kernel/ids';
import { ReadModels } from '../../projections/read-models';
import { jakartaDate, startOfJakartaDay, workingDays } from '../calendar/working-days';
import { deadlineDecider, DeadlineState } from './deadline.decider';
import { DeadlineBasis, deadlineStream, DeadlineTarget } from './deadline.events';
import { DEADLINE_DISPATCHES, DEADLINES, DeadlineView } from './deadline.schema';
import { DeadlineTargets } from './deadline-targets';

/** When a deadline is due: at an instant, or at the end (24:00 WIB) of the N-th working day after `from`'s date. */
export type DueRule = { readonly at: string } | { readonly afterWorkingDays: number; readonly from?: string };

export interface ScheduleDeadlineRequest {
  /** Derive it (`deadlineIdFor`) from what causes the deadline, so scheduling twice schedules once. */
  readonly deadlineId: string;
  readonly due: DueRule;
  readonly target: DeadlineTarget;
}

export interface DeadlineCounts {
  readonly pending: number;
  /** Pending and past due: fired at the scheduler's next poll, unless it is not running. */
  readonly overdue: number;
  /** Fired, but the target refused or was unknown (see `deadline_dispatches`). */
  readonly failedDispatches: number;
}

const SCHEDULER: Actor = { id: 'system:scheduler', roles: [] };

/** The deadline id for `purpose` caused by a command or event id: the same cause gives the same deadline. */
export function deadlineIdFor(causeId: string, purpose: string): string {
  return deriveId('deadline', purpose, causeId);
}

/**
 * Durable deadlines: "at T, or after N working days, dispatch C". Each one is a stream
 * (`scheduling-deadline-<id>`) of DeadlineScheduled, then DeadlineFired or DeadlineCancelled; the
 * scheduler fires what is due on the injected Clock and a reaction dispatches the target command.
 */
@Injectable()
export class Deadlines {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly targets: DeadlineTargets,
    private readonly clock: Clock,
    private readonly readModels: ReadModels,
  ) {}

  async schedule(request: ScheduleDeadlineRequest, context: CommandContext): Promise<CommandResult<DeadlineState> & { dueAt: string }> {
    if (!this.targets.has(request.target.type)) throw new BadUserInputError(`Jenis perintah tenggat tidak dikenal: ${request.target.type}`);
    const { dueAt, basis } = resolveDue(request.due, context.occurredAt);
    const command = { type: 'ScheduleDeadline' as const, deadlineId: request.deadlineId, dueAt, target: request.target, basis, now: context.occurredAt, scheduledBy: context.actor.id };
    const result = await this.executor.execute(deadlineDecider, deadlineStream(request.deadlineId), command, context);
    return { ...result, dueAt };
  }

  cancel(deadlineId: string, reason: string, context: CommandContext): Promise<CommandResult<DeadlineState>> {
    return this.executor.execute(deadlineDecider, deadlineStream(deadlineId), { type: 'CancelDeadline', reason, now: context.occurredAt }, context);
  }

  /** Fires one due deadline. Idempotent: its command id derives from the deadline, and a fired deadline ignores it. */
  fire(deadlineId: string): Promise<CommandResult<DeadlineState>> {
    const now = this.clock.now().toISOString();
    const commandId = deriveId('deadline-fire', deadlineId);
    const context: CommandContext = { commandId, actor: SCHEDULER, correlationId: deadlineId, causationId: commandId, occurredAt: now };
    return this.executor.execute(deadlineDecider, deadlineStream(deadlineId), { type: 'FireDeadline', now }, context);
  }

  /** Pending deadlines due by the clock's now, earliest first (from the read model). */
  due(limit: number): Promise<DeadlineView[]> {
    const now = this.clock.now().toISOString();
    return this.readModels.collection<DeadlineView>(DEADLINES).find({ status: 'PENDING', dueAt: { $lte: now } }, { sort: { dueAt: 1 }, limit });
  }

  /** Read-your-writes for the scheduler: true once the deadlines read model has applied `position`. */
  settled(position: number): Promise<boolean> {
    return this.readModels.waitFor(position, DEADLINES);
  }

  async counts(): Promise<DeadlineCounts> {
    const now = this.clock.now().toISOString();
    const deadlines = this.readModels.collection(DEADLINES);
    return {
      pending: await deadlines.count({ status: 'PENDING' }),
      overdue: await deadlines.count({ status: 'PENDING', dueAt: { $lte: now } }),
      failedDispatches: await this.readModels.collection(DEADLINE_DISPATCHES).count({ status: 'FAILED' }),
    };
  }
}

function resolveDue(due: DueRule, occurredAt: string): { dueAt: string; basis: DeadlineBasis } {
  if ('at' in due) {
    const at = new Date(due.at);
    if (Number.isNaN(at.getTime())) throw new BadUserInputError(`Waktu tenggat tidak valid: "${due.at}"`);
    return { dueAt: at.toISOString(), basis: { kind: 'AT' } };
  }
  const from = due.from ?? occurredAt;
  const start = new Date(from);
  if (Number.isNaN(start.getTime())) throw new BadUserInputError(`Waktu mulai tenggat tidak valid: "${from}"`);
  const lastDay = workingDays.addWorkingDays(jakartaDate(start), due.afterWorkingDays);
  const endOfLastDay = new Date(startOfJakartaDay(lastDay).getTime() + 24 * 60 * 60 * 1000);
  return {
    dueAt: endOfLastDay.toISOString(),
    basis: { kind: 'WORKING_DAYS', days: due.afterWorkingDays, from: start.toISOString(), calendar: workingDays.version },
  };
}
