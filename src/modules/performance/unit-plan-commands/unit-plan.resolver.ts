import { Injectable } from '@nestjs/common';
import { Args, ArgsType, Field, ID, InputType, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Command, CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { Mutations, nodeView } from '@infrastructure/graphql/mutations';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { IdentifierText, MultilineText, NameText } from '@infrastructure/graphql/text-rules';
import { CommandContext, CommandExecutor, CommandResult } from '@kernel/command-handling';
import { Actor } from '@kernel/events';
import { UNIT_ID_PATTERN } from '@kernel/grant-scope';
import { refuse } from '@kernel/rules';
import { OrganisationDirectory, OrgUnit } from '../../organisation';
import { UnitMetric, UnitMetricPublished } from '../../shared';
import { defineReaction, Reaction } from '@infrastructure/projections/reaction';
import '../graphql/performance.enums';
import { forbid, isInstansiAdmin } from '../access/performance-access';
import { leadsUnit } from '../access/unit-access';
import { PerformanceRule as R } from '../performance.rules';
import { UnitPerformance } from '../read-models/unit-plans/unit-plan.schema';
import { unitPlansProjection } from '../read-models/unit-plans/unit-plans.projection';
import { CascadeIssuesQuery, CascadeReport, UnitPerformanceQuery } from '../read-models/unit-plans/unit-plans.query';
import { unitPlanDecider } from '../unit-plan/unit-plan.decider';
import { unitPlanIdOf, unitPlanStream } from '../unit-plan/unit-plan.events';

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;

@InputType()
export class UnitTargetInput {
  @Field(() => ID, { description: 'Code of the target (RHK of a JPT link to it).' }) @IdentifierText() @Matches(CODE, { message: '$property must be 1–32 letters, digits, _ . or -' }) targetId: string;
  @Field() @MultilineText() @IsString() @Length(1, 1000) sasaran: string;
  @Field({ description: 'IKU: indikator kinerja utama.' }) @MultilineText() @IsString() @Length(1, 500) indikator: string;
  @Field() @MultilineText() @IsString() @Length(1, 200) target: string;
  @Field(() => UnitMetric, { nullable: true, description: 'When the indikator is a published unit metric (IKM, % complaints closed within SLA…): its realisasi is taken from each publication, never typed in.' })
  @IsOptional()
  @IsEnum(UnitMetric)
  metric?: UnitMetric | null;
}

@InputType()
export class SetUnitTargetsInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: '$property must be a unit id' }) unitId: string;
  @Field(() => Int) @IsInt() @Min(2022) @Max(2100) year: number;
  @Field(() => [UnitTargetInput]) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => UnitTargetInput) targets: UnitTargetInput[];
  @Field(() => String, { nullable: true, description: 'Number of the perjanjian kinerja document.' }) @IsOptional() @NameText() @IsString() @Length(1, 100) perjanjianKinerja?: string | null;
}

@InputType()
export class ApproveUnitTargetsInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: '$property must be a unit id' }) unitId: string;
  @Field(() => Int) @IsInt() @Min(2022) @Max(2100) year: number;
}

export class SetUnitTargetsCommand extends Command<CommandResult> {
  constructor(readonly input: SetUnitTargetsInput, readonly context: CommandContext) {
    super();
  }
}
export class ApproveUnitTargetsCommand extends Command<CommandResult> {
  constructor(readonly input: ApproveUnitTargetsInput, readonly context: CommandContext) {
    super();
  }
}

/** The unit's plan: set by the unit head (PEJABAT_PENILAI of the unit), approved upward (a unit above, or ADMIN_BKD for the kepala daerah). */
@Injectable()
export class UnitPlanCommands {
  constructor(private readonly executor: CommandExecutor, private readonly organisation: OrganisationDirectory) {}

  async set(input: SetUnitTargetsInput, context: CommandContext): Promise<CommandResult> {
    const unit = await this.unit(input.unitId);
    const may = (actor: Actor) => isInstansiAdmin(actor, unit.instansiId) || actor.roles.some((g) => g.role === Role.PEJABAT_PENILAI && g.unit === input.unitId);
    if (!may(context.actor)) forbid('Menetapkan target unit (kepala unit atau ADMIN_BKD)');
    return this.executor.execute(
      unitPlanDecider,
      unitPlanStream(input.unitId, input.year),
      {
        type: 'SetUnitTargets',
        unitId: input.unitId,
        instansiId: unit.instansiId,
        year: input.year,
        targets: input.targets.map(({ targetId, sasaran, indikator, target, metric }) => ({ targetId, sasaran, indikator, target, metric: metric ?? null })),
        perjanjianKinerja: input.perjanjianKinerja ?? null,
        by: context.actor.id,
        at: context.occurredAt,
      },
      context,
      { authorize: (_s, actor) => void (may(actor) || forbid('Menetapkan target unit')) },
    );
  }

  async approve(input: ApproveUnitTargetsInput, context: CommandContext): Promise<CommandResult> {
    const unit = await this.unit(input.unitId);
    const may = (actor: Actor) => isInstansiAdmin(actor, unit.instansiId) || leadsUnit(actor, unit, input.unitId, true);
    if (!may(context.actor)) forbid('Menyetujui target unit (pimpinan di atas unit atau ADMIN_BKD)');
    return this.executor.execute(unitPlanDecider, unitPlanStream(input.unitId, input.year), { type: 'ApproveUnitTargets', unitId: input.unitId, instansiId: unit.instansiId, year: input.year, by: context.actor.id, at: context.occurredAt }, context, {
      authorize: (_s, actor) => void (may(actor) || forbid('Menyetujui target unit')),
    });
  }

