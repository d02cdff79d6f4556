import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { EmployeeResult } from '../shared/employee-commands';
import { CorrectNipInput } from './correct-nip.input';

export class CorrectNipCommand extends Command<EmployeeResult> {
  constructor(
    readonly input: CorrectNipInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
