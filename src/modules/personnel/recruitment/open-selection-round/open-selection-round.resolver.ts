import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { SelectionRound } from '../read-models/selection-rounds/selection-round.schema';
import { RecruitmentPayloads } from '../shared/recruitment-payloads';
import { OpenSelectionRoundCommand } from './open-selection-round.command';
import { OpenSelectionRoundResult } from './open-selection-round.handler';
import { OpenSelectionRoundInput } from './open-selection-round.input';

const OpenSelectionRoundPayload = MutationPayload('OpenSelectionRoundPayload', 'selectionRound', SelectionRound);

@Resolver()
export class OpenSelectionRoundResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: RecruitmentPayloads,
  ) {}

  @Mutation(() => OpenSelectionRoundPayload, { description: 'Opens a selection round (ADMIN_BKD of the instansi).' })
  @Roles(Role.ADMIN_BKD)
  async openSelectionRound(@Args('input') input: OpenSelectionRoundInput, @CurrentActor() actor: Actor) {
    const command = new OpenSelectionRoundCommand(input, this.contexts.forActor(actor, input));
    const result = await this.commands.execute<OpenSelectionRoundCommand, OpenSelectionRoundResult>(command);
    return this.payloads.selectionRound(result, result.roundId, actor);
  }
}
