import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EmployeeCommands, EmployeeResult } from '../shared/employee-commands';
import { legalBasisOf } from '../shared/employee.input-fields';
import { CorrectTmtCommand } from './correct-tmt.command';

@CommandHandler(CorrectTmtCommand)
export class CorrectTmtHandler implements ICommandHandler<CorrectTmtCommand, EmployeeResult> {
  constructor(private readonly employees: EmployeeCommands) {}

  execute({ input, context }: CorrectTmtCommand): Promise<EmployeeResult> {
    const { employeeId, tmt } = input;
    return this.employees.execute(employeeId, context, () => ({ type: 'CorrectTmt', employeeId, tmt, reason: input.reason ?? '', legalBasis: legalBasisOf(input.legalBasis) }));
  }
}
