import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '@kernel/command-handling';
import { OrganisationCommands } from '../shared/organisation-commands';
import { RenameOrgUnitCommand } from './rename-org-unit.command';

@CommandHandler(RenameOrgUnitCommand)
export class RenameOrgUnitHandler implements ICommandHandler<RenameOrgUnitCommand> {
  constructor(private readonly organisation: OrganisationCommands) {}

  execute({ input, context }: RenameOrgUnitCommand): Promise<CommandResult> {
    return this.organisation.execute({ type: 'RenameUnit', unitId: input.unitId, name: input.name, at: context.occurredAt }, context);
  }
}
