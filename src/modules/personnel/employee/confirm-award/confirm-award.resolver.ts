import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { EMPLOYEE_NODE } from '../shared/employee-node';
import { ConfirmAwardCommand } from './confirm-award.command';
import { ConfirmAwardInput } from './confirm-award.input';

const ConfirmAwardPayload = MutationPayload('ConfirmAwardPayload', 'employee', Employee);

@Resolver()
export class ConfirmAwardResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => ConfirmAwardPayload, { description: 'A person confirms the pending Satyalancana nomination. ADMIN_BKD of the instansi; `reason` required.' })
  @Roles(Role.ADMIN_BKD)
  async confirmAward(@Args('input') input: ConfirmAwardInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new ConfirmAwardCommand(input, context), EMPLOYEE_NODE, input.employeeId);
  }
}
