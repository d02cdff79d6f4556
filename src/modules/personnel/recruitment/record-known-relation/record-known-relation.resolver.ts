import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { SelectionRound } from '../read-models/selection-rounds/selection-round.schema';
import { RecruitmentPayloads } from '../shared/recruitment-payloads';
import { SelectionRoundResult } from '../shared/selection-round-commands';
import { RecordKnownRelationCommand } from './record-known-relation.command';
import { RecordKnownRelationInput } from './record-known-relation.input';

const RecordKnownRelationPayload = MutationPayload('RecordKnownRelationPayload', 'selectionRound', SelectionRound);

@Resolver()
export class RecordKnownRelationResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: RecruitmentPayloads,
  ) {}

  @Mutation(() => RecordKnownRelationPayload, { description: 'Records a relation found by an auditor, a data match or a report; flagged (and the member recused) if the member had not declared it.' })
  @Roles(Role.ADMIN_BKD)
  async recordKnownRelation(@Args('input') input: RecordKnownRelationInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute<RecordKnownRelationCommand, SelectionRoundResult>(new RecordKnownRelationCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.selectionRound(result, input.roundId, actor);
  }
}
