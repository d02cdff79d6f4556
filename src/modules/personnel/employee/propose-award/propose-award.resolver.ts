import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { EMPLOYEE_NODE } from '../shared/employee-node';
import { ProposeAwardCommand } from './propose-award.command';
import { ProposeAwardInput } from './propose-award.input';

const ProposeAwardPayload = MutationPayload('ProposeAwardPayload', 'employee', Employee);

@Resolver()
export class ProposeAwardResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => ProposeAwardPayload, { description: 'Asks the system to propose Satyalancana Karya Satya: it checks eligibility and records a nomination for a person to confirm or reject.' })
  @Roles(Role.ADMIN_BKD)
  async proposeAward(@Args('input') input: ProposeAwardInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new ProposeAwardCommand(input, context), EMPLOYEE_NODE, input.employeeId);
  }
}
