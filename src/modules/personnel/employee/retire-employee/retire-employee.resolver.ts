import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { EmployeePayloads } from '../shared/employee-payloads';
import { RetireEmployeeCommand } from './retire-employee.command';
import { RetireEmployeeInput } from './retire-employee.input';

const RetireEmployeePayload = MutationPayload('RetireEmployeePayload', 'employee', Employee);

@Resolver()
export class RetireEmployeeResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: EmployeePayloads,
  ) {}

  @Mutation(() => RetireEmployeePayload, { description: 'Ends employment (pension, discharge, death, end of PPPK contract). ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  async retireEmployee(@Args('input') input: RetireEmployeeInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new RetireEmployeeCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.employee(result, input.employeeId, actor);
  }
}
