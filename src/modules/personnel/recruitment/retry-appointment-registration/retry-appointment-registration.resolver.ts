import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { Mutations } from '@infrastructure/graphql/mutations';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { SelectionApplicant } from '../read-models/selection-applicants/selection-applicant.schema';
import { APPLICANT_NODE } from '../shared/recruitment-nodes';
import { RetryAppointmentRegistrationCommand } from './retry-appointment-registration.command';
import { RetryAppointmentRegistrationInput } from './retry-appointment-registration.input';

const RetryAppointmentRegistrationPayload = MutationPayload('RetryAppointmentRegistrationPayload', 'applicant', SelectionApplicant);

@Resolver()
export class RetryAppointmentRegistrationResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => RetryAppointmentRegistrationPayload, {
    description: 'Sends a FAILED employee registration of an appointment again after its cause was corrected; the outcome shows on SelectionRound.appointments. ADMIN_BKD of the instansi.',
  })
  @Roles(Role.ADMIN_BKD)
  async retryAppointmentRegistration(@Args('input') input: RetryAppointmentRegistrationInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new RetryAppointmentRegistrationCommand(input, context), APPLICANT_NODE, input.applicantId);
  }
}
