import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Mutations } from '@infrastructure/graphql/mutations';
import { Actor } from '@kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { EMPLOYEE_NODE } from '../shared/employee-node';
import { CorrectGolonganCommand } from './correct-golongan.command';
import { CorrectGolonganInput } from './correct-golongan.input';

const CorrectGolonganPayload = MutationPayload('CorrectGolonganPayload', 'employee', Employee);

@Resolver()
export class CorrectGolonganResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => CorrectGolonganPayload, {
    description:
      'SK ralat of the golongan and/or its TMT (old → new is recorded); a promotion annulment can no longer restore what it replaced. ADMIN_BKD of the employee’s instansi; `reason` and `legalBasis` required.',
  })
  @Roles(Role.ADMIN_BKD)
  async correctGolongan(@Args('input') input: CorrectGolonganInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new CorrectGolonganCommand(input, context), EMPLOYEE_NODE, input.employeeId);
  }
}
