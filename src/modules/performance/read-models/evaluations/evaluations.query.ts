import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Role } from '@infrastructure/auth/roles';
import { Filter } from '@infrastructure/document-store/document-store.port';
import { Connection, ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { ReadModels } from '@infrastructure/projections/read-models';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { OrganisationDirectory } from '../../../organisation';
import { instansiScope, Predikat } from '../../../shared';
import { isSelf, mayReadAppraisal } from '../../access/performance-access';
import { mayReadUnit } from '../../access/unit-access';
import { checkDistribution, countsOf } from '../../predikat/kurva-distribusi';
import { OrganisationPredikat, Rating } from '../../predikat/rating';
import { DistributionCheckView } from '../../simulate-distribution/simulate-distribution.resolver';
import { unitPeriodIdOf } from '../../unit-period/unit-period.events';
import { SkpStatus } from '../../skp/skp.vocabulary';
import { PERFORMANCE_SKPS, Skp, SkpAppraiser } from '../skps/skp.schema';
import { periodOverlaps } from '../../skp/segments';
import { PERFORMANCE_UNIT_PERIODS, PredikatCountsView, PredikatSignOff, UnitPeriodDoc } from '../unit-periods/unit-period.schema';
import { Evaluation, PERFORMANCE_EVALUATIONS } from './evaluation.schema';

type EvalDoc = Evaluation & { _id: string };

@ObjectType('PredikatDistribution', { description: "A unit's predicates for a period (aggregates only), checked against the kurva of its predikat kinerja organisasi." })
export class PredikatDistribution {
  @Field(() => ID) unitId: string;
  @Field() period: string;
  @Field(() => OrganisationPredikat, { nullable: true }) organisationPredikat: OrganisationPredikat | null;
  @Field(() => Rating, { nullable: true, description: "The unit's result (its head's rating hasil kerja)." }) unitResult: Rating | null;
  @Field(() => PredikatCountsView) counts: PredikatCountsView;
  @Field(() => Int) total: number;
  @Field(() => Int, { description: 'Approved SKPs of the unit (and below) without an evaluation for the period.' }) notEvaluated: number;
  @Field(() => DistributionCheckView, { nullable: true, description: 'Null until the organisation predikat is set.' }) check: DistributionCheckView | null;
  @Field(() => PredikatSignOff, { nullable: true }) signOff: PredikatSignOff | null;
}

@ObjectType('EvaluationSummary', { description: "One period's outcome on the unit board." })
export class EvaluationSummary {
  @Field() period: string;
  @Field(() => Rating) ratingHasilKerja: Rating;
  @Field(() => Rating) ratingPerilaku: Rating;
  @Field(() => Predikat) predikat: Predikat;
  @Field() closed: boolean;
}

@ObjectType('SkpBoardRow', { description: "A row of the unit's SKP board: the SKP and its evaluations so far." })
export class SkpBoardRow {
  @Field(() => ID, { name: 'id', description: 'The SKP id.' }) _id: string;
  @Field(() => ID) employeeId: string;
  @Field(() => ID) unitId: string;
  @Field(() => ID) positionId: string;
  @Field(() => SkpStatus) status: SkpStatus;
  @Field(() => SkpAppraiser) pejabatPenilai: SkpAppraiser;
  @Field(() => [EvaluationSummary]) evaluations: EvaluationSummary[];
}
export const SkpBoardConnection = Connection(SkpBoardRow);

export class EvaluationQuery extends Query<Evaluation | null> {
  constructor(readonly evaluationId: string, readonly actor: Actor) {
    super();
  }
}
export class PredikatDistributionQuery extends Query<PredikatDistribution> {
  constructor(readonly unitId: string, readonly period: string, readonly actor: Actor) {
    super();
  }
}
export class SkpBoardQuery extends Query<ConnectionShape<SkpBoardRow>> {
  constructor(readonly unitId: string, readonly year: number, readonly actor: Actor, readonly page: { first: number; after?: string }) {
    super();
  }
}
export class AppraisalHistoryQuery extends Query<ConnectionShape<Evaluation>> {
  constructor(readonly employeeId: string, readonly actor: Actor, readonly page: { first: number; after?: string }) {
    super();
  }
}

const subjectOf = (e: EvalDoc) => ({ employeeId: e.employeeId, instansiId: e.instansiId, pejabatPenilaiEmployeeId: e.pejabatPenilaiEmployeeId, atasanEmployeeId: e.atasanEmployeeId });

@QueryHandler(EvaluationQuery)
export class EvaluationQueryHandler implements IQueryHandler<EvaluationQuery> {
  constructor(private readonly readModels: ReadModels) {}
  async execute({ evaluationId, actor }: EvaluationQuery): Promise<Evaluation | null> {
    const doc = await this.readModels.collection<EvalDoc>(PERFORMANCE_EVALUATIONS).findById(evaluationId);
    if (doc && !mayReadAppraisal(actor, subjectOf(doc))) throw new ForbiddenError('Penilaian ini tidak dalam cakupan Anda');
    return doc;
  }
}

@QueryHandler(PredikatDistributionQuery)
export class PredikatDistributionQueryHandler implements IQueryHandler<PredikatDistributionQuery> {
  constructor(private readonly readModels: ReadModels, private readonly organisation: OrganisationDirectory) {}
  async execute({ unitId, period, actor }: PredikatDistributionQuery): Promise<PredikatDistribution> {
    if (!(await mayReadUnit(actor, this.organisation, unitId))) throw new ForbiddenError(`Distribusi predikat ${unitId} tidak dalam cakupan Anda`);
    const unitIds = await this.organisation.subtreeUnitIds(unitId);
    const evaluations = await this.readModels.collection<EvalDoc>(PERFORMANCE_EVALUATIONS).find({ unitId: { $in: unitIds }, period });
    const year = Number(period.slice(0, 4));
    // A segment of a transfer's year is due for the periods it overlaps.
    const approved = (await this.readModels.collection<Skp & { _id: string }>(PERFORMANCE_SKPS).find({ unitId: { $in: unitIds }, year, status: 'APPROVED' })).filter((s) => periodOverlaps(period, s));
    const evaluated = new Set(evaluations.map((e) => e.skpId));
    const doc = await this.readModels.collection<UnitPeriodDoc>(PERFORMANCE_UNIT_PERIODS).findById(unitPeriodIdOf(unitId, period));
    const counts = countsOf(evaluations.map((e) => e.predikat));
    const organisationPredikat = doc?.organisationPredikat ?? null;
    const check = organisationPredikat ? checkDistribution(organisationPredikat, counts) : null;
    return {
      unitId,
      period,
      organisationPredikat,
      unitResult: doc?.unitResult ?? null,
      counts,
      total: evaluations.length,
      notEvaluated: approved.filter((s) => !evaluated.has(s._id)).length,
      check: check && { allowed: check.allowed, total: check.total, policyVersion: check.policyVersion, violations: check.violations.map(({ rule, actual, required, actualCount, requiredCount, message }) => ({ rule, actual, required, actualCount, requiredCount, message })) },
      signOff: doc?.signOff ?? null,
    };
  }
}

/**
 * The unit's SKP board: ADMIN_BKD and AUDITOR of the instansi see every row; anyone else only the
 * rows they appraise or stand above as atasan (individual results are for the appraiser chain).
 */
@QueryHandler(SkpBoardQuery)
export class SkpBoardQueryHandler implements IQueryHandler<SkpBoardQuery> {
  constructor(private readonly readModels: ReadModels, private readonly organisation: OrganisationDirectory, private readonly pages: Paginator) {}
  async execute({ unitId, year, actor, page }: SkpBoardQuery): Promise<ConnectionShape<SkpBoardRow>> {
    if (!(await mayReadUnit(actor, this.organisation, unitId))) throw new ForbiddenError(`Papan SKP ${unitId} tidak dalam cakupan Anda`);
    const unit = (await this.organisation.unit(unitId))!;
    const scope = instansiScope(actor, [Role.ADMIN_BKD, Role.AUDITOR]);
    const unitIds = await this.organisation.subtreeUnitIds(unitId);
    const base: Filter = { unitId: { $in: unitIds }, year };
    const filter: Filter = scope === 'all' || scope.includes(unit.instansiId) ? base : { ...base, $or: [{ pejabatPenilaiEmployeeId: actor.id }, { atasanEmployeeId: actor.id }] };
    const skps = await this.pages.paginate(this.readModels.collection<Skp & { _id: string }>(PERFORMANCE_SKPS), filter, page);
    const ids = skps.edges.map((e) => e.node._id);
    const evaluations = ids.length ? await this.readModels.collection<EvalDoc>(PERFORMANCE_EVALUATIONS).find({ skpId: { $in: ids } }, { sort: { _id: 1 } }) : [];
    return {
      ...skps,
      edges: skps.edges.map(({ node, cursor }) => ({
        cursor,
        node: {
          _id: node._id,
          employeeId: node.employeeId,
          unitId: node.unitId,
          positionId: node.positionId,
          status: node.status,
          pejabatPenilai: node.pejabatPenilai,
          evaluations: evaluations.filter((e) => e.skpId === node._id).map(({ period, ratingHasilKerja, ratingPerilaku, predikat, closed }) => ({ period, ratingHasilKerja, ratingPerilaku, predikat, closed })),
        },
      })),
    };
  }
}

/**
 * An employee's evaluations over the years: the employee and ADMIN_BKD/AUDITOR of the instansi see
 * all; an appraiser sees those where they were the pejabat penilai or atasan at the time.
 */
@QueryHandler(AppraisalHistoryQuery)
export class AppraisalHistoryQueryHandler implements IQueryHandler<AppraisalHistoryQuery> {
  constructor(private readonly readModels: ReadModels, private readonly pages: Paginator) {}
  execute({ employeeId, actor, page }: AppraisalHistoryQuery): Promise<ConnectionShape<Evaluation>> {
    const scope = instansiScope(actor, [Role.ADMIN_BKD, Role.AUDITOR]);
    const filter: Filter =
      isSelf(actor, employeeId) || scope === 'all'
        ? { employeeId }
        : { employeeId, $or: [{ instansiId: { $in: [...scope] } }, { pejabatPenilaiEmployeeId: actor.id }, { atasanEmployeeId: actor.id }] };
    return this.pages.paginate(this.readModels.collection<EvalDoc>(PERFORMANCE_EVALUATIONS), filter, page);
  }
}
