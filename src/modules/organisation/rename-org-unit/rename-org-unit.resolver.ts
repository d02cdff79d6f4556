import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { OrgUnit } from '../read-models/org-units/org-unit.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { ORG_UNIT_NODE } from '../read-models/organisation-nodes';
import { RenameOrgUnitCommand } from './rename-org-unit.command';
import { RenameOrgUnitInput } from './rename-org-unit.input';

const RenameOrgUnitPayload = MutationPayload('RenameOrgUnitPayload', 'orgUnit', OrgUnit);

@Resolver()
export class RenameOrgUnitResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => RenameOrgUnitPayload, { description: 'Renames a unit kerja (its code and id stay). ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  async renameOrgUnit(@Args('input') input: RenameOrgUnitInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new RenameOrgUnitCommand(input, context), ORG_UNIT_NODE, input.unitId);
  }
}
