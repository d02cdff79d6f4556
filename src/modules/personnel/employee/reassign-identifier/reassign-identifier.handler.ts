import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IdentifierType, identifierClaim } from '../domain';
import { EmployeeCommands, EmployeeResult } from '../shared/employee-commands';
import { legalBasisOf } from '../shared/employee.input-fields';
import { ReassignIdentifierCommand } from './reassign-identifier.command';

/**
 * Claims the new NI PPPK for this write to the employee's stream, like registration (the command path
 * decides before it claims, so a refused reassignment never holds an NI). The old NI's claim stays
 * with this employee: identifiers are never reused.
 */
@CommandHandler(ReassignIdentifierCommand)
export class ReassignIdentifierHandler implements ICommandHandler<ReassignIdentifierCommand, EmployeeResult> {
  constructor(private readonly employees: EmployeeCommands) {}

  execute({ input, context }: ReassignIdentifierCommand): Promise<EmployeeResult> {
    const { employeeId, newIdentifier, contractStart } = input;
    return this.employees.execute(
      employeeId,
      context,
      () => ({ type: 'ReassignIdentifier', employeeId, newIdentifier, contractStart, legalBasis: legalBasisOf(input.legalBasis), reason: input.reason ?? '' }),
      { claims: [identifierClaim(newIdentifier, IdentifierType.NI_PPPK)] },
    );
  }
}
