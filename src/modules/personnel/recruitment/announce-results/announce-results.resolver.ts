import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { SelectionRound } from '../read-models/selection-rounds/selection-round.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { SELECTION_ROUND_NODE } from '../shared/recruitment-nodes';
import { AnnounceResultsCommand } from './announce-results.command';
import { AnnounceResultsInput } from './announce-results.input';

const AnnounceResultsPayload = MutationPayload('AnnounceResultsPayload', 'selectionRound', SelectionRound);

@Resolver()
export class AnnounceResultsResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => AnnounceResultsPayload, { description: 'Officially announces the published ranking; LULUS applicants may then be appointed.' })
  @Roles(Role.ADMIN_BKD)
  async announceResults(@Args('input') input: AnnounceResultsInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new AnnounceResultsCommand(input, context), SELECTION_ROUND_NODE, input.roundId);
  }
}
