import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { EmployeePayloads } from '../shared/employee-payloads';
import { TransferEmployeeCommand } from './transfer-employee.command';
import { TransferEmployeeInput } from './transfer-employee.input';

const TransferEmployeePayload = MutationPayload('TransferEmployeePayload', 'employee', Employee);

@Resolver()
export class TransferEmployeeResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: EmployeePayloads,
  ) {}

  @Mutation(() => TransferEmployeePayload, { description: 'Moves the employee to another unit and/or position (mutasi); the target must be an active position of an active unit. ADMIN_BKD of both instansi.' })
  @Roles(Role.ADMIN_BKD)
  async transferEmployee(@Args('input') input: TransferEmployeeInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new TransferEmployeeCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.employee(result, input.employeeId, actor);
  }
}
