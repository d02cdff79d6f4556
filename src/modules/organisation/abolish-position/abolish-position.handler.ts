import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '@kernel/command-handling';
import { OrganisationCommands } from '../shared/organisation-commands';
import { AbolishPositionCommand } from './abolish-position.command';

@CommandHandler(AbolishPositionCommand)
export class AbolishPositionHandler implements ICommandHandler<AbolishPositionCommand> {
  constructor(private readonly organisation: OrganisationCommands) {}

  execute({ input, context }: AbolishPositionCommand): Promise<CommandResult> {
    return this.organisation.execute({ type: 'AbolishPosition', positionId: input.positionId, at: context.occurredAt }, context);
  }
}
