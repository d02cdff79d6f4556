import { Injectable } from '@nestjs/common';
import { ReadModels } from '@infrastructure/projections/read-models';
import { jakartaDate } from '@infrastructure/scheduling';
import { childContext, CommandContext, CommandExecutor, CommandResult } from '@kernel/command-handling';
import { Actor } from '@kernel/events';
import { deriveId } from '@kernel/ids';
import { refuse, refuseIfAny } from '@kernel/rules';
import { OrganisationDirectory, OrgUnit } from '../../organisation';
import { actsAs, forbid, isInstansiAdmin, mayAppraise } from '../access/performance-access';
import { leadsUnit } from '../access/unit-access';
import { AGGREGATION_POLICY_2022 } from '../evaluation/aggregation';
import { AssessmentInput, evaluationDecider } from '../evaluation/evaluation.decider';
import { evaluationIdOf, evaluationStream } from '../evaluation/evaluation.events';
import { PerformanceRule as R } from '../performance.rules';
import { KURVA_POLICY_2022 } from '../predikat/kurva-distribusi';
import { OrganisationPredikat, Rating } from '../predikat/rating';
import { Evaluation, PERFORMANCE_EVALUATIONS } from '../read-models/evaluations/evaluation.schema';
import { PERFORMANCE_SKPS, Skp } from '../read-models/skps/skp.schema';
import { SkpCommands } from '../skp-commands/skp-commands';
import { isAnnual, periodProblems } from '../skp/periods';
import { segmentPeriodProblems } from '../skp/skp.decider';
import { periodOverlaps } from '../skp/segments';
import { unitPeriodDecider } from '../unit-period/unit-period.decider';
import { unitPeriodStream } from '../unit-period/unit-period.events';

/** What the appraiser sends for a period (or a correction). */
export interface AssessmentFields {
  readonly ratings: readonly { readonly rhkId: string; readonly rating: Rating; readonly note: string | null }[];
  readonly hasilKerjaOverride: { readonly rating: Rating; readonly reason: string } | null;
  readonly ratingPerilaku: Rating;
  readonly perilakuNote: string | null;
}

/**
 * Evaluation and sign-off (checklist 6–8, 10): the pejabat penilai rates the period; the next-higher
 * leader sets the unit's result and predikat kinerja organisasi; the unit's leader signs the
 * predicates off against the kurva, which closes every evaluation of the unit and period; afterwards
 * only a correction approved by the atasan pejabat penilai changes one.
 */
