import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EmployeeCommands, EmployeeResult } from '../shared/employee-commands';
import { legalBasisOf } from '../shared/employee.input-fields';
import { ConfirmAwardCommand } from './confirm-award.command';

@CommandHandler(ConfirmAwardCommand)
export class ConfirmAwardHandler implements ICommandHandler<ConfirmAwardCommand, EmployeeResult> {
  constructor(private readonly employees: EmployeeCommands) {}

  execute({ input, context }: ConfirmAwardCommand): Promise<EmployeeResult> {
    const { employeeId, nominationId, decidedOn } = input;
    return this.employees.execute(employeeId, context, () => ({
      type: 'ConfirmAward',
      employeeId,
      nominationId,
      decidedOn,
      reason: input.reason ?? '',
      ...(input.legalBasis ? { legalBasis: legalBasisOf(input.legalBasis) } : {}),
    }));
  }
}
