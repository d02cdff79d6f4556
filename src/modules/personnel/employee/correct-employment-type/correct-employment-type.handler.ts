import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { identifierClaim, identifierTypeOf } from '../domain';
import { EmployeeCommands, EmployeeResult } from '../shared/employee-commands';
import { legalBasisOf } from '../shared/employee.input-fields';
import { CorrectEmploymentTypeCommand } from './correct-employment-type.command';

/** Claims the identifier of the new type for this write; the old identifier's claim stays (a tombstone). */
@CommandHandler(CorrectEmploymentTypeCommand)
export class CorrectEmploymentTypeHandler implements ICommandHandler<CorrectEmploymentTypeCommand, EmployeeResult> {
  constructor(private readonly employees: EmployeeCommands) {}

  execute({ input, context }: CorrectEmploymentTypeCommand): Promise<EmployeeResult> {
    const { employeeId, employmentType, identifier, golongan, golonganTmt } = input;
    return this.employees.execute(
      employeeId,
      context,
      () => ({
        type: 'CorrectEmploymentType',
        employeeId,
        employmentType,
        identifier,
        golongan,
        ...(golonganTmt != null ? { golonganTmt } : {}),
        reason: input.reason ?? '',
        legalBasis: legalBasisOf(input.legalBasis),
      }),
      { claims: [identifierClaim(identifier, identifierTypeOf(employmentType))] },
    );
  }
}
