import { Args, ArgsType, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Command, CommandBus, CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { Connection, ConnectionArgs, ConnectionShape } from '@infrastructure/graphql/connection';
import { Mutations, nodeView } from '@infrastructure/graphql/mutations';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import { CommandContextFactory } from '@kernel/command-context';
import { Actor } from '@kernel/events';
import { EMPLOYEE_ID_PATTERN, UNIT_ID_PATTERN } from '@kernel/grant-scope';
import { Evaluation } from '../read-models/evaluations/evaluation.schema';
import { evaluationsProjection } from '../read-models/evaluations/evaluations.projection';
import {
  AppraisalHistoryQuery,
  EvaluationQuery,
  PredikatDistribution,
  PredikatDistributionQuery,
  SkpBoardConnection,
  SkpBoardQuery,
  SkpBoardRow,
} from '../read-models/evaluations/evaluations.query';
import { unitPeriodsProjection } from '../read-models/unit-periods/unit-periods.projection';
import { unitPeriodIdOf } from '../unit-period/unit-period.events';
import { AssessmentFields, EvaluationCommands } from './evaluation-commands';
import { RecordViews } from '../record-views/record-views';
import { instansiIdOf } from '../../organisation';
import { CorrectEvaluationInput, EvaluatePeriodInput, SetOrganisationPredikatInput, SignOffPredikatInput } from './evaluation.inputs';

export class EvaluatePeriodCommand extends Command<CommandResult & { evaluationId: string }> {
  constructor(readonly input: EvaluatePeriodInput, readonly context: CommandContext) {
    super();
  }
}
export class CorrectEvaluationCommand extends Command<CommandResult> {
  constructor(readonly input: CorrectEvaluationInput, readonly context: CommandContext) {
    super();
  }
}
export class SetOrganisationPredikatCommand extends Command<CommandResult> {
  constructor(readonly input: SetOrganisationPredikatInput, readonly context: CommandContext) {
    super();
  }
}
export class SignOffPredikatCommand extends Command<CommandResult> {
  constructor(readonly input: SignOffPredikatInput, readonly context: CommandContext) {
    super();
  }
}

const assessmentOf = (input: EvaluatePeriodInput | CorrectEvaluationInput): AssessmentFields => ({
  ratings: input.ratings.map(({ rhkId, rating, note }) => ({ rhkId, rating, note: note ?? null })),
  hasilKerjaOverride: input.hasilKerjaOverride ? { rating: input.hasilKerjaOverride.rating, reason: input.hasilKerjaOverride.reason } : null,
  ratingPerilaku: input.ratingPerilaku,
  perilakuNote: input.perilakuNote ?? null,
});

@CommandHandler(EvaluatePeriodCommand)
export class EvaluatePeriodHandler implements ICommandHandler<EvaluatePeriodCommand> {
  constructor(private readonly evaluations: EvaluationCommands) {}
  execute({ input, context }: EvaluatePeriodCommand) {
    return this.evaluations.evaluate({ skpId: input.skpId, period: input.period, ...assessmentOf(input) }, context);
  }
}
@CommandHandler(CorrectEvaluationCommand)
export class CorrectEvaluationHandler implements ICommandHandler<CorrectEvaluationCommand> {
  constructor(private readonly evaluations: EvaluationCommands) {}
  execute({ input, context }: CorrectEvaluationCommand) {
    return this.evaluations.correct({ evaluationId: input.evaluationId, reason: input.reason ?? '', ...assessmentOf(input) }, context);
  }
}
@CommandHandler(SetOrganisationPredikatCommand)
export class SetOrganisationPredikatHandler implements ICommandHandler<SetOrganisationPredikatCommand> {
  constructor(private readonly evaluations: EvaluationCommands) {}
  execute({ input, context }: SetOrganisationPredikatCommand) {
    const { unitId, period, organisationPredikat, unitResult } = input;
    return this.evaluations.setOrganisationPredikat({ unitId, period, organisationPredikat, unitResult }, context);
  }
}
@CommandHandler(SignOffPredikatCommand)
export class SignOffPredikatHandler implements ICommandHandler<SignOffPredikatCommand> {
  constructor(private readonly evaluations: EvaluationCommands) {}
  execute({ input, context }: SignOffPredikatCommand) {
    return this.evaluations.signOff({ unitId: input.unitId, period: input.period, justification: input.justification ?? null }, context);
  }
}

export const EVALUATION_NODE = nodeView<Evaluation>('evaluation', [evaluationsProjection.name], (id, actor) => new EvaluationQuery(id, actor));
/** The node id is `<unitId>.<period>`; the period is its last segment. */
const DISTRIBUTION_NODE = nodeView<PredikatDistribution>('distribution', [unitPeriodsProjection.name, evaluationsProjection.name], (id, actor) => {
  const cut = id.lastIndexOf('.');
  return new PredikatDistributionQuery(id.slice(0, cut), id.slice(cut + 1), actor);
});

@ObjectType('EvaluatePeriodPayload')
class EvaluatePeriodPayload {
  @Field(() => Float) position: number;
  @Field() duplicate: boolean;
  @Field(() => ID) evaluationId: string;
  @Field(() => Evaluation, { nullable: true }) evaluation: Evaluation | null;
}
const CorrectEvaluationPayload = MutationPayload('CorrectEvaluationPayload', 'evaluation', Evaluation);
const DistributionPayload = MutationPayload('PredikatDistributionPayload', 'distribution', PredikatDistribution);
const EvaluationConnection = Connection(Evaluation);

@ArgsType()
class DistributionArgs {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'unitId must be a unit id' }) unitId: string;
  @Field(() => Int) @IsInt() @Min(2022) @Max(2100) year: number;
  @Field(() => String, { nullable: true, description: 'A periodic period of the year (`2026-Q1`…); default the annual evaluation.' })
  @IsOptional()
  @IdentifierText()
  @Matches(/^\d{4}(-(Q[1-4]|S[12]|0[1-9]|1[0-2]))?$/, { message: 'period must be YYYY, YYYY-Qn, YYYY-Sn or YYYY-MM' })
  period?: string;
}

