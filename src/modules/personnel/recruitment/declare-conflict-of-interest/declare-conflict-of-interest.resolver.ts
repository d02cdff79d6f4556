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
import { DeclareConflictOfInterestCommand } from './declare-conflict-of-interest.command';
import { DeclareConflictOfInterestInput } from './declare-conflict-of-interest.input';

const DeclareConflictOfInterestPayload = MutationPayload('DeclareConflictOfInterestPayload', 'selectionRound', SelectionRound);

@Resolver()
export class DeclareConflictOfInterestResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: RecruitmentPayloads,
  ) {}

  @Mutation(() => DeclareConflictOfInterestPayload, { description: 'A panel member declares a relation with an applicant: the member is recused from that applicant.' })
  @Roles(Role.ADMIN_BKD)
  async declareConflictOfInterest(@Args('input') input: DeclareConflictOfInterestInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute<DeclareConflictOfInterestCommand, SelectionRoundResult>(new DeclareConflictOfInterestCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.selectionRound(result, input.roundId, actor);
  }
}
