import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { EmployeePayloads } from '../shared/employee-payloads';
import { RejectAwardCommand } from './reject-award.command';
import { RejectAwardInput } from './reject-award.input';

const RejectAwardPayload = MutationPayload('RejectAwardPayload', 'employee', Employee);

@Resolver()
export class RejectAwardResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: EmployeePayloads,
  ) {}

  @Mutation(() => RejectAwardPayload, { description: 'A person rejects the pending Satyalancana nomination. ADMIN_BKD of the instansi; `reason` required.' })
  @Roles(Role.ADMIN_BKD)
  async rejectAward(@Args('input') input: RejectAwardInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new RejectAwardCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.employee(result, input.employeeId, actor);
  }
}
