import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { EmployeeResult } from '../shared/employee-commands';
import { PromoteEmployeeInput } from './promote-employee.input';

export class PromoteEmployeeCommand extends Command<EmployeeResult> {
  constructor(
    readonly input: PromoteEmployeeInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
