import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ReadModels } from '@infrastructure/projections/read-models';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { OrganisationDirectory } from '../../../organisation';
import { mayReadUnit } from '../../access/unit-access';
import { CascadeIssueKind, cascadeIssues, CascadeSkp } from '../../cascade/cascade-issues';
import { unitPlanIdOf } from '../../unit-plan/unit-plan.events';
import { unitPeriodIdOf } from '../../unit-period/unit-period.events';
import { PERFORMANCE_SKPS, Skp } from '../skps/skp.schema';
import { PERFORMANCE_UNIT_PERIODS, UnitPeriodDoc } from '../unit-periods/unit-period.schema';
import { PERFORMANCE_UNIT_PLANS, UnitPerformance } from './unit-plan.schema';

@ObjectType('CascadeIssue', { description: 'A break in the cascade from unit targets through the SKPs.' })
export class CascadeIssueView {
  @Field({ description: 'ORPHAN_RHK, WITHDRAWN_LINK, UNCOVERED_SUPERIOR_RHK or UNCOVERED_UNIT_TARGET.' }) kind: string;
  @Field(() => ID) unitId: string;
  @Field(() => ID, { nullable: true }) skpId: string | null;
  @Field(() => ID, { nullable: true }) rhkId: string | null;
  @Field(() => String, { nullable: true, description: 'What the link names: `<skpId>/<rhkId>` or a target id.' }) reference: string | null;
  @Field() message: string;
}

@ObjectType('CascadeUnitSummary', { description: 'Cascade issues of one unit, by kind.' })
export class CascadeUnitSummary {
  @Field(() => ID) unitId: string;
  @Field(() => Int) orphanRhk: number;
  @Field(() => Int) withdrawnLinks: number;
  @Field(() => Int) uncoveredSuperiorRhk: number;
  @Field(() => Int) uncoveredUnitTargets: number;
}

@ObjectType('CascadeReport', { description: 'Cascade validation of a unit and the units below it, for a year.' })
export class CascadeReport {
  @Field(() => ID) unitId: string;
  @Field(() => Int) year: number;
  @Field(() => Int) totalCount: number;
  @Field(() => [CascadeUnitSummary], { description: 'Units with at least one issue.' }) units: CascadeUnitSummary[];
  @Field(() => [CascadeIssueView], { description: 'The first `first` issues, by unit.' }) issues: CascadeIssueView[];
}

export class UnitPerformanceQuery extends Query<UnitPerformance | null> {
  constructor(readonly unitId: string, readonly year: number, readonly actor: Actor) {
    super();
  }
}
export class CascadeIssuesQuery extends Query<CascadeReport> {
  constructor(readonly unitId: string, readonly year: number, readonly first: number, readonly actor: Actor) {
    super();
  }
}

@QueryHandler(UnitPerformanceQuery)
export class UnitPerformanceQueryHandler implements IQueryHandler<UnitPerformanceQuery> {
  constructor(private readonly readModels: ReadModels, private readonly organisation: OrganisationDirectory) {}
  async execute({ unitId, year, actor }: UnitPerformanceQuery): Promise<UnitPerformance | null> {
    if (!(await mayReadUnit(actor, this.organisation, unitId))) throw new ForbiddenError(`Kinerja organisasi ${unitId} tidak dalam cakupan Anda`);
    const plan = await this.readModels.collection<UnitPerformance & { _id: string }>(PERFORMANCE_UNIT_PLANS).findById(unitPlanIdOf(unitId, year));
    if (!plan) return null;
    const period = await this.readModels.collection<UnitPeriodDoc>(PERFORMANCE_UNIT_PERIODS).findById(unitPeriodIdOf(unitId, String(year)));
    return { ...plan, organisationPredikat: period?.organisationPredikat ?? null, unitResult: period?.unitResult ?? null };
  }
}

const toCascade = (s: Skp & { _id: string }): CascadeSkp => ({
  skpId: s._id,
  employeeId: s.employeeId,
  unitId: s.unitId,
  jenisJabatan: s.jenisJabatan,
  pejabatPenilaiEmployeeId: s.pejabatPenilaiEmployeeId,
  pejabatPenilaiKind: s.pejabatPenilai.kind,
  rhk: s.rhk.map((r) => ({ rhkId: r.rhkId, kategori: r.kategori, intervensi: r.intervensi, unitTargetIds: r.unitTargetIds ?? [] })),
});

/** The cascade over the unit's subtree: SKPs of the year, the superior SKPs their links name, the units' plans. */
@QueryHandler(CascadeIssuesQuery)
export class CascadeIssuesQueryHandler implements IQueryHandler<CascadeIssuesQuery> {
  constructor(private readonly readModels: ReadModels, private readonly organisation: OrganisationDirectory) {}
  async execute({ unitId, year, first, actor }: CascadeIssuesQuery): Promise<CascadeReport> {
    if (!(await mayReadUnit(actor, this.organisation, unitId))) throw new ForbiddenError(`Kaskade ${unitId} tidak dalam cakupan Anda`);
    const unitIds = await this.organisation.subtreeUnitIds(unitId);
    const skpCollection = this.readModels.collection<Skp & { _id: string }>(PERFORMANCE_SKPS);
    const skps = await skpCollection.find({ unitId: { $in: unitIds }, year }, { sort: { _id: 1 } });
    const inSet = new Set(skps.map((s) => s._id));
    const named = [...new Set(skps.flatMap((s) => s.rhk.flatMap((r) => r.intervensi.map((l) => l.skpId))).filter((id) => !inSet.has(id)))];
    const superiors = named.length ? await skpCollection.find({ _id: { $in: named } }) : [];
    const plans = await this.readModels.collection<UnitPerformance & { _id: string }>(PERFORMANCE_UNIT_PLANS).find({ unitId: { $in: unitIds }, year });
    const issues = cascadeIssues(skps.map(toCascade), superiors.map(toCascade), plans.map((p) => ({ unitId: p.unitId, targetIds: p.targets.map((t) => t.targetId) })));
    const sorted = [...issues].sort((a, b) => a.unitId.localeCompare(b.unitId));
    const units = [...new Set(sorted.map((i) => i.unitId))].map((id) => {
      const of = (kind: string) => sorted.filter((i) => i.unitId === id && i.kind === kind).length;
      return { unitId: id, orphanRhk: of(CascadeIssueKind.ORPHAN_RHK), withdrawnLinks: of(CascadeIssueKind.WITHDRAWN_LINK), uncoveredSuperiorRhk: of(CascadeIssueKind.UNCOVERED_SUPERIOR_RHK), uncoveredUnitTargets: of(CascadeIssueKind.UNCOVERED_UNIT_TARGET) };
    });
    return { unitId, year, totalCount: sorted.length, units, issues: sorted.slice(0, first) };
  }
}
