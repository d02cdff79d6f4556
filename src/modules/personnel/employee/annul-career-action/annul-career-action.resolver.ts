import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Mutations } from '@infrastructure/graphql/mutations';
import { Actor } from '@kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { EMPLOYEE_NODE } from '../shared/employee-node';
import { AnnulCareerActionCommand } from './annul-career-action.command';
import { AnnulCareerActionInput } from './annul-career-action.input';

const AnnulCareerActionPayload = MutationPayload('AnnulCareerActionPayload', 'employee', Employee);

@Resolver()
export class AnnulCareerActionResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => AnnulCareerActionPayload, {
    description:
      'Pembatalan of a transfer, promotion, hukuman disiplin or retirement, named by its eventId in employeeHistory: a compensating event; the annulled one stays in the history, marked. Returning to a post needs a free seat there. ADMIN_BKD of the employee’s instansi (and of the post returned to); `reason` and `legalBasis` required.',
  })
  @Roles(Role.ADMIN_BKD)
  async annulCareerAction(@Args('input') input: AnnulCareerActionInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new AnnulCareerActionCommand(input, context), EMPLOYEE_NODE, input.employeeId);
  }
}
