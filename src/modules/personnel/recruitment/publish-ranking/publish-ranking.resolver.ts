import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { SelectionRanking } from '../read-models/selection-rankings/selection-ranking.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { RANKING_NODE } from '../shared/recruitment-nodes';
import { PublishRankingCommand } from './publish-ranking.command';
import { PublishRankingInput } from './publish-ranking.input';

const PublishRankingPayload = MutationPayload('PublishRankingPayload', 'ranking', SelectionRanking);

@Resolver()
export class PublishRankingResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => PublishRankingPayload, { description: 'Computes the deterministic ranking from the imported results and publishes it (masked identities).' })
  @Roles(Role.ADMIN_BKD)
  async publishRanking(@Args('input') input: PublishRankingInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new PublishRankingCommand(input, context), RANKING_NODE, input.roundId);
  }
}
