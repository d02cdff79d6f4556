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
import { CloseRegistrationCommand } from './close-registration.command';
import { CloseRegistrationInput } from './close-registration.input';

const CloseRegistrationPayload = MutationPayload('CloseRegistrationPayload', 'selectionRound', SelectionRound);

@Resolver()
export class CloseRegistrationResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: RecruitmentPayloads,
  ) {}

  @Mutation(() => CloseRegistrationPayload, { description: 'Closes registration: no more formasi or applicants; SKD results may be imported.' })
  @Roles(Role.ADMIN_BKD)
  async closeRegistration(@Args('input') input: CloseRegistrationInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute<CloseRegistrationCommand, SelectionRoundResult>(new CloseRegistrationCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.selectionRound(result, input.roundId, actor);
  }
}
