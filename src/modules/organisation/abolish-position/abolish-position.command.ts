import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import { AbolishPositionInput } from './abolish-position.input';

export class AbolishPositionCommand extends Command<CommandResult> {
  constructor(
    readonly input: AbolishPositionInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
