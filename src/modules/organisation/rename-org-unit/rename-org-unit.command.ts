import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import { RenameOrgUnitInput } from './rename-org-unit.input';

export class RenameOrgUnitCommand extends Command<CommandResult> {
  constructor(
    readonly input: RenameOrgUnitInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
