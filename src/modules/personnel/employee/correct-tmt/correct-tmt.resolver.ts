import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Mutations } from '@infrastructure/graphql/mutations';
import { Actor } from '@kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { EMPLOYEE_NODE } from '../shared/employee-node';
import { CorrectTmtCommand } from './correct-tmt.command';
import { CorrectTmtInput } from './correct-tmt.input';

const CorrectTmtPayload = MutationPayload('CorrectTmtPayload', 'employee', Employee);

@Resolver()
export class CorrectTmtResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => CorrectTmtPayload, {
    description:
      'SK ralat of the TMT CPNS (PNS) or first appointment (PPPK); re-runs the NIP consistency check (nipWarnings). ADMIN_BKD of the employee’s instansi; `reason` and `legalBasis` required.',
  })
  @Roles(Role.ADMIN_BKD)
  async correctTmt(@Args('input') input: CorrectTmtInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new CorrectTmtCommand(input, context), EMPLOYEE_NODE, input.employeeId);
  }
}
