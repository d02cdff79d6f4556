import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { OrgUnit } from '../read-models/org-units/org-unit.schema';
import { OrganisationPayloads } from '../read-models/organisation-payloads';
import { DissolveOrgUnitCommand } from './dissolve-org-unit.command';
import { DissolveOrgUnitInput } from './dissolve-org-unit.input';

const DissolveOrgUnitPayload = MutationPayload('DissolveOrgUnitPayload', 'orgUnit', OrgUnit);

@Resolver()
export class DissolveOrgUnitResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: OrganisationPayloads,
  ) {}

  @Mutation(() => DissolveOrgUnitPayload, { description: 'Dissolves a unit kerja with no active sub-units or positions. ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  async dissolveOrgUnit(@Args('input') input: DissolveOrgUnitInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new DissolveOrgUnitCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.orgUnit(result, input.unitId);
  }
}
