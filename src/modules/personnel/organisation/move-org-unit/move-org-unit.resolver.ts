import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { OrgUnit } from '../read-models/org-units/org-unit.schema';
import { OrganisationPayloads } from '../read-models/organisation-payloads';
import { MoveOrgUnitCommand } from './move-org-unit.command';
import { MoveOrgUnitInput } from './move-org-unit.input';

const MoveOrgUnitPayload = MutationPayload('MoveOrgUnitPayload', 'orgUnit', OrgUnit);

@Resolver()
export class MoveOrgUnitResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: OrganisationPayloads,
  ) {}

  @Mutation(() => MoveOrgUnitPayload, { description: 'Moves a unit kerja and its subtree under another parent. ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  async moveOrgUnit(@Args('input') input: MoveOrgUnitInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new MoveOrgUnitCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.orgUnit(result, input.unitId);
  }
}
