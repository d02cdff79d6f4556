import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { EmployeeResult } from '../shared/employee-commands';
import { TransferEmployeeInput } from './transfer-employee.input';

export class TransferEmployeeCommand extends Command<EmployeeResult> {
  constructor(
    readonly input: TransferEmployeeInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
