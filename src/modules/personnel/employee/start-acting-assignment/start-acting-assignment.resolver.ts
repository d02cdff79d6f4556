import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { EMPLOYEE_NODE } from '../shared/employee-node';
import { StartActingAssignmentCommand } from './start-acting-assignment.command';
import { StartActingAssignmentInput } from './start-acting-assignment.input';

const StartActingAssignmentPayload = MutationPayload('StartActingAssignmentPayload', 'employee', Employee);

@Resolver()
export class StartActingAssignmentResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => StartActingAssignmentPayload, { description: 'Makes the employee Plt/Plh of a position for a bounded term. ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  async startActingAssignment(@Args('input') input: StartActingAssignmentInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new StartActingAssignmentCommand(input, context), EMPLOYEE_NODE, input.employeeId);
  }
}
