import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { EMPLOYEE_NODE } from '../shared/employee-node';
import { RecordDisciplinaryActionCommand } from './record-disciplinary-action.command';
import { RecordDisciplinaryActionInput } from './record-disciplinary-action.input';

const RecordDisciplinaryActionPayload = MutationPayload('RecordDisciplinaryActionPayload', 'employee', Employee);

@Resolver()
export class RecordDisciplinaryActionResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => RecordDisciplinaryActionPayload, { description: 'Records a hukuman disiplin (PP 94/2021); its active period follows from its type. ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  async recordDisciplinaryAction(@Args('input') input: RecordDisciplinaryActionInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new RecordDisciplinaryActionCommand(input, context), EMPLOYEE_NODE, input.employeeId);
  }
}
