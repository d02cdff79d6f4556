import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { APP_CONFIG, AppConfig } from '@config/config';
import { CurrentActor, Public, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { Connection, ConnectionArgs, ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { ReadModels } from '@infrastructure/projections/read-models';
import { CommandContextFactory } from '@kernel/command-context';
import { CommandExecutor } from '@kernel/command-handling';
import { Actor } from '@kernel/events';
import { INSTANSI_ID_PATTERN, UNIT_ID_PATTERN } from '@kernel/grant-scope';
import { refuse } from '@kernel/rules';
import { OrganisationDirectory } from '../../organisation';
import { assertCoordinator } from '../access/feedback-access';
import { FeedbackRule, PERIOD_PATTERN } from '../feedback.rules';
import { FEEDBACK_REPORTS, FeedbackReportDoc } from '../read-models/reports';
import { PublicUnitMetric, UNIT_METRICS, UnitMetricDoc, unitMetricsProjection } from '../read-models/unit-metrics';
import { metricsDecider, metricsStream } from './metrics.decider';
import { medianResponseWorkingDays, withinSlaPct } from './unit-metrics';

@ObjectType('SuppressedCount', { description: 'A count, withheld (null) when it is 1 to k−1: small cells could single out a person.' })
class SuppressedCount {
  @Field() key: string;
  @Field(() => Int, { nullable: true }) count: number | null;
  @Field() suppressed: boolean;
}

@ObjectType('UnitFeedbackFigures', { description: 'What the public may see of one unit: counts only, small cells suppressed; never an individual.' })
class UnitFeedbackFigures {
  @Field(() => ID) unitId: string;
  @Field(() => SuppressedCount) total: SuppressedCount;
  @Field(() => [SuppressedCount]) byKind: SuppressedCount[];
  @Field(() => [SuppressedCount]) byStatus: SuppressedCount[];
}

@ObjectType('FeedbackTransparency', { description: 'The transparency board of an instansi for a year.' })
class FeedbackTransparency {
  @Field(() => ID) instansiId: string;
  @Field(() => Int) year: number;
  @Field(() => Int, { description: 'k: the smallest count shown.' }) minCellSize: number;
  @Field(() => [UnitFeedbackFigures]) units: UnitFeedbackFigures[];
}

const PublicUnitMetricConnection = Connection(PublicUnitMetric);

@ArgsType()
class TransparencyArgs {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId harus id instansi' }) instansiId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
}

@ArgsType()
class UnitMetricsArgs extends ConnectionArgs {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId harus id instansi' }) instansiId: string;
  @Field() @IdentifierText() @Matches(PERIOD_PATTERN, { message: 'period harus 2026, 2026-S1, 2026-Q3 atau 2026-07' }) period: string;
}

@InputType()
export class PublishUnitFeedbackMetricsInput extends CommandInput {
  @Field(() => ID, { description: 'The OPD (reports disposed to it count).' }) @IdentifierText() @Matches(UNIT_ID_PATTERN, { message: 'unitId harus id unit kerja' }) unitId: string;
  @Field(() => Int, { description: 'Year of submission.' }) @IsInt() @Min(2000) @Max(2100) year: number;
}

@ObjectType('PublishUnitFeedbackMetricsPayload')
class PublishUnitFeedbackMetricsPayload {
  @Field(() => Float) position: number;
  @Field() duplicate: boolean;
  @Field(() => [PublicUnitMetric], { description: 'The figures as now published (the public suppression applied).' }) metrics: PublicUnitMetric[];
}

/** Instants bounding a WIB calendar year. */
function wibYear(year: number): { $gte: string; $lt: string } {
  return { $gte: `${year - 1}-12-31T17:00:00.000Z`, $lt: `${year}-12-31T17:00:00.000Z` };
}

@Resolver()
export class TransparencyResolver {
  constructor(
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
    private readonly executor: CommandExecutor,
    private readonly contexts: CommandContextFactory,
    private readonly organisation: OrganisationDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => PublishUnitFeedbackMetricsPayload, { description: "Publishes an OPD's complaint figures for a year as shared.UnitMetricPublished: COMPLAINTS_WITHIN_SLA_PCT (closed without a missed SLA) and MEDIAN_RESPONSE_WORKING_DAYS (disposition to first follow-up); nothing when unchanged. COMPLAINT_OFFICER coordinator of the instansi." })
  @Roles(Role.COMPLAINT_OFFICER)
  async publishUnitFeedbackMetrics(@Args('input') input: PublishUnitFeedbackMetricsInput, @CurrentActor() actor: Actor) {
    const unit = await this.organisation.unit(input.unitId);
    if (!unit || unit.parentUnitId !== null) refuse(FeedbackRule.UNIT_UNKNOWN, `${input.unitId} bukan OPD yang dikenal`);
    assertCoordinator(actor, unit.instansiId, 'Menerbitkan angka pengaduan');
    const reports = await this.readModels.collection<FeedbackReportDoc>(FEEDBACK_REPORTS).find({ disposedTo: unit._id, submittedAt: wibYear(input.year) });
    const period = String(input.year);
    const context = this.contexts.forActor(actor, input);
    const figures = [
      { metric: 'COMPLAINTS_WITHIN_SLA_PCT' as const, ...withinSlaPct(reports) },
      { metric: 'MEDIAN_RESPONSE_WORKING_DAYS' as const, ...medianResponseWorkingDays(reports) },
    ];
    const result = await this.executor.execute(metricsDecider, metricsStream(unit._id, period), { type: 'PublishFeedbackMetrics', unitId: unit._id, instansiId: unit.instansiId, period, figures, at: context.occurredAt }, context);
    await this.readModels.waitFor(result.position, unitMetricsProjection.name);
    const docs = await this.metrics().find({ unitId: unit._id, period }, { sort: { _id: 1 }, limit: 20 });
    return { position: result.position, duplicate: result.duplicate, metrics: docs.map((d) => this.publicMetric(d)) };
  }

  @Query(() => PublicUnitMetricConnection, { description: "Published unit metrics of an instansi for a period, from every module (IKM, complaint SLA and response time, JP compliance…); a value on fewer than k observations is withheld. Public." })
  @Public()
  async unitMetrics(@Args() args: UnitMetricsArgs): Promise<ConnectionShape<PublicUnitMetric>> {
    const page = await this.pages.paginate(this.metrics(), { instansiId: args.instansiId, period: args.period }, { first: args.first, after: args.after });
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: this.publicMetric(e.node as unknown as UnitMetricDoc) })) };
  }

  @Query(() => FeedbackTransparency, { description: 'Report counts per unit of an instansi for a year, by kind and by status, small cells (1 to k−1) withheld. Public.' })
  @Public()
  async feedbackTransparency(@Args() args: TransparencyArgs): Promise<FeedbackTransparency> {
    const k = this.config.publicFeedback.minCellSize;
    const rows = await this.readModels.collection<FeedbackReportDoc>(FEEDBACK_REPORTS).aggregate<{ _id: { unitId: string; kind: string; status: string }; count: number }>([
      { $match: { instansiId: args.instansiId, submittedAt: wibYear(args.year) } },
      { $group: { _id: { unitId: '$unitId', kind: '$kind', status: '$status' }, count: { $sum: 1 } } },
    ]);
    const cell = (key: string, count: number): SuppressedCount => (count > 0 && count < k ? { key, count: null, suppressed: true } : { key, count, suppressed: false });
    const byUnit = new Map<string, { total: number; kinds: Map<string, number>; statuses: Map<string, number> }>();
    for (const row of rows) {
      const unit = byUnit.get(row._id.unitId) ?? { total: 0, kinds: new Map(), statuses: new Map() };
      unit.total += row.count;
      unit.kinds.set(row._id.kind, (unit.kinds.get(row._id.kind) ?? 0) + row.count);
      unit.statuses.set(row._id.status, (unit.statuses.get(row._id.status) ?? 0) + row.count);
      byUnit.set(row._id.unitId, unit);
    }
    const units = [...byUnit.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([unitId, u]) => ({
      unitId,
      total: cell('TOTAL', u.total),
      byKind: [...u.kinds.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => cell(key, count)),
      byStatus: [...u.statuses.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => cell(key, count)),
    }));
    return { instansiId: args.instansiId, year: args.year, minCellSize: k, units };
  }

  private metrics() {
    return this.readModels.collection<UnitMetricDoc>(UNIT_METRICS);
  }

  private publicMetric(d: UnitMetricDoc): PublicUnitMetric {
    const suppressed = d.basis < this.config.publicFeedback.minCellSize;
    return { unitId: d.unitId, metric: d.metric, period: d.period, value: suppressed ? null : d.value, basis: d.basis, suppressed, source: d.source, publishedAt: d.publishedAt };
  }
}
