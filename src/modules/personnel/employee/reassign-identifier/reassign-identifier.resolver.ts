import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { EmployeePayloads } from '../shared/employee-payloads';
import { ReassignIdentifierCommand } from './reassign-identifier.command';
import { ReassignIdentifierInput } from './reassign-identifier.input';

const ReassignIdentifierPayload = MutationPayload('ReassignIdentifierPayload', 'employee', Employee);

@Resolver()
export class ReassignIdentifierResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: EmployeePayloads,
  ) {}

  @Mutation(() => ReassignIdentifierPayload, {
    description:
      'Records the new NI PPPK of a PPPK contracted with a different instansi; the new NI is claimed for good and the old one stays in previousIdentifiers. ADMIN_BKD of the employee’s instansi.',
  })
  @Roles(Role.ADMIN_BKD)
  async reassignIdentifier(@Args('input') input: ReassignIdentifierInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new ReassignIdentifierCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.employee(result, input.employeeId, actor);
  }
}
