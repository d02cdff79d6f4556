import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { EMPLOYEE_NODE } from '../shared/employee-node';
import { ReassignIdentifierCommand } from './reassign-identifier.command';
import { ReassignIdentifierInput } from './reassign-identifier.input';

const ReassignIdentifierPayload = MutationPayload('ReassignIdentifierPayload', 'employee', Employee);

@Resolver()
export class ReassignIdentifierResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => ReassignIdentifierPayload, {
    description:
      'Records the new NI PPPK of a PPPK contracted with a different instansi; the new NI is claimed for good and the old one stays in previousIdentifiers. ADMIN_BKD of the employee’s instansi.',
  })
  @Roles(Role.ADMIN_BKD)
  async reassignIdentifier(@Args('input') input: ReassignIdentifierInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new ReassignIdentifierCommand(input, context), EMPLOYEE_NODE, input.employeeId);
  }
}