@Injectable()
export class EvaluationCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly skps: SkpCommands,
    private readonly organisation: OrganisationDirectory,
    private readonly readModels: ReadModels,
  ) {}

  async evaluate(fields: AssessmentFields & { skpId: string; period: string }, context: CommandContext): Promise<CommandResult & { evaluationId: string }> {
    const skp = await this.skps.existing(fields.skpId, context.actor);
    const appraiser = skp.pejabatPenilai;
    if (!mayAppraise(context.actor, appraiser, skp.instansiId)) forbid('Menilai kinerja');
    if (skp.status !== 'APPROVED') refuse(R.SKP_NOT_APPROVED, 'Penilaian hanya atas SKP yang sudah disetujui');
    refuseIfAny([...periodProblems(fields.period, skp.year), ...segmentPeriodProblems(fields.period, skp)]);
    const evaluationId = evaluationIdOf(fields.skpId, fields.period);
    const unitSignedOff = await this.signedOffAround(skp.unitId, fields.period);
    const result = await this.executor.execute(
      evaluationDecider,
      evaluationStream(evaluationId),
      {
        type: 'EvaluatePeriod',
        header: {
          evaluationId,
          skpId: skp.skpId,
          employeeId: skp.employeeId,
          instansiId: skp.instansiId,
          unitId: skp.unitId,
          year: skp.year,
          period: fields.period,
          pejabatPenilaiEmployeeId: appraiser.employeeId,
          atasanEmployeeId: skp.atasanPejabatPenilai.employeeId,
        },
        ...(await this.assessmentInput(fields, skp, fields.period)),
        unitSignedOff,
        today: jakartaDate(new Date(context.occurredAt)),
        by: context.actor.id,
        at: context.occurredAt,
      },
      context,
      { authorize: (_s, actor) => void (mayAppraise(actor, appraiser, skp.instansiId) || forbid('Menilai kinerja')) },
    );
    return { ...result, evaluationId };
  }

  /** A closed evaluation changes only by a correction the atasan pejabat penilai approves (makes), with a reason. */
  async correct(fields: AssessmentFields & { evaluationId: string; reason: string }, context: CommandContext): Promise<CommandResult> {
    const { state } = await this.executor.load(evaluationDecider, evaluationStream(fields.evaluationId));
    if (!state.exists) return context.actor.roles.some((g) => g.unit === '*') ? refuse(R.EVALUATION_UNKNOWN, `Penilaian ${fields.evaluationId} tidak ada`) : forbid('Mengoreksi penilaian');
    const skp = await this.skps.existing(state.skpId, context.actor);
    const approver = (actor: Actor) => (skp.atasanPejabatPenilai.kind === 'KEPALA_DAERAH' ? isInstansiAdmin(actor, skp.instansiId) : actsAs(actor, state.atasanEmployeeId));
    if (!approver(context.actor)) forbid('Mengoreksi penilaian (atasan pejabat penilai)');
    return this.executor.execute(
      evaluationDecider,
      evaluationStream(fields.evaluationId),
      { type: 'CorrectEvaluation', ...(await this.assessmentInput(fields, skp, state.period)), publishesYear: await this.publishesYear(state.skpId, state.employeeId, state.year, state.period), reason: fields.reason, approvedBy: context.actor.id, at: context.occurredAt },
      context,
      { authorize: (_s, actor) => void (approver(actor) || forbid('Mengoreksi penilaian')) },
    );
  }

  /** The next-higher leader (a PEJABAT_PENILAI of a unit above) or ADMIN_BKD of the instansi sets it. */
  async setOrganisationPredikat(fields: { unitId: string; period: string; organisationPredikat: OrganisationPredikat; unitResult: Rating }, context: CommandContext): Promise<CommandResult> {
    const unit = await this.requireUnit(fields.unitId);
    const may = async (actor: Actor) => isInstansiAdmin(actor, unit.instansiId) || (leadsUnit(actor, unit, fields.unitId, true));
    if (!(await may(context.actor))) forbid('Menetapkan predikat kinerja organisasi (pimpinan di atas unit atau ADMIN_BKD)');
    refuseIfAny(periodProblems(fields.period, Number(fields.period.slice(0, 4))));
    return this.executor.execute(
      unitPeriodDecider,
      unitPeriodStream(fields.unitId, fields.period),
      { type: 'SetOrganisationPredikat', ...fields, instansiId: unit.instansiId, today: jakartaDate(new Date(context.occurredAt)), by: context.actor.id, at: context.occurredAt },
      context,
      { authorize: async (_s, actor) => void ((await may(actor)) || forbid('Menetapkan predikat kinerja organisasi')) },
    );
  }

  /**
   * Penetapan predikat for a unit (and the units below it) and period: every approved SKP evaluated,
   * the predicates checked against the kurva (outside it only with a justification), then every
   * evaluation closed under a command id derived from this one, so a repeat closes nothing twice.
   */
  async signOff(fields: { unitId: string; period: string; justification: string | null }, context: CommandContext): Promise<CommandResult> {
    const unit = await this.requireUnit(fields.unitId);
    const may = async (actor: Actor) => isInstansiAdmin(actor, unit.instansiId) || (leadsUnit(actor, unit, fields.unitId, false));
    if (!(await may(context.actor))) forbid('Menetapkan predikat (pimpinan unit atau ADMIN_BKD)');
    const year = Number(fields.period.slice(0, 4));
    refuseIfAny(periodProblems(fields.period, year));
    const unitIds = await this.organisation.subtreeUnitIds(fields.unitId);
    const evaluations = await this.readModels.collection<Evaluation & { _id: string }>(PERFORMANCE_EVALUATIONS).find({ unitId: { $in: unitIds }, period: fields.period }, { sort: { _id: 1 } });
    // A segment of a transfer's year counts for the periods it overlaps.
    const approved = (await this.readModels.collection<Skp & { _id: string }>(PERFORMANCE_SKPS).find({ unitId: { $in: unitIds }, year, status: 'APPROVED' }, { sort: { _id: 1 } })).filter((s) => periodOverlaps(fields.period, s));
    const evaluated = new Set(evaluations.map((e) => e.skpId));
    const signOffId = deriveId(context.commandId, 'performance.sign-off');
    const signed = await this.executor.execute(
      unitPeriodDecider,
      unitPeriodStream(fields.unitId, fields.period),
      {
        type: 'SignOffPredikat',
        signOffId,
        unitId: fields.unitId,
        instansiId: unit.instansiId,
        period: fields.period,
        evaluations: evaluations.map((e) => ({ evaluationId: e._id, employeeId: e.employeeId, predikat: e.predikat })),
        missing: approved.filter((s) => !evaluated.has(s._id)).map((s) => s._id),
        justification: fields.justification,
        policy: KURVA_POLICY_2022,
        today: jakartaDate(new Date(context.occurredAt)),
        by: context.actor.id,
        at: context.occurredAt,
      },
      context,
      { authorize: async (_s, actor) => void ((await may(actor)) || forbid('Menetapkan predikat')) },
    );
    let position = signed.position;
    for (const e of evaluations) {
      const publishesYear = await this.publishesYear(e.skpId, e.employeeId, year, fields.period);
      const closed = await this.executor.execute(evaluationDecider, evaluationStream(e._id), { type: 'CloseEvaluation', signOffId, publishesYear, at: context.occurredAt }, childContext(context, `close:${e._id}`));
      position = Math.max(position, closed.position);
    }
    return { ...signed, position };
  }

  /**
   * Whether an annual evaluation's predikat is the employee's predikat of the year (KP, awards): the
   * SKP segment covering the most months, a tie the later [M]. Always for an undivided year.
   */
  private async publishesYear(skpId: string, employeeId: string, year: number, period: string): Promise<boolean> {
    if (!isAnnual(period)) return false;
    const segment = await this.skps.yearSegment(employeeId, year);
    return segment === null || segment.skpId === skpId;
  }

  private async assessmentInput(fields: AssessmentFields, skp: Awaited<ReturnType<SkpCommands['existing']>>, period: string): Promise<AssessmentInput> {
    const isHead = (await this.organisation.position(skp.positionId))?.position.isUnitHead ?? false;
    const unitResult = isHead ? (await this.executor.load(unitPeriodDecider, unitPeriodStream(skp.unitId, period))).state.unitResult : null;
    return {
      ratings: fields.ratings.map(({ rhkId, rating, note }) => ({ rhkId, rating, note })),
      rhk: skp.content.rhk.map(({ rhkId, kategori, rencanaKinerja }) => ({ rhkId, kategori, rencanaKinerja })),
      hasilKerjaOverride: fields.hasilKerjaOverride,
      ratingPerilaku: fields.ratingPerilaku,
      perilakuNote: fields.perilakuNote,
      unitResult,
      policy: AGGREGATION_POLICY_2022,
    };
  }

  /** Signed off for the employee's unit or any unit above it (a sign-off covers the units below). */
  private async signedOffAround(unitId: string, period: string): Promise<boolean> {
    const unit = await this.organisation.unit(unitId);
    for (const id of [unitId, ...(unit?.ancestors ?? [])]) {
      if ((await this.executor.load(unitPeriodDecider, unitPeriodStream(id, period))).state.signedOff) return true;
    }
    return false;
  }

  private async requireUnit(unitId: string): Promise<OrgUnit> {
    const unit = await this.organisation.unit(unitId);
    if (!unit) refuse(R.UNIT_UNKNOWN, `Unit ${unitId} tidak ada`);
    return unit;
  }
}

