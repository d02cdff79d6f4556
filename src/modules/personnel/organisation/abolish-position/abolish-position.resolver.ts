import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { unitIdOfPosition } from '../instansi/organisation.ids';
import { OrgUnit } from '../read-models/org-units/org-unit.schema';
import { OrganisationPayloads } from '../read-models/organisation-payloads';
import { AbolishPositionCommand } from './abolish-position.command';
import { AbolishPositionInput } from './abolish-position.input';

const AbolishPositionPayload = MutationPayload('AbolishPositionPayload', 'orgUnit', OrgUnit);

@Resolver()
export class AbolishPositionResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: OrganisationPayloads,
  ) {}

  @Mutation(() => AbolishPositionPayload, { description: 'Abolishes a jabatan (position); returns its unit. ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  async abolishPosition(@Args('input') input: AbolishPositionInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new AbolishPositionCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.orgUnit(result, unitIdOfPosition(input.positionId));
  }
}
