import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../../../kernel/command-handling';
import { EmployeeResult } from '../shared/employee-commands';
import { RegisterEmployeeInput } from './register-employee.input';

/** The result names the employee id, which is derived from the command when the input gives none. */
export type RegisterEmployeeResult = EmployeeResult & { employeeId: string };

/** Dispatched by the registerEmployee mutation and by recruitment's appointment process manager. */
export class RegisterEmployeeCommand extends Command<RegisterEmployeeResult> {
  constructor(
    readonly input: RegisterEmployeeInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
