import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { OrgUnit } from '../read-models/org-units/org-unit.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { ORG_UNIT_NODE } from '../read-models/organisation-nodes';
import { CreatePositionCommand } from './create-position.command';
import { CreatePositionInput } from './create-position.input';

const CreatePositionPayload = MutationPayload('CreatePositionPayload', 'orgUnit', OrgUnit);

@Resolver()
export class CreatePositionResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => CreatePositionPayload, { description: 'Creates a jabatan (position) in a unit kerja; returns the unit with its positions. ADMIN_BKD of the instansi.' })
  @Roles(Role.ADMIN_BKD)
  async createPosition(@Args('input') input: CreatePositionInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new CreatePositionCommand(input, context), ORG_UNIT_NODE, input.unitId);
  }
}
