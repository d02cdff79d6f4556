import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import { CreatePositionInput } from './create-position.input';

export class CreatePositionCommand extends Command<CommandResult> {
  constructor(
    readonly input: CreatePositionInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
