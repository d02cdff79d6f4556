import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { Actor } from '@kernel/events';
import { SelectionApplicant } from '../read-models/selection-applicants/selection-applicant.schema';
import { Mutations } from '@infrastructure/graphql/mutations';
import { APPLICANT_NODE } from '../shared/recruitment-nodes';
import { RecordSkdResultCommand } from './record-skd-result.command';
import { RecordSkdResultInput } from './record-skd-result.input';

const RecordSkdResultPayload = MutationPayload('RecordSkdResultPayload', 'applicant', SelectionApplicant);

@Resolver()
export class RecordSkdResultResolver {
  constructor(private readonly mutations: Mutations) {}

  @Mutation(() => RecordSkdResultPayload, { description: 'Records an applicant’s SKD result imported from BKN CAT (never hand-entered), recorded by a panel member not recused from the applicant.' })
  @Roles(Role.ADMIN_BKD)
  async recordSkdResult(@Args('input') input: RecordSkdResultInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (context) => new RecordSkdResultCommand(input, context), APPLICANT_NODE, input.applicantId);
  }
}
