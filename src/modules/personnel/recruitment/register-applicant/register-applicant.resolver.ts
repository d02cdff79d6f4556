import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { SelectionApplicant } from '../read-models/selection-applicants/selection-applicant.schema';
import { RecruitmentPayloads } from '../shared/recruitment-payloads';
import { RegisterApplicantCommand } from './register-applicant.command';
import { RegisterApplicantResult } from './register-applicant.handler';
import { RegisterApplicantInput } from './register-applicant.input';

const RegisterApplicantPayload = MutationPayload('RegisterApplicantPayload', 'applicant', SelectionApplicant);

@Resolver()
export class RegisterApplicantResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: RecruitmentPayloads,
  ) {}

  @Mutation(() => RegisterApplicantPayload, { description: 'Registers an applicant (one registration per NIK per round).' })
  @Roles(Role.ADMIN_BKD)
  async registerApplicant(@Args('input') input: RegisterApplicantInput, @CurrentActor() actor: Actor) {
    const command = new RegisterApplicantCommand(input, this.contexts.forActor(actor, input));
    const result = await this.commands.execute<RegisterApplicantCommand, RegisterApplicantResult>(command);
    return this.payloads.applicant(result, result.applicantId, actor);
  }
}
