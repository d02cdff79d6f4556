import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { OrgUnit } from '../read-models/org-units/org-unit.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { ORG_UNIT_NODE } from '../read-models/organisation-nodes';
import { DissolveOrgUnitCommand } from './dissolve-org-unit.command';
import { DissolveOrgUnitInput } from './dissolve-org-unit.input';

const DissolveOrgUnitPayload = MutationPayload('DissolveOrgUnitPayload', 'orgUnit', OrgUnit);

@Resolver()
export class DissolveOrgUnitResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => DissolveOrgUnitPayload, { description: 'Dissolves a unit kerja with no active sub-units or positions. ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  async dissolveOrgUnit(@Args('input') input: DissolveOrgUnitInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new DissolveOrgUnitCommand(input, context), ORG_UNIT_NODE, input.unitId);
  }
}
