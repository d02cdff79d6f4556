import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { SelectionRound } from '../read-models/selection-rounds/selection-round.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { SELECTION_ROUND_NODE } from '../shared/recruitment-nodes';
import { CancelSelectionRoundCommand } from './cancel-selection-round.command';
import { CancelSelectionRoundInput } from './cancel-selection-round.input';

const CancelSelectionRoundPayload = MutationPayload('CancelSelectionRoundPayload', 'selectionRound', SelectionRound);

@Resolver()
export class CancelSelectionRoundResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => CancelSelectionRoundPayload, { description: 'Cancels a round before its results are announced.' })
  @Roles(Role.ADMIN_BKD)
  async cancelSelectionRound(@Args('input') input: CancelSelectionRoundInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new CancelSelectionRoundCommand(input, context), SELECTION_ROUND_NODE, input.roundId);
  }
}
