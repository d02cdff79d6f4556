import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import { DissolveOrgUnitInput } from './dissolve-org-unit.input';

export class DissolveOrgUnitCommand extends Command<CommandResult> {
  constructor(
    readonly input: DissolveOrgUnitInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
