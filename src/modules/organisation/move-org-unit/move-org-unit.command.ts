import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import { MoveOrgUnitInput } from './move-org-unit.input';

export class MoveOrgUnitCommand extends Command<CommandResult> {
  constructor(
    readonly input: MoveOrgUnitInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
