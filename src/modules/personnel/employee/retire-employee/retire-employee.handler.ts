import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EmployeeCommands, EmployeeResult } from '../shared/employee-commands';
import { legalBasisOf } from '../shared/employee.input-fields';
import { RetireEmployeeCommand } from './retire-employee.command';

@CommandHandler(RetireEmployeeCommand)
export class RetireEmployeeHandler implements ICommandHandler<RetireEmployeeCommand, EmployeeResult> {
  constructor(private readonly employees: EmployeeCommands) {}

  execute({ input, context }: RetireEmployeeCommand): Promise<EmployeeResult> {
    const { employeeId, kind, effectiveDate } = input;
    return this.employees.execute(employeeId, context, () => ({ type: 'RetireEmployee', employeeId, kind, effectiveDate, legalBasis: legalBasisOf(input.legalBasis) }));
  }
}
