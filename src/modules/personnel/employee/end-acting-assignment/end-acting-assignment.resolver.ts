import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { EmployeePayloads } from '../shared/employee-payloads';
import { EndActingAssignmentCommand } from './end-acting-assignment.command';
import { EndActingAssignmentInput } from './end-acting-assignment.input';

const EndActingAssignmentPayload = MutationPayload('EndActingAssignmentPayload', 'employee', Employee);

@Resolver()
export class EndActingAssignmentResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: EmployeePayloads,
  ) {}

  @Mutation(() => EndActingAssignmentPayload, { description: 'Ends a Plt/Plh term on or before its last day. ADMIN_BKD of the instansi; `reason` required.' })
  @Roles(Role.ADMIN_BKD)
  async endActingAssignment(@Args('input') input: EndActingAssignmentInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new EndActingAssignmentCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.employee(result, input.employeeId, actor);
  }
}
