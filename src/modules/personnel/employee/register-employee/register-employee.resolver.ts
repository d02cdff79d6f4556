import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { EmployeePayloads } from '../shared/employee-payloads';
import { RegisterEmployeeCommand } from './register-employee.command';
import { RegisterEmployeeInput } from './register-employee.input';

const RegisterEmployeePayload = MutationPayload('RegisterEmployeePayload', 'employee', Employee);

@Resolver()
export class RegisterEmployeeResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: EmployeePayloads,
  ) {}

  @Mutation(() => RegisterEmployeePayload, {
    description: 'Registers an employee; the NIP / NI PPPK is claimed for good. A mismatch between the NIP and the record is a warning (nipWarnings), not a refusal.',
  })
  @Roles(Role.ADMIN_BKD)
  async registerEmployee(@Args('input') input: RegisterEmployeeInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new RegisterEmployeeCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.employee(result, result.employeeId, actor);
  }
}
