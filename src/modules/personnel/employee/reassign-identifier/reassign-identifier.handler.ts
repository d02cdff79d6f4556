import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '../../../../kernel/command-handling';
import { ClaimIdentifier, IdentifierType, employeeDecider, identifierStreamId, nipRegistryDecider } from '../domain';
import { EmployeeCommands, EmployeeResult } from '../shared/employee-commands';
import { legalBasisOf } from '../shared/employee.input-fields';
import { claimContext } from '../shared/identifier-claim';
import { ReassignIdentifierCommand } from './reassign-identifier.command';

/**
 * Touches two streams, in registration's order: the new NI PPPK's claim (uniqueness, for good) and the
 * employee's. The actor is checked and the decider dry-run on the record as it is before the claim, so
 * a refused reassignment never holds an NI. The old NI's claim stays with this employee: identifiers
 * are never reused. A repeat of the command is a duplicate on both streams.
 */
@CommandHandler(ReassignIdentifierCommand)
export class ReassignIdentifierHandler implements ICommandHandler<ReassignIdentifierCommand, EmployeeResult> {
  constructor(
    private readonly employees: EmployeeCommands,
    private readonly executor: CommandExecutor,
  ) {}

  execute({ input, context }: ReassignIdentifierCommand): Promise<EmployeeResult> {
    const { employeeId, newIdentifier, contractStart } = input;
    return this.employees.execute(
      employeeId,
      context,
      () => ({ type: 'ReassignIdentifier', employeeId, newIdentifier, contractStart, legalBasis: legalBasisOf(input.legalBasis), reason: input.reason ?? '' }),
      {
        prepare: async (command, state) => {
          employeeDecider.decide(command, state);
          const claim: ClaimIdentifier = { type: 'ClaimIdentifier', identifierType: IdentifierType.NI_PPPK, identifier: newIdentifier, employeeId };
          await this.executor.execute(nipRegistryDecider, identifierStreamId(newIdentifier), claim, claimContext(context));
        },
      },
    );
  }
}
