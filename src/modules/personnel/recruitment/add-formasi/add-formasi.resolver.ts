import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { SelectionRound } from '../read-models/selection-rounds/selection-round.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { SELECTION_ROUND_NODE } from '../shared/recruitment-nodes';
import { AddFormasiCommand } from './add-formasi.command';
import { AddFormasiInput } from './add-formasi.input';

const AddFormasiPayload = MutationPayload('AddFormasiPayload', 'selectionRound', SelectionRound);

@Resolver()
export class AddFormasiResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => AddFormasiPayload, { description: 'Offers a formasi while registration is open.' })
  @Roles(Role.ADMIN_BKD)
  async addFormasi(@Args('input') input: AddFormasiInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new AddFormasiCommand(input, context), SELECTION_ROUND_NODE, input.roundId);
  }
}
