import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { SelectionApplicant } from '../read-models/selection-applicants/selection-applicant.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { APPLICANT_NODE } from '../shared/recruitment-nodes';
import { RegisterApplicantCommand, RegisterApplicantResult } from './register-applicant.command';
import { RegisterApplicantInput } from './register-applicant.input';

const RegisterApplicantPayload = MutationPayload('RegisterApplicantPayload', 'applicant', SelectionApplicant);

@Resolver()
export class RegisterApplicantResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => RegisterApplicantPayload, { description: 'Registers an applicant (one registration per NIK per round).' })
  @Roles(Role.ADMIN_BKD)
  async registerApplicant(@Args('input') input: RegisterApplicantInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new RegisterApplicantCommand(input, context), APPLICANT_NODE, (result) => result.applicantId);
  }
}