  private async unit(unitId: string): Promise<OrgUnit> {
    const unit = await this.organisation.unit(unitId);
    if (!unit) refuse(R.UNIT_UNKNOWN, `Unit ${unitId} tidak ada`);
    return unit;
  }
}

@CommandHandler(SetUnitTargetsCommand)
export class SetUnitTargetsHandler implements ICommandHandler<SetUnitTargetsCommand> {
  constructor(private readonly plans: UnitPlanCommands) {}
  execute({ input, context }: SetUnitTargetsCommand) {
    return this.plans.set(input, context);
  }
}
@CommandHandler(ApproveUnitTargetsCommand)
export class ApproveUnitTargetsHandler implements ICommandHandler<ApproveUnitTargetsCommand> {
  constructor(private readonly plans: UnitPlanCommands) {}
  execute({ input, context }: ApproveUnitTargetsCommand) {
    return this.plans.approve(input, context);
  }
}

/** Node id `<unitId>.<year>`: the year is its last segment. */
const UNIT_PERFORMANCE_NODE = nodeView<UnitPerformance>('unitPerformance', [unitPlansProjection.name], (id, actor) => {
  const cut = id.lastIndexOf('.');
  return new UnitPerformanceQuery(id.slice(0, cut), Number(id.slice(cut + 1)), actor);
});
const UnitPerformancePayload = MutationPayload('UnitPerformancePayload', 'unitPerformance', UnitPerformance);

@ArgsType()
class UnitYearArgs {
  @Field(() => ID) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'unitId must be a unit id' }) unitId: string;
  @Field(() => Int) @IsInt() @Min(2022) @Max(2100) year: number;
}

@ArgsType()
class CascadeArgs extends UnitYearArgs {
  @Field(() => Int, { defaultValue: 50, description: 'How many issues to list (1–100); the summary counts them all.' }) @IsInt() @Min(1) @Max(100) first: number = 50;
}

@Resolver()
export class UnitPlanResolver {
  constructor(private readonly mutations: Mutations, private readonly queries: QueryBus) {}

  @Mutation(() => UnitPerformancePayload, { description: "Sets (or revises, until approved) the unit's targets for the year — IKU / perjanjian kinerja, the root of the SKP cascade. The unit head (PEJABAT_PENILAI of the unit) or ADMIN_BKD of the instansi." })
  @Roles(Role.PEJABAT_PENILAI, Role.ADMIN_BKD)
  setUnitTargets(@Args('input') input: SetUnitTargetsInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new SetUnitTargetsCommand(input, c), UNIT_PERFORMANCE_NODE, unitPlanIdOf(input.unitId, input.year));
  }

  @Mutation(() => UnitPerformancePayload, { description: "Approves the unit's targets; from then on a JPT's RHK utama must serve them. The next-higher leader (PEJABAT_PENILAI of a unit above) or ADMIN_BKD (for the kepala daerah)." })
  @Roles(Role.PEJABAT_PENILAI, Role.ADMIN_BKD)
  approveUnitTargets(@Args('input') input: ApproveUnitTargetsInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new ApproveUnitTargetsCommand(input, c), UNIT_PERFORMANCE_NODE, unitPlanIdOf(input.unitId, input.year));
  }

  @Query(() => UnitPerformance, { nullable: true, description: "A unit's organisational performance for the year: targets, approval, and the result and predikat kinerja organisasi once set. ADMIN_BKD or AUDITOR of the instansi, PEJABAT_PENILAI of the unit or above." })
  @Roles(Role.ADMIN_BKD, Role.AUDITOR, Role.PEJABAT_PENILAI)
  unitPerformance(@Args() args: UnitYearArgs, @CurrentActor() actor: Actor): Promise<UnitPerformance | null> {
    return this.queries.execute(new UnitPerformanceQuery(args.unitId, args.year, actor));
  }

  @Query(() => CascadeReport, { description: 'Cascade validation of the unit and the units below it for a year: orphan RHK utama, links to withdrawn superior RHK or unit targets, superior RHK no one intervenes in, unit targets no JPT serves — per unit. ADMIN_BKD or AUDITOR of the instansi, PEJABAT_PENILAI of the unit or above.' })
  @Roles(Role.ADMIN_BKD, Role.AUDITOR, Role.PEJABAT_PENILAI)
  cascadeIssues(@Args() args: CascadeArgs, @CurrentActor() actor: Actor): Promise<CascadeReport> {
    return this.queries.execute(new CascadeIssuesQuery(args.unitId, args.year, args.first, actor));
  }
}

/** The system records the realisasi as the instansi's BKD, on behalf of the module that published the figure. */
function metricActor(instansiId: string, cause: Actor): Actor {
  return { id: 'system:performance-unit-metrics', roles: [{ role: Role.ADMIN_BKD, unit: instansiId }], onBehalfOf: cause.id };
}

/**
 * A published unit metric (shared.UnitMetricPublished: IKM from public feedback, SLA figures, JP
 * compliance from training) becomes the realisasi of the targets of that unit's plan for the metric's
 * year that name it; the plan's decider decides which (none: nothing is written). The name is permanent.
 */
export function unitMetricRealisasiReaction(executor: CommandExecutor): Reaction {
  return defineReaction<UnitMetricPublished>({
    name: 'performance-unit-metric-realisasi',
    canHandle: ['shared.UnitMetricPublished'],
    async react(event, { commandContext }) {
      const { metric, instansiId, unitId, period, value, basis, source, publishedAt } = event.data;
      const year = Number(period.slice(0, 4));
      await executor.execute(
        unitPlanDecider,
        unitPlanStream(unitId, year),
        { type: 'RecordMetricRealisasi', unitId, instansiId, year, metric, period, value, basis, source, at: publishedAt },
        commandContext(metricActor(instansiId, event.actor)),
      );
    },
  });
}
