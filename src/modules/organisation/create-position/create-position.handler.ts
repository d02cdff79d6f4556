import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '@kernel/command-handling';
import { OrganisationCommands } from '../shared/organisation-commands';
import { CreatePositionCommand } from './create-position.command';

@CommandHandler(CreatePositionCommand)
export class CreatePositionHandler implements ICommandHandler<CreatePositionCommand> {
  constructor(private readonly organisation: OrganisationCommands) {}

  execute({ input, context }: CreatePositionCommand): Promise<CommandResult> {
    const { unitId, code, name, jenisJabatan, isUnitHead } = input;
    return this.organisation.execute({ type: 'CreatePosition', unitId, code, name, jenisJabatan, isUnitHead, kelasJabatan: input.kelasJabatan ?? null, capacity: input.capacity ?? null, at: context.occurredAt }, context);
  }
}
