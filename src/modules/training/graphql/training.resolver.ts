import { Args, ArgsType, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { IsEnum, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { Connection, ConnectionArgs, ConnectionShape } from '@infrastructure/graphql/connection';
import { Mutations } from '@infrastructure/graphql/mutations';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { CommandContextFactory } from '@kernel/command-context';
import { Actor } from '@kernel/events';
import { BadUserInputError } from '@kernel/errors';
import { CommandResult } from '@kernel/command-handling';
import { EMPLOYEE_ID_PATTERN, INSTANSI_ID_PATTERN, UNIT_ID_PATTERN } from '@kernel/grant-scope';
import { TrainingRoute } from '../catalogue/program.vocabulary';
import { BUDGET_NODE, PLAN_ITEM_NODE, PROGRAM_NODE } from '../read-models/training.nodes';
import { budgetId } from '../read-models/training.projections';
import { TrainingBudgetQuery, TrainingCatalogueQuery, TrainingPlanQuery } from '../read-models/training.queries';
import { TrainingBudget, TrainingPlanItem, TrainingProgram } from '../read-models/training.schema';
import {
  CommitTrainingBudgetCommand,
  PlanTrainingCommand,
  programIdOf,
  PublishProgramCommand,
  RealiseTrainingBudgetCommand,
  ReallocateTrainingBudgetCommand,
  SetBudgetEnvelopeCommand,
} from './training.operations';
import {
  CommitTrainingBudgetInput,
  PlanTrainingInput,
  PublishProgramInput,
  RealiseTrainingBudgetInput,
  ReallocateTrainingBudgetInput,
  SetBudgetEnvelopeInput,
} from './training.inputs';

const PublishProgramPayload = MutationPayload('PublishProgramPayload', 'program', TrainingProgram);
const SetBudgetEnvelopePayload = MutationPayload('SetBudgetEnvelopePayload', 'budget', TrainingBudget);
const PlanTrainingPayload = MutationPayload('PlanTrainingPayload', 'planItem', TrainingPlanItem);
const RealiseTrainingBudgetPayload = MutationPayload('RealiseTrainingBudgetPayload', 'budget', TrainingBudget);
const ReallocateTrainingBudgetPayload = MutationPayload('ReallocateTrainingBudgetPayload', 'budget', TrainingBudget, 'The receiving envelope after the move.');
const TrainingProgramConnection = Connection(TrainingProgram);
const TrainingPlanItemConnection = Connection(TrainingPlanItem);

@ObjectType('CommitTrainingBudgetPayload')
class CommitTrainingBudgetPayload {
  @Field(() => Float) position: number;
  @Field() duplicate: boolean;
  @Field(() => ID, { description: 'The commitment, for realiseTrainingBudget.' }) commitmentId: string;
  @Field(() => TrainingBudget, { nullable: true }) budget: TrainingBudget | null;
}

@ArgsType()
class TrainingCatalogueArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId must be an instansi slug' }) instansiId?: string;
  @Field(() => TrainingRoute, { nullable: true }) @IsOptional() @IsEnum(TrainingRoute) route?: TrainingRoute;
}

@ArgsType()
class UnitYearArgs {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'unitId must be a unit id' }) unitId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
}

@ArgsType()
class TrainingPlanArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'An OPD: its plan items for the year.' }) @IsOptional() @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'unitId must be a unit id' }) unitId?: string;
  @Field(() => ID, { nullable: true, description: "An employee: that employee's plan items (give unitId or employeeId)." }) @IsOptional() @IdentifierText() @Matches(EMPLOYEE_ID_PATTERN, { message: 'employeeId must be an employee id' }) employeeId?: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
}

const EVERY_ROLE = [Role.TRAINING_ADMIN, Role.ADMIN_BKD, Role.AUDITOR, Role.EMPLOYEE, Role.PEJABAT_PENILAI];

@Resolver()
export class TrainingResolver {
  constructor(
    private readonly mutations: Mutations,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Mutation(() => PublishProgramPayload, { description: 'Publishes a program (route, form, competencies, JP, cost, provider) in the instansi catalogue. TRAINING_ADMIN of the instansi.' })
  @Roles(Role.TRAINING_ADMIN)
  publishProgram(@Args('input') input: PublishProgramInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new PublishProgramCommand(input, c), PROGRAM_NODE, programIdOf(input.instansiId, input.code));
  }

