import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { EMPLOYEE_NODE } from '../shared/employee-node';
import { EndActingAssignmentCommand } from './end-acting-assignment.command';
import { EndActingAssignmentInput } from './end-acting-assignment.input';

const EndActingAssignmentPayload = MutationPayload('EndActingAssignmentPayload', 'employee', Employee);

@Resolver()
export class EndActingAssignmentResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => EndActingAssignmentPayload, { description: 'Ends a Plt/Plh term on or before its last day. ADMIN_BKD of the instansi; `reason` required.' })
  @Roles(Role.ADMIN_BKD)
  async endActingAssignment(@Args('input') input: EndActingAssignmentInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new EndActingAssignmentCommand(input, context), EMPLOYEE_NODE, input.employeeId);
  }
}
