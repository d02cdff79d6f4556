import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import { SetPositionCapacityInput } from './set-position-capacity.input';

export class SetPositionCapacityCommand extends Command<CommandResult> {
  constructor(
    readonly input: SetPositionCapacityInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
