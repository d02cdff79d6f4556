import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { EmployeePayloads } from '../shared/employee-payloads';
import { PromoteEmployeeCommand } from './promote-employee.command';
import { PromoteEmployeeInput } from './promote-employee.input';

const PromoteEmployeePayload = MutationPayload('PromoteEmployeePayload', 'employee', Employee);

@Resolver()
export class PromoteEmployeeResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: EmployeePayloads,
  ) {}

  @Mutation(() => PromoteEmployeePayload, { description: 'KP Reguler one golongan up (PNS). Every unmet rule is named at once. The superior golongan defaults to the resolved pejabat penilai’s.' })
  @Roles(Role.ADMIN_BKD)
  async promoteEmployee(@Args('input') input: PromoteEmployeeInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new PromoteEmployeeCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.employee(result, input.employeeId, actor);
  }
}
