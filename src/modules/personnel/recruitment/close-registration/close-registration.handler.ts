import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SelectionRoundCommands, SelectionRoundResult } from '../shared/selection-round-commands';
import { CloseRegistrationCommand } from './close-registration.command';

@CommandHandler(CloseRegistrationCommand)
export class CloseRegistrationHandler implements ICommandHandler<CloseRegistrationCommand, SelectionRoundResult> {
  constructor(private readonly rounds: SelectionRoundCommands) {}

  execute({ input, context }: CloseRegistrationCommand): Promise<SelectionRoundResult> {
    return this.rounds.execute(input.roundId, { type: 'CloseRegistration', at: context.occurredAt }, context);
  }
}
