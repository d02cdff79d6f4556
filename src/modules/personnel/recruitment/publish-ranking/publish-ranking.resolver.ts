import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { SelectionRanking } from '../read-models/selection-rankings/selection-ranking.schema';
import { RecruitmentPayloads } from '../shared/recruitment-payloads';
import { SelectionRoundResult } from '../shared/selection-round-commands';
import { PublishRankingCommand } from './publish-ranking.command';
import { PublishRankingInput } from './publish-ranking.input';

const PublishRankingPayload = MutationPayload('PublishRankingPayload', 'ranking', SelectionRanking);

@Resolver()
export class PublishRankingResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: RecruitmentPayloads,
  ) {}

  @Mutation(() => PublishRankingPayload, { description: 'Computes the deterministic ranking from the imported results and publishes it (masked identities).' })
  @Roles(Role.ADMIN_BKD)
  async publishRanking(@Args('input') input: PublishRankingInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute<PublishRankingCommand, SelectionRoundResult>(new PublishRankingCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.ranking(result, input.roundId);
  }
}
