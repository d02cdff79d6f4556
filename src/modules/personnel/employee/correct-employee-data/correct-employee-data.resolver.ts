import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { EMPLOYEE_NODE } from '../shared/employee-node';
import { CorrectEmployeeDataCommand } from './correct-employee-data.command';
import { CorrectEmployeeDataInput } from './correct-employee-data.input';

const CorrectEmployeeDataPayload = MutationPayload('CorrectEmployeeDataPayload', 'employee', Employee);

@Resolver()
export class CorrectEmployeeDataResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => CorrectEmployeeDataPayload, { description: 'Corrects name, birth date, sex, education or contacts (old → new is recorded). ADMIN_BKD of the instansi; `reason` required.' })
  @Roles(Role.ADMIN_BKD)
  async correctEmployeeData(@Args('input') input: CorrectEmployeeDataInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new CorrectEmployeeDataCommand(input, context), EMPLOYEE_NODE, input.employeeId);
  }
}