  @Mutation(() => SetBudgetEnvelopePayload, { description: "Sets or revises an OPD's yearly training envelope from its budget document (never below what is reserved and committed). TRAINING_ADMIN of the instansi." })
  @Roles(Role.TRAINING_ADMIN)
  setBudgetEnvelope(@Args('input') input: SetBudgetEnvelopeInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new SetBudgetEnvelopeCommand(input, c), BUDGET_NODE, budgetId(input.unitId, input.year));
  }

  @Mutation(() => PlanTrainingPayload, { description: "Plans a program for an employee of the OPD for the year, naming the gap it addresses; reserves the program's cost from the envelope. TRAINING_ADMIN of the instansi, or PEJABAT_PENILAI of the employee's unit." })
  @Roles(Role.TRAINING_ADMIN, Role.PEJABAT_PENILAI)
  planTraining(@Args('input') input: PlanTrainingInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new PlanTrainingCommand(input, c), PLAN_ITEM_NODE, (r: CommandResult & { planItemId: string }) => r.planItemId);
  }

  @Mutation(() => CommitTrainingBudgetPayload, { description: "Commits money for one participant: a plan item's reservation, or without a plan item only with a `reason`. Refused when the envelope (or the per-employee cap) would be exceeded. TRAINING_ADMIN of the instansi." })
  @Roles(Role.TRAINING_ADMIN)
  async commitTrainingBudget(@Args('input') input: CommitTrainingBudgetInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new CommitTrainingBudgetCommand(input, this.contexts.forActor(actor, input)));
    const payload = await this.mutations.payload(result, BUDGET_NODE, budgetId(input.unitId, input.year), actor);
    return { ...payload, commitmentId: result.commitmentId };
  }

  @Mutation(() => RealiseTrainingBudgetPayload, { description: 'Records what a commitment finally cost (at most the committed amount). TRAINING_ADMIN of the instansi.' })
  @Roles(Role.TRAINING_ADMIN)
  realiseTrainingBudget(@Args('input') input: RealiseTrainingBudgetInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new RealiseTrainingBudgetCommand(input, c), BUDGET_NODE, budgetId(input.unitId, input.year));
  }

  @Mutation(() => ReallocateTrainingBudgetPayload, { description: "Moves free envelope money to another OPD of the same instansi and year, with a legal basis. TRAINING_ADMIN of the instansi." })
  @Roles(Role.TRAINING_ADMIN)
  reallocateTrainingBudget(@Args('input') input: ReallocateTrainingBudgetInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new ReallocateTrainingBudgetCommand(input, c), BUDGET_NODE, budgetId(input.toUnitId, input.year));
  }

  @Query(() => TrainingProgramConnection, { description: 'The training catalogue, by instansi and route, in id order. Any signed-in role.' })
  @Roles(...EVERY_ROLE)
  trainingCatalogue(@Args() args: TrainingCatalogueArgs): Promise<ConnectionShape<TrainingProgram>> {
    const filter = { ...(args.instansiId ? { instansiId: args.instansiId } : {}), ...(args.route ? { route: args.route } : {}) };
    return this.queries.execute(new TrainingCatalogueQuery(filter, { first: args.first, after: args.after }));
  }

  @Query(() => TrainingBudget, { nullable: true, description: "An OPD's budget board for a year (envelope, reserved, committed, realised, remaining); null before the envelope is set. TRAINING_ADMIN, ADMIN_BKD or AUDITOR of the instansi." })
  @Roles(Role.TRAINING_ADMIN, Role.ADMIN_BKD, Role.AUDITOR)
  trainingBudget(@Args() args: UnitYearArgs, @CurrentActor() actor: Actor): Promise<TrainingBudget | null> {
    return this.queries.execute(new TrainingBudgetQuery(budgetId(args.unitId, args.year), actor));
  }

  @Query(() => TrainingPlanItemConnection, { description: "Plan items of an OPD or of an employee for a year. TRAINING_ADMIN, ADMIN_BKD, AUDITOR of the instansi; PEJABAT_PENILAI of a unit in the OPD; the EMPLOYEE for their own." })
  @Roles(...EVERY_ROLE)
  trainingPlan(@Args() args: TrainingPlanArgs, @CurrentActor() actor: Actor): Promise<ConnectionShape<TrainingPlanItem>> {
    const page = { first: args.first, after: args.after };
    if ((args.unitId ? 1 : 0) + (args.employeeId ? 1 : 0) !== 1) {
      throw new BadUserInputError('Berikan unitId atau employeeId (salah satu)', { field: 'unitId' });
    }
    const by = args.unitId ? { unitId: args.unitId, year: args.year } : { employeeId: args.employeeId!, year: args.year };
    return this.queries.execute(new TrainingPlanQuery(by, actor, page));
  }
}
