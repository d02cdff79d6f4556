import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import { CreateOrgUnitInput } from './create-org-unit.input';

export class CreateOrgUnitCommand extends Command<CommandResult> {
  constructor(
    readonly input: CreateOrgUnitInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
