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
import { CancelSelectionRoundCommand } from './cancel-selection-round.command';
import { CancelSelectionRoundInput } from './cancel-selection-round.input';

const CancelSelectionRoundPayload = MutationPayload('CancelSelectionRoundPayload', 'selectionRound', SelectionRound);

@Resolver()
export class CancelSelectionRoundResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: RecruitmentPayloads,
  ) {}

  @Mutation(() => CancelSelectionRoundPayload, { description: 'Cancels a round before its results are announced.' })
  @Roles(Role.ADMIN_BKD)
  async cancelSelectionRound(@Args('input') input: CancelSelectionRoundInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute<CancelSelectionRoundCommand, SelectionRoundResult>(new CancelSelectionRoundCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.selectionRound(result, input.roundId, actor);
  }
}
