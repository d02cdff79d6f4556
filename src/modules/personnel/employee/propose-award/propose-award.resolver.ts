import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { EmployeePayloads } from '../shared/employee-payloads';
import { ProposeAwardCommand } from './propose-award.command';
import { ProposeAwardInput } from './propose-award.input';

const ProposeAwardPayload = MutationPayload('ProposeAwardPayload', 'employee', Employee);

@Resolver()
export class ProposeAwardResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: EmployeePayloads,
  ) {}

  @Mutation(() => ProposeAwardPayload, { description: 'Asks the system to propose Satyalancana Karya Satya: it checks eligibility and records a nomination for a person to confirm or reject.' })
  @Roles(Role.ADMIN_BKD)
  async proposeAward(@Args('input') input: ProposeAwardInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new ProposeAwardCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.employee(result, input.employeeId, actor);
  }
}
