import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EmployeeCommands, EmployeeResult } from '../shared/employee-commands';
import { legalBasisOf } from '../shared/employee.input-fields';
import { CorrectGolonganCommand } from './correct-golongan.command';

@CommandHandler(CorrectGolonganCommand)
export class CorrectGolonganHandler implements ICommandHandler<CorrectGolonganCommand, EmployeeResult> {
  constructor(private readonly employees: EmployeeCommands) {}

  execute({ input, context }: CorrectGolonganCommand): Promise<EmployeeResult> {
    const { employeeId, golongan, golonganTmt } = input;
    return this.employees.execute(employeeId, context, () => ({
      type: 'CorrectGolongan',
      employeeId,
      ...(golongan != null ? { golongan } : {}),
      ...(golonganTmt != null ? { golonganTmt } : {}),
      reason: input.reason ?? '',
      legalBasis: legalBasisOf(input.legalBasis),
    }));
  }
}
