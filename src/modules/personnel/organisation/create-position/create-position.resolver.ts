import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { OrgUnit } from '../read-models/org-units/org-unit.schema';
import { OrganisationPayloads } from '../read-models/organisation-payloads';
import { CreatePositionCommand } from './create-position.command';
import { CreatePositionInput } from './create-position.input';

const CreatePositionPayload = MutationPayload('CreatePositionPayload', 'orgUnit', OrgUnit);

@Resolver()
export class CreatePositionResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: OrganisationPayloads,
  ) {}

  @Mutation(() => CreatePositionPayload, { description: 'Creates a jabatan (position) in a unit kerja; returns the unit with its positions. ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  async createPosition(@Args('input') input: CreatePositionInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new CreatePositionCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.orgUnit(result, input.unitId);
  }
}
