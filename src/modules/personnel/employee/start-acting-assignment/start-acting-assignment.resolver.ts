import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { EmployeePayloads } from '../shared/employee-payloads';
import { StartActingAssignmentCommand } from './start-acting-assignment.command';
import { StartActingAssignmentInput } from './start-acting-assignment.input';

const StartActingAssignmentPayload = MutationPayload('StartActingAssignmentPayload', 'employee', Employee);

@Resolver()
export class StartActingAssignmentResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: EmployeePayloads,
  ) {}

  @Mutation(() => StartActingAssignmentPayload, { description: 'Makes the employee Plt/Plh of a position for a bounded term. ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  async startActingAssignment(@Args('input') input: StartActingAssignmentInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new StartActingAssignmentCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.employee(result, input.employeeId, actor);
  }
}
