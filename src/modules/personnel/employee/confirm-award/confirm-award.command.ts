import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { EmployeeResult } from '../shared/employee-commands';
import { ConfirmAwardInput } from './confirm-award.input';

export class ConfirmAwardCommand extends Command<EmployeeResult> {
  constructor(
    readonly input: ConfirmAwardInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
