import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { SelectionRound } from '../read-models/selection-rounds/selection-round.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { SELECTION_ROUND_NODE } from '../shared/recruitment-nodes';
import { RecordKnownRelationCommand } from './record-known-relation.command';
import { RecordKnownRelationInput } from './record-known-relation.input';

const RecordKnownRelationPayload = MutationPayload('RecordKnownRelationPayload', 'selectionRound', SelectionRound);

@Resolver()
export class RecordKnownRelationResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => RecordKnownRelationPayload, { description: 'Records a relation found by an auditor, a data match or a report; flagged (and the member recused) if the member had not declared it.' })
  @Roles(Role.ADMIN_BKD)
  async recordKnownRelation(@Args('input') input: RecordKnownRelationInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new RecordKnownRelationCommand(input, context), SELECTION_ROUND_NODE, input.roundId);
  }
}
