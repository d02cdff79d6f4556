import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CorrectionInput } from '../domain';
import { EmployeeCommands, EmployeeResult } from '../shared/employee-commands';
import { CorrectEmployeeDataCommand } from './correct-employee-data.command';
import { CorrectEmployeeDataInput } from './correct-employee-data.input';

@CommandHandler(CorrectEmployeeDataCommand)
export class CorrectEmployeeDataHandler implements ICommandHandler<CorrectEmployeeDataCommand, EmployeeResult> {
  constructor(private readonly employees: EmployeeCommands) {}

  execute({ input, context }: CorrectEmployeeDataCommand): Promise<EmployeeResult> {
    return this.employees.execute(input.employeeId, context, () => ({
      type: 'CorrectEmployeeData',
      employeeId: input.employeeId,
      changes: changesOf(input),
      reason: input.reason ?? '',
      legalBasis: { skNumber: input.legalBasis.skNumber, skDate: input.legalBasis.skDate },
    }));
  }
}

/** The fields given, and only those: the decider treats a present key as "correct this". */
function changesOf(input: CorrectEmployeeDataInput): CorrectionInput {
  const { name, birthDate, sex, education, contacts } = input;
  return {
    ...(name != null ? { name } : {}),
    ...(birthDate != null ? { birthDate } : {}),
    ...(sex != null ? { sex } : {}),
    ...(education != null ? { education } : {}),
    ...(contacts != null ? { contacts: { email: contacts.email, phone: contacts.phone } } : {}),
  };
}
