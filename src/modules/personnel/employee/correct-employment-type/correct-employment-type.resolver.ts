import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Mutations } from '@infrastructure/graphql/mutations';
import { Actor } from '@kernel/events';
import { Employee } from '../read-models/employees/employee.schema';
import { EMPLOYEE_NODE } from '../shared/employee-node';
import { CorrectEmploymentTypeCommand } from './correct-employment-type.command';
import { CorrectEmploymentTypeInput } from './correct-employment-type.input';

const CorrectEmploymentTypePayload = MutationPayload('CorrectEmploymentTypePayload', 'employee', Employee);

@Resolver()
export class CorrectEmploymentTypeResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => CorrectEmploymentTypePayload, {
    description:
      'SK ralat of the employment type (PNS ⇄ PPPK) with the identifier and golongan of the new type; the new identifier is claimed, the old one stays claimed as a tombstone. ADMIN_BKD of the employee’s instansi; `reason` and `legalBasis` required.',
  })
  @Roles(Role.ADMIN_BKD)
  async correctEmploymentType(@Args('input') input: CorrectEmploymentTypeInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new CorrectEmploymentTypeCommand(input, context), EMPLOYEE_NODE, input.employeeId);
  }
}
