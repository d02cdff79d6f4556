import { Args, ArgsType, Field, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { Connection, ConnectionArgs, ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { ReadModels } from '@infrastructure/projections/read-models';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { INSTANSI_ID_PATTERN } from '@kernel/grant-scope';
import { canReadInstansi } from '../access/training-access';
import { TRAINING_NEEDS, TrainingNeed } from './training-needs';

const TrainingNeedConnection = Connection(TrainingNeed);

@ArgsType()
class TrainingNeedsArgs extends ConnectionArgs {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId must be an instansi slug' }) instansiId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
}

@Resolver()
export class TrainingNeedsResolver {
  constructor(
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
  ) {}

  @Query(() => TrainingNeedConnection, { description: 'Performance gaps published for the instansi and year (needs analysis), in id order. TRAINING_ADMIN, ADMIN_BKD or AUDITOR of the instansi.' })
  @Roles(Role.TRAINING_ADMIN, Role.ADMIN_BKD, Role.AUDITOR)
  trainingNeeds(@Args() args: TrainingNeedsArgs, @CurrentActor() actor: Actor): Promise<ConnectionShape<TrainingNeed>> {
    if (!canReadInstansi(actor, args.instansiId)) throw new ForbiddenError(`Kebutuhan pengembangan ${args.instansiId} tidak dalam cakupan Anda`);
    return this.pages.paginate(this.readModels.collection<TrainingNeed & { _id: string }>(TRAINING_NEEDS), { instansiId: args.instansiId, year: args.year }, { first: args.first, after: args.after });
  }
}
