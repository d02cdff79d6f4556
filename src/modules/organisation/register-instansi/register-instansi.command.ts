import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import { RegisterInstansiInput } from './register-instansi.input';

export class RegisterInstansiCommand extends Command<CommandResult> {
  constructor(
    readonly input: RegisterInstansiInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
