import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { EMPLOYEE_NODE } from '../shared/employee-node';
import { RegisterEmployeeCommand } from './register-employee.command';
import { RegisterEmployeeInput } from './register-employee.input';

const RegisterEmployeePayload = MutationPayload('RegisterEmployeePayload', 'employee', Employee);

@Resolver()
export class RegisterEmployeeResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => RegisterEmployeePayload, {
    description: 'Registers an employee; the NIP / NI PPPK is claimed for good. A mismatch between the NIP and the record is a warning (nipWarnings), not a refusal.',
  })
  @Roles(Role.ADMIN_BKD)
  async registerEmployee(@Args('input') input: RegisterEmployeeInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new RegisterEmployeeCommand(input, context), EMPLOYEE_NODE, (result) => result.employeeId);
  }
}
