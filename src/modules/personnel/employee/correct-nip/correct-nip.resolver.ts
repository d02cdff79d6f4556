import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Mutations } from '@infrastructure/graphql/mutations';
import { Actor } from '@kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { EMPLOYEE_NODE } from '../shared/employee-node';
import { CorrectNipCommand } from './correct-nip.command';
import { CorrectNipInput } from './correct-nip.input';

const CorrectNipPayload = MutationPayload('CorrectNipPayload', 'employee', Employee);

@Resolver()
export class CorrectNipResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => CorrectNipPayload, {
    description:
      'SK ralat of a PNS NIP: the new NIP is claimed, the wrong one stays claimed by this employee as a tombstone (never reissued; found by employeeByNip for AUDITOR and ADMIN_BKD). ADMIN_BKD of the employee’s instansi; `reason` and `legalBasis` required.',
  })
  @Roles(Role.ADMIN_BKD)
  async correctNip(@Args('input') input: CorrectNipInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new CorrectNipCommand(input, context), EMPLOYEE_NODE, input.employeeId);
  }
}
