import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { deriveId } from '@kernel/ids';
import { EmployeeCommands, EmployeeResult } from '../shared/employee-commands';
import { ProposeAwardCommand } from './propose-award.command';

@CommandHandler(ProposeAwardCommand)
export class ProposeAwardHandler implements ICommandHandler<ProposeAwardCommand, EmployeeResult> {
  constructor(private readonly employees: EmployeeCommands) {}

  execute({ input, context }: ProposeAwardCommand): Promise<EmployeeResult> {
    const nominationId = input.nominationId ?? deriveId('award-nomination', context.commandId);
    const asOf = input.asOf ?? context.occurredAt.slice(0, 10);
    return this.employees.execute(input.employeeId, context, () => ({ type: 'ProposeAward', employeeId: input.employeeId, nominationId, asOf }));
  }
}
