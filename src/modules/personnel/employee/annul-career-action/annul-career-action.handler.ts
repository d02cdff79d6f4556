import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { BadUserInputError } from '@kernel/errors';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { AnnulCareerAction, AnnulmentTarget, employeeDecider, employeeStreamId, returnPlacementOf } from '../domain';
import { EmployeeCommands, EmployeeResult } from '../shared/employee-commands';
import { legalBasisOf } from '../shared/employee.input-fields';
import { AnnulCareerActionCommand } from './annul-career-action.command';
import { AnnulCareerActionInput } from './annul-career-action.input';

/**
 * Finds the named event in the employee's stream (the log is append-only, so what is found stays
 * there), then runs the annulment through the one command path. Where the annulment returns the
 * employee to a post (an annulled transfer or retirement), that post is checked like a transfer's
 * target: the actor must manage its instansi and it needs a free seat — after the decider's own rules,
 * so a refused annulment names its rule first.
 */
@CommandHandler(AnnulCareerActionCommand)
export class AnnulCareerActionHandler implements ICommandHandler<AnnulCareerActionCommand, EmployeeResult> {
  constructor(
    private readonly employees: EmployeeCommands,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ input, context }: AnnulCareerActionCommand): Promise<EmployeeResult> {
    const { employeeId } = input;
    const command: AnnulCareerAction = {
      type: 'AnnulCareerAction',
      employeeId,
      target: await this.locate(employeeId, input),
      reason: input.reason ?? '',
      legalBasis: legalBasisOf(input.legalBasis),
    };
    return this.employees.execute(employeeId, context, () => command, {
      target: (employee) => {
        const placement = returnPlacementOf(employeeDecider.decide(command, employee));
        return placement ? { ...placement, definitive: true } : undefined;
      },
    });
  }

  /** The event and its ordinal among the stream's events of its type (how the decider's state counts them). */
  private async locate(employeeId: string, { eventId, revision: at }: AnnulCareerActionInput): Promise<AnnulmentTarget> {
    if ((eventId == null) === (at == null)) throw new BadUserInputError('Sebutkan peristiwa yang dibatalkan dengan eventId atau revision (salah satu)', { field: 'eventId' });
    const events = await this.store.readStream(employeeStreamId(employeeId));
    const index = events.findIndex((e) => (eventId != null ? e.eventId === eventId : e.revision === at));
    if (index < 0) return { eventId: eventId ?? `revision ${at}`, found: false };
    const { type, revision, position } = events[index];
    const ordinal = events.slice(0, index + 1).filter((e) => e.type === type).length;
    return { eventId: events[index].eventId, found: true, type, revision, position, ordinal };
  }
}
