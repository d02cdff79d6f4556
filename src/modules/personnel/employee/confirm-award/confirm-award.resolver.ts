import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { EmployeePayloads } from '../shared/employee-payloads';
import { ConfirmAwardCommand } from './confirm-award.command';
import { ConfirmAwardInput } from './confirm-award.input';

const ConfirmAwardPayload = MutationPayload('ConfirmAwardPayload', 'employee', Employee);

@Resolver()
export class ConfirmAwardResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: EmployeePayloads,
  ) {}

  @Mutation(() => ConfirmAwardPayload, { description: 'A person confirms the pending Satyalancana nomination. ADMIN_BKD of the instansi; `reason` required.' })
  @Roles(Role.ADMIN_BKD)
  async confirmAward(@Args('input') input: ConfirmAwardInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new ConfirmAwardCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.employee(result, input.employeeId, actor);
  }
}
