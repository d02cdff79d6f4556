import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../../../../infrastructure/auth/decorators';
import { Role } from '../../../../infrastructure/auth/roles';
import { MutationPayload } from '../../../../infrastructure/graphql/payload';
import { CommandContextFactory } from '../../../../kernel/command-context';
import { Actor } from '../../../../kernel/events';
import { SelectionApplicant } from '../read-models/selection-applicants/selection-applicant.schema';
import { RecruitmentPayloads } from '../shared/recruitment-payloads';
import { SelectionRoundResult } from '../shared/selection-round-commands';
import { AppointApplicantCommand } from './appoint-applicant.command';
import { AppointApplicantInput } from './appoint-applicant.input';

const AppointApplicantPayload = MutationPayload('AppointApplicantPayload', 'applicant', SelectionApplicant);

@Resolver()
export class AppointApplicantResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: RecruitmentPayloads,
  ) {}

  @Mutation(() => AppointApplicantPayload, { description: 'Appoints a LULUS applicant as CPNS with the NIP assigned by BKN; the employee record follows (see SelectionRound.appointments).' })
  @Roles(Role.ADMIN_BKD)
  async appointApplicant(@Args('input') input: AppointApplicantInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute<AppointApplicantCommand, SelectionRoundResult>(new AppointApplicantCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.applicant(result, input.applicantId, actor);
  }
}
