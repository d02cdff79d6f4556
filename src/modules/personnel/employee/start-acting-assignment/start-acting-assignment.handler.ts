import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { deriveId } from '@kernel/ids';
import { EmployeeCommands, EmployeeResult } from '../shared/employee-commands';
import { legalBasisOf } from '../shared/employee.input-fields';
import { StartActingAssignmentCommand } from './start-acting-assignment.command';

@CommandHandler(StartActingAssignmentCommand)
export class StartActingAssignmentHandler implements ICommandHandler<StartActingAssignmentCommand, EmployeeResult> {
  constructor(private readonly employees: EmployeeCommands) {}

  execute({ input, context }: StartActingAssignmentCommand): Promise<EmployeeResult> {
    const { employeeId, kind, unitId, positionId, from, until } = input;
    const assignmentId = input.assignmentId ?? deriveId('acting-assignment', context.commandId);
    return this.employees.execute(
      employeeId,
      context,
      () => ({ type: 'StartActingAssignment', employeeId, assignmentId, kind, positionId, unitId, from, until, legalBasis: legalBasisOf(input.legalBasis) }),
      { target: { unitId, positionId, definitive: false } },
    );
  }
}
