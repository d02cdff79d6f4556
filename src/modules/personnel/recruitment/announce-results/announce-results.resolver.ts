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
import { AnnounceResultsCommand } from './announce-results.command';
import { AnnounceResultsInput } from './announce-results.input';

const AnnounceResultsPayload = MutationPayload('AnnounceResultsPayload', 'selectionRound', SelectionRound);

@Resolver()
export class AnnounceResultsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: RecruitmentPayloads,
  ) {}

  @Mutation(() => AnnounceResultsPayload, { description: 'Officially announces the published ranking; LULUS applicants may then be appointed.' })
  @Roles(Role.ADMIN_BKD)
  async announceResults(@Args('input') input: AnnounceResultsInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute<AnnounceResultsCommand, SelectionRoundResult>(new AnnounceResultsCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.selectionRound(result, input.roundId, actor);
  }
}
