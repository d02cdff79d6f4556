import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { unitIdOfPosition } from '../domain/organisation.ids';
import { OrgUnit } from '../read-models/org-units/org-unit.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { ORG_UNIT_NODE } from '../read-models/organisation-nodes';
import { AbolishPositionCommand } from './abolish-position.command';
import { AbolishPositionInput } from './abolish-position.input';

const AbolishPositionPayload = MutationPayload('AbolishPositionPayload', 'orgUnit', OrgUnit);

@Resolver()
export class AbolishPositionResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => AbolishPositionPayload, { description: 'Abolishes a jabatan (position); returns its unit. ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  async abolishPosition(@Args('input') input: AbolishPositionInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new AbolishPositionCommand(input, context), ORG_UNIT_NODE, unitIdOfPosition(input.positionId));
  }
}
