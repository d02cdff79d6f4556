import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { SelectionRound } from '../read-models/selection-rounds/selection-round.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { SELECTION_ROUND_NODE } from '../shared/recruitment-nodes';
import { CloseRegistrationCommand } from './close-registration.command';
import { CloseRegistrationInput } from './close-registration.input';

const CloseRegistrationPayload = MutationPayload('CloseRegistrationPayload', 'selectionRound', SelectionRound);

@Resolver()
export class CloseRegistrationResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => CloseRegistrationPayload, { description: 'Closes registration: no more formasi or applicants; SKD results may be imported.' })
  @Roles(Role.ADMIN_BKD)
  async closeRegistration(@Args('input') input: CloseRegistrationInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new CloseRegistrationCommand(input, context), SELECTION_ROUND_NODE, input.roundId);
  }
}
