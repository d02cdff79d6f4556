import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EmployeeCommands, EmployeeResult } from '../shared/employee-commands';
import { EndActingAssignmentCommand } from './end-acting-assignment.command';

@CommandHandler(EndActingAssignmentCommand)
export class EndActingAssignmentHandler implements ICommandHandler<EndActingAssignmentCommand, EmployeeResult> {
  constructor(private readonly employees: EmployeeCommands) {}

  execute({ input, context }: EndActingAssignmentCommand): Promise<EmployeeResult> {
    const { employeeId, assignmentId, endedOn } = input;
    // The command's reason is also the domain's: the decider refuses a missing one (PERSONNEL.REASON_REQUIRED).
    return this.employees.execute(employeeId, context, () => ({ type: 'EndActingAssignment', employeeId, assignmentId, endedOn, reason: input.reason ?? '' }));
  }
}
