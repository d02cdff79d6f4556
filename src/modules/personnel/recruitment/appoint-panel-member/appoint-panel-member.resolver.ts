import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { SelectionRound } from '../read-models/selection-rounds/selection-round.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { SELECTION_ROUND_NODE } from '../shared/recruitment-nodes';
import { AppointPanelMemberCommand } from './appoint-panel-member.command';
import { AppointPanelMemberInput } from './appoint-panel-member.input';

const AppointPanelMemberPayload = MutationPayload('AppointPanelMemberPayload', 'selectionRound', SelectionRound);

@Resolver()
export class AppointPanelMemberResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => AppointPanelMemberPayload, { description: 'Appoints a selection-panel member (before the ranking is published).' })
  @Roles(Role.ADMIN_BKD)
  async appointPanelMember(@Args('input') input: AppointPanelMemberInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new AppointPanelMemberCommand(input, context), SELECTION_ROUND_NODE, input.roundId);
  }
}
