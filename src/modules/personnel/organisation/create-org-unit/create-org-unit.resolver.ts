import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { unitIdOf } from '../instansi/organisation.ids';
import { OrgUnit } from '../read-models/org-units/org-unit.schema';
import { OrganisationPayloads } from '../read-models/organisation-payloads';
import { CreateOrgUnitCommand } from './create-org-unit.command';
import { CreateOrgUnitInput } from './create-org-unit.input';

const CreateOrgUnitPayload = MutationPayload('CreateOrgUnitPayload', 'orgUnit', OrgUnit);

@Resolver()
export class CreateOrgUnitResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: OrganisationPayloads,
  ) {}

  @Mutation(() => CreateOrgUnitPayload, { description: 'Creates a unit kerja. ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  async createOrgUnit(@Args('input') input: CreateOrgUnitInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new CreateOrgUnitCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.orgUnit(result, unitIdOf(input.instansiId, input.code));
  }
}
