import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EmployeeCommands, EmployeeResult } from '../shared/employee-commands';
import { legalBasisOf } from '../shared/employee.input-fields';
import { TransferEmployeeCommand } from './transfer-employee.command';

@CommandHandler(TransferEmployeeCommand)
export class TransferEmployeeHandler implements ICommandHandler<TransferEmployeeCommand, EmployeeResult> {
  constructor(private readonly employees: EmployeeCommands) {}

  execute({ input, context }: TransferEmployeeCommand): Promise<EmployeeResult> {
    const { employeeId, toUnitId, toPositionId, effectiveDate } = input;
    return this.employees.execute(
      employeeId,
      context,
      () => ({ type: 'TransferEmployee', employeeId, toUnitId, toPositionId, effectiveDate, legalBasis: legalBasisOf(input.legalBasis) }),
      { target: { unitId: toUnitId, positionId: toPositionId, definitive: true } },
    );
  }
}
