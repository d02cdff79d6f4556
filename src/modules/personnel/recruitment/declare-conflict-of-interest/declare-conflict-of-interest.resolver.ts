import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { SelectionRound } from '../read-models/selection-rounds/selection-round.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { SELECTION_ROUND_NODE } from '../shared/recruitment-nodes';
import { DeclareConflictOfInterestCommand } from './declare-conflict-of-interest.command';
import { DeclareConflictOfInterestInput } from './declare-conflict-of-interest.input';

const DeclareConflictOfInterestPayload = MutationPayload('DeclareConflictOfInterestPayload', 'selectionRound', SelectionRound);

@Resolver()
export class DeclareConflictOfInterestResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => DeclareConflictOfInterestPayload, { description: 'A panel member declares a relation with an applicant: the member is recused from that applicant.' })
  @Roles(Role.ADMIN_BKD)
  async declareConflictOfInterest(@Args('input') input: DeclareConflictOfInterestInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new DeclareConflictOfInterestCommand(input, context), SELECTION_ROUND_NODE, input.roundId);
  }
}
