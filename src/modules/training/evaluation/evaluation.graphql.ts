import { Args, Field, ID, InputType, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { Connection, ConnectionArgs, ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { Mutations, nodeView } from '@infrastructure/graphql/mutations';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { IdentifierText, MultilineText } from '@infrastructure/graphql/text-rules';
import { ReadModels } from '@infrastructure/projections/read-models';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import { Actor } from '@kernel/events';
import { EMPLOYEE_ID_PATTERN } from '@kernel/grant-scope';
import { TrainingActivityQuery } from '../graphql/activity.graphql';
import { trainingActivitiesProjection } from '../read-models/activity.projections';
import { TRAINING_ACTIVITIES, TrainingActivity } from '../read-models/activity.schema';
import { EvaluationCommands } from './evaluation.commands';

const ACTIVITY_ID = /^[a-z0-9][a-z0-9._-]{2,99}$/;
const rating = (what: string) => Field(() => Int, { description: `${what}, 1 (sangat kurang) – 5 (sangat baik).` });

@InputType()
export class ReactionRatingsInput {
  @rating('Materi (content)') @IsInt() @Min(1) @Max(5) materi: number;
  @rating('Pengajar (trainers, speakers)') @IsInt() @Min(1) @Max(5) pengajar: number;
  @rating('Penyelenggaraan (organisation, venue or platform)') @IsInt() @Min(1) @Max(5) penyelenggaraan: number;
  @rating('Manfaat (expected use at work)') @IsInt() @Min(1) @Max(5) manfaat: number;
}

@InputType()
export class SubmitTrainingSurveyInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(ACTIVITY_ID, { message: '$property must be an activity id' }) activityId: string;
  @Field(() => ID) @IdentifierText() @Matches(EMPLOYEE_ID_PATTERN, { message: '$property must be an employee id' }) employeeId: string;
  @Field(() => ReactionRatingsInput) @ValidateNested() @Type(() => ReactionRatingsInput) ratings: ReactionRatingsInput;
  @Field(() => String, { nullable: true }) @IsOptional() @MultilineText() @IsString() @Length(0, 2000) comment?: string | null;
}

@InputType()
export class AssessTrainingTransferInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(ACTIVITY_ID, { message: '$property must be an activity id' }) activityId: string;
  @Field(() => ID, { description: 'The participant assessed.' }) @IdentifierText() @Matches(EMPLOYEE_ID_PATTERN, { message: '$property must be an employee id' }) employeeId: string;
  @Field(() => Int, { description: 'Use at work, 1 (not used) – 5 (used fully and shared with colleagues).' }) @IsInt() @Min(1) @Max(5) score: number;
  @Field({ description: 'Whether the participant applies what was learnt in their work.' }) @IsBoolean() applied: boolean;
  @Field({ description: 'How the participant uses it (examples of work products).' }) @MultilineText() @IsString() @Length(1, 2000) description: string;
}

export class SubmitTrainingSurveyCommand extends Command<CommandResult> {
  constructor(readonly input: SubmitTrainingSurveyInput, readonly context: CommandContext) {
    super();
  }
}
export class AssessTrainingTransferCommand extends Command<CommandResult> {
  constructor(readonly input: AssessTrainingTransferInput, readonly context: CommandContext) {
    super();
  }
}

@CommandHandler(SubmitTrainingSurveyCommand)
export class SubmitTrainingSurveyHandler implements ICommandHandler<SubmitTrainingSurveyCommand> {
  constructor(private readonly evaluation: EvaluationCommands) {}
  execute({ input, context }: SubmitTrainingSurveyCommand) {
    const { materi, pengajar, penyelenggaraan, manfaat } = input.ratings;
    return this.evaluation.submitSurvey(input.activityId, { employeeId: input.employeeId, ratings: { materi, pengajar, penyelenggaraan, manfaat }, comment: input.comment ?? null }, context);
  }
}
@CommandHandler(AssessTrainingTransferCommand)
export class AssessTrainingTransferHandler implements ICommandHandler<AssessTrainingTransferCommand> {
  constructor(private readonly evaluation: EvaluationCommands) {}
  execute({ input, context }: AssessTrainingTransferCommand) {
    return this.evaluation.submitAssessment(input.activityId, { employeeId: input.employeeId, score: input.score, applied: input.applied, description: input.description }, context);
  }
}

const ACTIVITY_NODE = nodeView<TrainingActivity>('activity', [trainingActivitiesProjection.name], (id, actor) => new TrainingActivityQuery(id, actor));
const SubmitTrainingSurveyPayload = MutationPayload('SubmitTrainingSurveyPayload', 'activity', TrainingActivity);
const AssessTrainingTransferPayload = MutationPayload('AssessTrainingTransferPayload', 'activity', TrainingActivity);
const TrainingActivityConnection = Connection(TrainingActivity);

@Resolver()
export class EvaluationResolver {
  constructor(
    private readonly mutations: Mutations,
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
  ) {}

  @Mutation(() => SubmitTrainingSurveyPayload, { description: "The participant's reaction survey after completing an activity (once; each rating 1–5). The participant (EMPLOYEE) only." })
  @Roles(Role.EMPLOYEE)
  submitTrainingSurvey(@Args('input') input: SubmitTrainingSurveyInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new SubmitTrainingSurveyCommand(input, c), ACTIVITY_NODE, input.activityId);
  }

  @Mutation(() => AssessTrainingTransferPayload, {
    description: "The atasan's assessment of use at work, once it is requested (three months after completion): the participant's pejabat penilai on the due day (PEJABAT_PENILAI, sub = their employee id).",
  })
  @Roles(Role.PEJABAT_PENILAI)
  assessTrainingTransfer(@Args('input') input: AssessTrainingTransferInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new AssessTrainingTransferCommand(input, c), ACTIVITY_NODE, input.activityId);
  }

  @Query(() => TrainingActivityConnection, { description: "Activities with a participant whose assessment of use at work the caller is asked for (the atasan named), with only those participants. PEJABAT_PENILAI." })
  @Roles(Role.PEJABAT_PENILAI)
  async trainingTransferAssessments(@Args() page: ConnectionArgs, @CurrentActor() actor: Actor): Promise<ConnectionShape<TrainingActivity>> {
    // `$in`: the embedded store answers array paths only through membership.
    const filter = { 'participants.transferAssessment.atasanEmployeeId': { $in: [actor.id] } };
    const found = await this.pages.paginate(this.readModels.collection<TrainingActivity & { _id: string }>(TRAINING_ACTIVITIES), filter, { first: page.first, after: page.after });
    return { ...found, edges: found.edges.map((e) => ({ ...e, node: { ...e.node, participants: e.node.participants.filter((p) => p.transferAssessment?.atasanEmployeeId === actor.id) } })) };
  }
}

export const evaluationProviders = [EvaluationCommands, SubmitTrainingSurveyHandler, AssessTrainingTransferHandler, EvaluationResolver];
