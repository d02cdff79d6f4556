import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { EMPLOYEE_NODE } from '../shared/employee-node';
import { RejectAwardCommand } from './reject-award.command';
import { RejectAwardInput } from './reject-award.input';

const RejectAwardPayload = MutationPayload('RejectAwardPayload', 'employee', Employee);

@Resolver()
export class RejectAwardResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => RejectAwardPayload, { description: 'A person rejects the pending Satyalancana nomination. ADMIN_BKD of the instansi; `reason` required.' })
  @Roles(Role.ADMIN_BKD)
  async rejectAward(@Args('input') input: RejectAwardInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new RejectAwardCommand(input, context), EMPLOYEE_NODE, input.employeeId);
  }
}
