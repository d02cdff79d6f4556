import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { SelectionApplicant } from '../read-models/selection-applicants/selection-applicant.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { APPLICANT_NODE } from '../shared/recruitment-nodes';
import { AppointApplicantCommand } from './appoint-applicant.command';
import { AppointApplicantInput } from './appoint-applicant.input';

const AppointApplicantPayload = MutationPayload('AppointApplicantPayload', 'applicant', SelectionApplicant);

@Resolver()
export class AppointApplicantResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => AppointApplicantPayload, { description: 'Appoints a LULUS applicant as CPNS with the NIP assigned by BKN; the employee record follows (see SelectionRound.appointments).' })
  @Roles(Role.ADMIN_BKD)
  async appointApplicant(@Args('input') input: AppointApplicantInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new AppointApplicantCommand(input, context), APPLICANT_NODE, input.applicantId);
  }
}
