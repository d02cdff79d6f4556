import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { unitIdOf } from '../domain/organisation.ids';
import { OrgUnit } from '../read-models/org-units/org-unit.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { ORG_UNIT_NODE } from '../read-models/organisation-nodes';
import { CreateOrgUnitCommand } from './create-org-unit.command';
import { CreateOrgUnitInput } from './create-org-unit.input';

const CreateOrgUnitPayload = MutationPayload('CreateOrgUnitPayload', 'orgUnit', OrgUnit);

@Resolver()
export class CreateOrgUnitResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => CreateOrgUnitPayload, { description: 'Creates a unit kerja. ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  async createOrgUnit(@Args('input') input: CreateOrgUnitInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new CreateOrgUnitCommand(input, context), ORG_UNIT_NODE, unitIdOf(input.instansiId, input.code));
  }
}