@ArgsType()
class BoardArgs extends ConnectionArgs {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'unitId must be a unit id' }) unitId: string;
  @Field(() => Int) @IsInt() @Min(2022) @Max(2100) year: number;
}

@ArgsType()
class HistoryArgs extends ConnectionArgs {
  @Field(() => ID) @IdentifierText() @IsString() @Length(1, 100) @Matches(EMPLOYEE_ID_PATTERN, { message: 'employeeId must be an employee id' }) employeeId: string;
}

@Resolver()
export class EvaluationResolver {
  constructor(
    private readonly mutations: Mutations,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly contexts: CommandContextFactory,
    private readonly views: RecordViews,
  ) {}

  @Mutation(() => EvaluatePeriodPayload, {
    description:
      'Evaluates an approved SKP for a period: every RHK rated DI_ATAS/SESUAI/DI_BAWAH, the rating hasil kerja aggregated by policy (an override needs a reason; a unit head takes the unit result), the rating perilaku, and the predikat by the 3×3 matrix with its explanation. Re-evaluating is allowed until the unit signs off. The pejabat penilai (kepala daerah: ADMIN_BKD).',
  })
  @Roles(Role.PEJABAT_PENILAI, Role.ADMIN_BKD)
  async evaluatePeriod(@Args('input') input: EvaluatePeriodInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.execute(new EvaluatePeriodCommand(input, this.contexts.forActor(actor, input)));
    const payload = await this.mutations.payload(result, EVALUATION_NODE, result.evaluationId, actor);
    return { ...payload, evaluationId: result.evaluationId };
  }

