import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { EmployeePayloads } from '../shared/employee-payloads';
import { RecordDisciplinaryActionCommand } from './record-disciplinary-action.command';
import { RecordDisciplinaryActionInput } from './record-disciplinary-action.input';

const RecordDisciplinaryActionPayload = MutationPayload('RecordDisciplinaryActionPayload', 'employee', Employee);

@Resolver()
export class RecordDisciplinaryActionResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: EmployeePayloads,
  ) {}

  @Mutation(() => RecordDisciplinaryActionPayload, { description: 'Records a hukuman disiplin (PP 94/2021); its active period follows from its type. ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  async recordDisciplinaryAction(@Args('input') input: RecordDisciplinaryActionInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new RecordDisciplinaryActionCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.employee(result, input.employeeId, actor);
  }
}
