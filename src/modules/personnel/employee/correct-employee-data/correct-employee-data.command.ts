import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { EmployeeResult } from '../shared/employee-commands';
import { CorrectEmployeeDataInput } from './correct-employee-data.input';

export class CorrectEmployeeDataCommand extends Command<EmployeeResult> {
  constructor(
    readonly input: CorrectEmployeeDataInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
