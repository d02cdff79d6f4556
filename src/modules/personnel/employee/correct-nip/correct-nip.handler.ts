import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IdentifierType, identifierClaim } from '../domain';
import { EmployeeCommands, EmployeeResult } from '../shared/employee-commands';
import { legalBasisOf } from '../shared/employee.input-fields';
import { CorrectNipCommand } from './correct-nip.command';

/**
 * Claims the new NIP for this write, like a registration (decided before claimed, so a refused
 * correction holds nothing). The wrong NIP's claim is never released: it stays owned by the write that
 * claimed it, so registering or claiming it again is refused (NIP_ALREADY_REGISTERED) — a tombstone.
 */
@CommandHandler(CorrectNipCommand)
export class CorrectNipHandler implements ICommandHandler<CorrectNipCommand, EmployeeResult> {
  constructor(private readonly employees: EmployeeCommands) {}

  execute({ input, context }: CorrectNipCommand): Promise<EmployeeResult> {
    const { employeeId, nip } = input;
    return this.employees.execute(employeeId, context, () => ({ type: 'CorrectNip', employeeId, nip, reason: input.reason ?? '', legalBasis: legalBasisOf(input.legalBasis) }), {
      claims: [identifierClaim(nip, IdentifierType.NIP)],
    });
  }
}
