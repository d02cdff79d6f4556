import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { OrgUnit } from '../read-models/org-units/org-unit.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { ORG_UNIT_NODE } from '../read-models/organisation-nodes';
import { MoveOrgUnitCommand } from './move-org-unit.command';
import { MoveOrgUnitInput } from './move-org-unit.input';

const MoveOrgUnitPayload = MutationPayload('MoveOrgUnitPayload', 'orgUnit', OrgUnit);

@Resolver()
export class MoveOrgUnitResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => MoveOrgUnitPayload, { description: 'Moves a unit kerja and its subtree under another parent. ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  async moveOrgUnit(@Args('input') input: MoveOrgUnitInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new MoveOrgUnitCommand(input, context), ORG_UNIT_NODE, input.unitId);
  }
}
