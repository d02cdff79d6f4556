import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { SelectionRound } from '../read-models/selection-rounds/selection-round.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { SELECTION_ROUND_NODE } from '../shared/recruitment-nodes';
import { OpenSelectionRoundCommand, OpenSelectionRoundResult } from './open-selection-round.command';
import { OpenSelectionRoundInput } from './open-selection-round.input';

const OpenSelectionRoundPayload = MutationPayload('OpenSelectionRoundPayload', 'selectionRound', SelectionRound);

@Resolver()
export class OpenSelectionRoundResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => OpenSelectionRoundPayload, { description: 'Opens a selection round (ADMIN_BKD of the instansi).' })
  @Roles(Role.ADMIN_BKD)
  async openSelectionRound(@Args('input') input: OpenSelectionRoundInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new OpenSelectionRoundCommand(input, context), SELECTION_ROUND_NODE, (result) => result.roundId);
  }
}
