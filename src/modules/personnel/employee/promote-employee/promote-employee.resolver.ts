import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { EMPLOYEE_NODE } from '../shared/employee-node';
import { PromoteEmployeeCommand } from './promote-employee.command';
import { PromoteEmployeeInput } from './promote-employee.input';

const PromoteEmployeePayload = MutationPayload('PromoteEmployeePayload', 'employee', Employee);

@Resolver()
export class PromoteEmployeeResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => PromoteEmployeePayload, { description: 'KP Reguler one golongan up (PNS). Every unmet rule is named at once. The superior golongan defaults to the resolved pejabat penilai’s.' })
  @Roles(Role.ADMIN_BKD)
  async promoteEmployee(@Args('input') input: PromoteEmployeeInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new PromoteEmployeeCommand(input, context), EMPLOYEE_NODE, input.employeeId);
  }
}
