import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '@kernel/command-handling';
import { OrganisationCommands } from '../shared/organisation-commands';
import { CreateOrgUnitCommand } from './create-org-unit.command';

@CommandHandler(CreateOrgUnitCommand)
export class CreateOrgUnitHandler implements ICommandHandler<CreateOrgUnitCommand> {
  constructor(private readonly organisation: OrganisationCommands) {}

  execute({ input, context }: CreateOrgUnitCommand): Promise<CommandResult> {
    const { instansiId, code, name, kind } = input;
    return this.organisation.execute({ type: 'CreateUnit', instansiId, code, name, kind, parentUnitId: input.parentUnitId ?? null, at: context.occurredAt }, context);
  }
}
