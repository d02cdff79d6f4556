import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Mutations } from '@infrastructure/graphql/mutations';
import { Actor } from '@kernel/events';
import { unitIdOfPosition } from '../domain/organisation.ids';
import { OrgUnit } from '../read-models/org-units/org-unit.schema';
import { ORG_UNIT_NODE } from '../read-models/organisation-nodes';
import { SetPositionCapacityCommand } from './set-position-capacity.command';
import { SetPositionCapacityInput } from './set-position-capacity.input';

const SetPositionCapacityPayload = MutationPayload('SetPositionCapacityPayload', 'orgUnit', OrgUnit);

@Resolver()
export class SetPositionCapacityResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => SetPositionCapacityPayload, {
    description: 'Records the formation (number of definitive holders) of a functional or pelaksana jabatan, with its legal basis; returns its unit. ADMIN_BKD of the instansi.',
  })
  @Roles(Role.ADMIN_BKD)
  async setPositionCapacity(@Args('input') input: SetPositionCapacityInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new SetPositionCapacityCommand(input, context), ORG_UNIT_NODE, unitIdOfPosition(input.positionId));
  }
}
