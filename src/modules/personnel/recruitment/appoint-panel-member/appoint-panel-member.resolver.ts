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
import { AppointPanelMemberCommand } from './appoint-panel-member.command';
import { AppointPanelMemberInput } from './appoint-panel-member.input';

const AppointPanelMemberPayload = MutationPayload('AppointPanelMemberPayload', 'selectionRound', SelectionRound);

@Resolver()
export class AppointPanelMemberResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: RecruitmentPayloads,
  ) {}

  @Mutation(() => AppointPanelMemberPayload, { description: 'Appoints a selection-panel member (before the ranking is published).' })
  @Roles(Role.ADMIN_BKD)
  async appointPanelMember(@Args('input') input: AppointPanelMemberInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute<AppointPanelMemberCommand, SelectionRoundResult>(new AppointPanelMemberCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.selectionRound(result, input.roundId, actor);
  }
}
