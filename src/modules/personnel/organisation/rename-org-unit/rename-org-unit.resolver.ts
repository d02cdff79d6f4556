import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { OrgUnit } from '../read-models/org-units/org-unit.schema';
import { OrganisationPayloads } from '../read-models/organisation-payloads';
import { RenameOrgUnitCommand } from './rename-org-unit.command';
import { RenameOrgUnitInput } from './rename-org-unit.input';

const RenameOrgUnitPayload = MutationPayload('RenameOrgUnitPayload', 'orgUnit', OrgUnit);

@Resolver()
export class RenameOrgUnitResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: OrganisationPayloads,
  ) {}

  @Mutation(() => RenameOrgUnitPayload, { description: 'Renames a unit kerja (its code and id stay). ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  async renameOrgUnit(@Args('input') input: RenameOrgUnitInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new RenameOrgUnitCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.orgUnit(result, input.unitId);
  }
}
