import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '@kernel/command-handling';
import { OrganisationCommands } from '../shared/organisation-commands';
import { MoveOrgUnitCommand } from './move-org-unit.command';

@CommandHandler(MoveOrgUnitCommand)
export class MoveOrgUnitHandler implements ICommandHandler<MoveOrgUnitCommand> {
  constructor(private readonly organisation: OrganisationCommands) {}

  execute({ input, context }: MoveOrgUnitCommand): Promise<CommandResult> {
    return this.organisation.execute({ type: 'MoveUnit', unitId: input.unitId, parentUnitId: input.parentUnitId ?? null, at: context.occurredAt }, context);
  }
}