  @Mutation(() => CorrectEvaluationPayload, { description: 'Corrects a closed evaluation (EvaluationCorrected) with a required `reason`: made by the atasan pejabat penilai, whose call is the approval (kepala daerah: ADMIN_BKD). Publishes any new performance gap.' })
  @Roles(Role.PEJABAT_PENILAI, Role.ADMIN_BKD)
  correctEvaluation(@Args('input') input: CorrectEvaluationInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new CorrectEvaluationCommand(input, c), EVALUATION_NODE, input.evaluationId);
  }

  @Mutation(() => DistributionPayload, { description: "Sets a unit's result and predikat kinerja organisasi for a period, which selects its kurva distribusi. The next-higher leader (PEJABAT_PENILAI of a unit above) or ADMIN_BKD of the instansi." })
  @Roles(Role.PEJABAT_PENILAI, Role.ADMIN_BKD)
  setOrganisationPredikat(@Args('input') input: SetOrganisationPredikatInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new SetOrganisationPredikatCommand(input, c), DISTRIBUTION_NODE, unitPeriodIdOf(input.unitId, input.period));
  }

  @Mutation(() => DistributionPayload, {
    description:
      'Penetapan predikat of a unit (and the units below) for a period: every approved SKP evaluated, the predicates within the kurva (outside it only with a `justification`, audited with every violation), then every evaluation closed and immutable; gaps are published to training. The unit leader (PEJABAT_PENILAI of the unit or above) or ADMIN_BKD.',
  })
  @Roles(Role.PEJABAT_PENILAI, Role.ADMIN_BKD)
  signOffPredikat(@Args('input') input: SignOffPredikatInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new SignOffPredikatCommand(input, c), DISTRIBUTION_NODE, unitPeriodIdOf(input.unitId, input.period));
  }

  @Query(() => PredikatDistribution, { description: "A unit's predikat counts for the year (or a period) checked against its kurva, with the sign-off. Aggregates only: ADMIN_BKD or AUDITOR of the instansi, PEJABAT_PENILAI of the unit or above." })
  @Roles(Role.ADMIN_BKD, Role.AUDITOR, Role.PEJABAT_PENILAI)
  predikatDistribution(@Args() args: DistributionArgs, @CurrentActor() actor: Actor): Promise<PredikatDistribution> {
    return this.queries.execute(new PredikatDistributionQuery(args.unitId, args.period ?? String(args.year), actor));
  }

  @Query(() => SkpBoardConnection, { description: "The unit's SKPs of a year (the unit and below) with their evaluations, in id order. ADMIN_BKD or AUDITOR of the instansi see every row; a PEJABAT_PENILAI of the unit or above only the SKPs they appraise or are atasan for." })
  @Roles(Role.ADMIN_BKD, Role.AUDITOR, Role.PEJABAT_PENILAI)
  async skpBoard(@Args() args: BoardArgs, @CurrentActor() actor: Actor): Promise<ConnectionShape<SkpBoardRow>> {
    const page: ConnectionShape<SkpBoardRow> = await this.queries.execute(new SkpBoardQuery(args.unitId, args.year, actor, { first: args.first, after: args.after }));
    await this.views.viewed(actor, 'skpBoard', page.edges.map(({ node }) => ({ kind: 'SKP', id: node._id, employeeId: node.employeeId, instansiId: instansiIdOf(node.unitId) })));
    return page;
  }

  @Query(() => EvaluationConnection, { description: "An employee's evaluations over the years, in id order: all to the employee and ADMIN_BKD/AUDITOR of the instansi; to an appraiser, those where they were the pejabat penilai or atasan at the time." })
  @Roles(Role.EMPLOYEE, Role.PEJABAT_PENILAI, Role.ADMIN_BKD, Role.AUDITOR)
  async appraisalHistory(@Args() args: HistoryArgs, @CurrentActor() actor: Actor): Promise<ConnectionShape<Evaluation>> {
    const page: ConnectionShape<Evaluation> = await this.queries.execute(new AppraisalHistoryQuery(args.employeeId, actor, { first: args.first, after: args.after }));
    await this.views.viewed(actor, 'appraisalHistory', page.edges.map(({ node }) => ({ kind: 'EVALUATION', id: node._id, employeeId: node.employeeId, instansiId: node.instansiId })));
    return page;
  }
}
