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
import { RecordSkdResultCommand } from './record-skd-result.command';
import { RecordSkdResultInput } from './record-skd-result.input';

const RecordSkdResultPayload = MutationPayload('RecordSkdResultPayload', 'applicant', SelectionApplicant);

@Resolver()
export class RecordSkdResultResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly payloads: RecruitmentPayloads,
  ) {}

  @Mutation(() => RecordSkdResultPayload, { description: 'Records an applicant’s SKD result imported from BKN CAT (never hand-entered), recorded by a panel member not recused from the applicant.' })
  @Roles(Role.ADMIN_BKD)
  async recordSkdResult(@Args('input') input: RecordSkdResultInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute<RecordSkdResultCommand, SelectionRoundResult>(new RecordSkdResultCommand(input, this.contexts.forActor(actor, input)));
    return this.payloads.applicant(result, input.applicantId, actor);
  }
}
