import { Injectable } from '@nestjs/common';
import { CommandContext } from '@kernel/command-handling';
import { Json } from '@kernel/events';

/** What a target gets when its deadline fires. */
export interface DeadlineDispatch {
  readonly deadlineId: string;
  readonly payload: Json;
  /**
   * Deterministic (derived from the DeadlineFired event): sending the command with this id again is
   * recognised by the receiving stream. The actor is the scheduler acting on behalf of whoever
   * scheduled; a target that needs other grants keeps the ids and replaces the actor.
   */
  readonly context: CommandContext;
}

/** Dispatches one kind of deadline: usually a command on the bus or through a module's executor. */
export type DeadlineTargetHandler = (dispatch: DeadlineDispatch) => Promise<unknown>;

/**
 * The commands deadlines may dispatch, by stable type name (stored in DeadlineScheduled). Modules
 * register theirs in onModuleInit; scheduling an unregistered type is refused.
 */
@Injectable()
export class DeadlineTargets {
  private readonly handlers = new Map<string, DeadlineTargetHandler>();

  register(type: string, handler: DeadlineTargetHandler): void {
    if (this.handlers.has(type)) throw new Error(`Deadline target ${type} registered twice`);
    this.handlers.set(type, handler);
  }

  has(type: string): boolean {
    return this.handlers.has(type);
  }

  handler(type: string): DeadlineTargetHandler | undefined {
    return this.handlers.get(type);
  }
}
