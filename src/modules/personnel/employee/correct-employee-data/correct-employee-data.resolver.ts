import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { EmployeePayloads } from '../shared/employee-payloads';
import { CorrectEmployeeDataCommand } from './correct-employee-data.command';
import { CorrectEmployeeDataInput } from './correct-employee-data.input';

const CorrectEmployeeDataPayload = MutationPayload('CorrectEmployeeDataPayload', 'employee', Employee);

@Resolver()
export class CorrectEmployeeDataResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: EmployeePayloads,
  ) {}

  @Mutation(() => CorrectEmployeeDataPayload, { description: 'Corrects name, birth date, sex, education or contacts (old → new is recorded). ADMIN_BKD of the instansi; `reason` required.' })
  @Roles(Role.ADMIN_BKD)
  async correctEmployeeData(@Args('input') input: CorrectEmployeeDataInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new CorrectEmployeeDataCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.employee(result, input.employeeId, actor);
  }
}
