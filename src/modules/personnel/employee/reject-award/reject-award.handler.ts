import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EmployeeCommands, EmployeeResult } from '../shared/employee-commands';
import { RejectAwardCommand } from './reject-award.command';

@CommandHandler(RejectAwardCommand)
export class RejectAwardHandler implements ICommandHandler<RejectAwardCommand, EmployeeResult> {
  constructor(private readonly employees: EmployeeCommands) {}

  execute({ input, context }: RejectAwardCommand): Promise<EmployeeResult> {
    const { employeeId, nominationId, decidedOn } = input;
    return this.employees.execute(employeeId, context, () => ({ type: 'RejectAward', employeeId, nominationId, decidedOn, reason: input.reason ?? '' }));
  }
}
