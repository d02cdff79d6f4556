import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { EmployeeResult } from '../shared/employee-commands';
import { CorrectEmploymentTypeInput } from './correct-employment-type.input';

export class CorrectEmploymentTypeCommand extends Command<EmployeeResult> {
  constructor(
    readonly input: CorrectEmploymentTypeInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
