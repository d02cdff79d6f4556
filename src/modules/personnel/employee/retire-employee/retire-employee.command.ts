import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { EmployeeResult } from '../shared/employee-commands';
import { RetireEmployeeInput } from './retire-employee.input';

export class RetireEmployeeCommand extends Command<EmployeeResult> {
  constructor(
    readonly input: RetireEmployeeInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
