import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { EMPLOYEE_NODE } from '../shared/employee-node';
import { RetireEmployeeCommand } from './retire-employee.command';
import { RetireEmployeeInput } from './retire-employee.input';

const RetireEmployeePayload = MutationPayload('RetireEmployeePayload', 'employee', Employee);

@Resolver()
export class RetireEmployeeResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => RetireEmployeePayload, { description: 'Ends employment (pension, discharge, death, end of PPPK contract). ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  async retireEmployee(@Args('input') input: RetireEmployeeInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new RetireEmployeeCommand(input, context), EMPLOYEE_NODE, input.employeeId);
  }
}
