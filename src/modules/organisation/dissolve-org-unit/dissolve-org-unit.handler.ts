import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '@kernel/command-handling';
import { OrganisationCommands } from '../shared/organisation-commands';
import { DissolveOrgUnitCommand } from './dissolve-org-unit.command';

@CommandHandler(DissolveOrgUnitCommand)
export class DissolveOrgUnitHandler implements ICommandHandler<DissolveOrgUnitCommand> {
  constructor(private readonly organisation: OrganisationCommands) {}

  execute({ input, context }: DissolveOrgUnitCommand): Promise<CommandResult> {
    return this.organisation.execute({ type: 'DissolveUnit', unitId: input.unitId, at: context.occurredAt }, context);
  }
}
