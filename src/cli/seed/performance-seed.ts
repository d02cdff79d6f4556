import { Role } from '@infrastructure/auth/roles';
import { Actor } from '@kernel/events';
import { PerformanceRule } from '@modules/performance';
import { CorrectEvaluationCommand, EvaluatePeriodCommand, SetOrganisationPredikatCommand, SignOffPredikatCommand } from '@modules/performance/evaluation-commands/evaluation.resolver';
import { CorrectEvaluationInput, EvaluatePeriodInput, SetOrganisationPredikatInput, SignOffPredikatInput } from '@modules/performance/evaluation-commands/evaluation.inputs';
import { ApproveSkpCommand, DraftSkpCommand, OverrideSkpAppraiserCommand, SubmitSkpCommand } from '@modules/performance/skp-commands/skp.operations';
import { DraftSkpInput, OverrideSkpAppraiserInput, SkpRefInput } from '@modules/performance/skp-commands/skp.inputs';
import { ApproveUnitTargetsCommand, ApproveUnitTargetsInput, SetUnitTargetsCommand, SetUnitTargetsInput } from '@modules/performance/unit-plan-commands/unit-plan.resolver';
import { AddProjectMemberInput, DefineProjectOutputInput, FormProjectInput, RateProjectMemberInput, ReportProjectMilestoneInput } from '@modules/performance/project-commands/project.inputs';
import { AddProjectMemberCommand, DefineProjectOutputCommand, FormProjectCommand, RateProjectMemberCommand, ReportProjectMilestoneCommand } from '@modules/performance/project-commands/project.resolver';
import type { SeedChain, SeedPhase, SeedStep } from './commands';
import type { SeedPlan } from './generator';
import { PERFORMANCE_YEAR, PERIODS, PerformancePlan, PlanAppraiser, planPerformance, planProject, ProjectPlan, SkpPlan } from './performance-plan';

type Make = (input: any, context: any) => any;
type StepFn = (key: string, type: new () => object, fields: object, make: Make, options?: { actor?: Actor; expectedRules?: readonly string[]; reason?: string }) => SeedStep;

export interface PerformanceSeedSummary {
  readonly opds: number;
  readonly skps: number;
  readonly overrides: number;
  readonly evaluations: number;
  readonly signOffs: number;
  readonly corrections: number;
  readonly excluded: number;
  /** Members of the Dinas Kesehatan project (0 when the organisation has none). */
  readonly projectMembers: number;
  /** Commands the plan means to be refused (counted as refused as planned). */
  readonly plannedRefusals: number;
}

/** An employee acting in person (EMPLOYEE of themselves). */
function personal(employeeId: string): Actor {
  return { id: employeeId, roles: [{ role: Role.EMPLOYEE, unit: employeeId }] };
}

/**
 * The project as one chain: the OPD head forms it, the lead (a Kabid, as PEJABAT_PENILAI of their
 * bidang) adds the members and the output, a member reports the first milestone, and the lead rates
 * each member for Q1 and Q2 — which lands on the member's SKP.
 */
function projectChain(project: ProjectPlan, step: StepFn, key: (what: string) => string): SeedStep[] {
  const lead: Actor = { id: project.lead.employeeId, roles: [{ role: Role.PEJABAT_PENILAI, unit: project.lead.unitId }] };
  const { projectId } = project;
  const output = { projectId, outputId: 'peta-risiko', title: 'Peta balita berisiko stunting per kecamatan', target: '21 kecamatan', milestones: [{ milestoneId: 'data-posyandu', title: 'Data posyandu terkumpul', dueDate: '2026-03-31' }, { milestoneId: 'peta-terbit', title: 'Peta terbit dan dipakai puskesmas', dueDate: '2026-06-30' }] };
  return [
    step(key(`project:${projectId}:form`), FormProjectInput, { projectId, unitId: project.opdUnitId, name: 'Percepatan penurunan stunting', description: 'Tim lintas bidang Dinas Kesehatan: data posyandu, surveilans gizi, intervensi keluarga berisiko', year: PERFORMANCE_YEAR, leadEmployeeId: project.lead.employeeId }, (x, c) => new FormProjectCommand(x, c), { actor: { id: project.formedBy.employeeId, roles: [{ role: Role.PEJABAT_PENILAI, unit: project.formedBy.unitId }] } }),
    ...project.members.map((m) => step(key(`project:${projectId}:member:${m.employeeId}`), AddProjectMemberInput, { projectId, employeeId: m.employeeId, rhkId: m.rhkId, peran: m.peran }, (x, c) => new AddProjectMemberCommand(x, c), { actor: lead })),
    step(key(`project:${projectId}:output`), DefineProjectOutputInput, output, (x, c) => new DefineProjectOutputCommand(x, c), { actor: lead }),
    step(key(`project:${projectId}:milestone:data-posyandu`), ReportProjectMilestoneInput, { projectId, outputId: 'peta-risiko', milestoneId: 'data-posyandu', reachedOn: '2026-03-27', note: 'Data 410 posyandu masuk dan divalidasi', evidence: null }, (x, c) => new ReportProjectMilestoneCommand(x, c), { actor: personal(project.members[0].employeeId) }),
    step(key(`project:${projectId}:milestone:peta-terbit`), ReportProjectMilestoneInput, { projectId, outputId: 'peta-risiko', milestoneId: 'peta-terbit', reachedOn: '2026-06-19', note: 'Peta terbit; dipakai 41 puskesmas', evidence: null }, (x, c) => new ReportProjectMilestoneCommand(x, c), { actor: lead }),
    ...project.ratings.map((r) => step(key(`project:${projectId}:rate:${r.employeeId}:${r.period}`), RateProjectMemberInput, { projectId, ...r }, (x, c) => new RateProjectMemberCommand(x, c), { actor: lead })),
  ];
}

/** A pejabat penilai acting in person (their grant names their unit); the kepala daerah's steps are the seed's (ADMIN_BKD). */
function actorOf(a: PlanAppraiser): Actor | undefined {
  return 'kepalaDaerah' in a ? undefined : { id: a.employeeId, roles: [{ role: Role.PEJABAT_PENILAI, unit: a.unitId }] };
}

/**
 * The performance year (2026) as commands (plan: performance-plan.ts). Phases: each OPD's targets and
 * organisation predikat; the SKPs per OPD in approval order (one chain: approvals wait for the
 * appraiser's own); the evaluations per employee; then, once the read models hold them, the sign-off
 * per OPD and period, a re-rating of a closed period (refused as planned) and the corrections.
 */
export function performancePhases(plan: SeedPlan, step: StepFn): { phases: SeedPhase[]; summary: PerformanceSeedSummary; performance: PerformancePlan } {
  const perf = planPerformance(plan);
  const key = (what: string) => `performance:${PERFORMANCE_YEAR}:${what}`;
  let plannedRefusals = 0;

  const plans: SeedChain[] = perf.opds.map((o) => [
    step(key(`targets:${o.unitId}`), SetUnitTargetsInput, { unitId: o.unitId, year: PERFORMANCE_YEAR, targets: o.targets.map((t) => ({ ...t })), perjanjianKinerja: o.perjanjianKinerja }, (x, c) => new SetUnitTargetsCommand(x, c), { actor: actorOf(o.head) }),
    step(key(`targets:${o.unitId}:approve`), ApproveUnitTargetsInput, { unitId: o.unitId, year: PERFORMANCE_YEAR }, (x, c) => new ApproveUnitTargetsCommand(x, c)),
    ...PERIODS.map((period) =>
      step(key(`organisation-predikat:${o.unitId}:${period}`), SetOrganisationPredikatInput, { unitId: o.unitId, period, organisationPredikat: o.organisationPredikat, unitResult: o.unitResult }, (x, c) => new SetOrganisationPredikatCommand(x, c)),
    ),
  ]);

  const draft = (s: SkpPlan, what: string, withLinks: boolean) =>
    step(
      key(`skp:${s.identifier}:${what}`),
      DraftSkpInput,
      {
        employeeId: s.employeeId,
        year: PERFORMANCE_YEAR,
        rhk: s.rhk.map((r) => ({
          rhkId: r.rhkId,
          kategori: r.kategori,
          rencanaKinerja: r.rencanaKinerja,
          pendekatan: 'KUANTITATIF',
          indikator: [{ aspek: 'KUANTITAS', iki: r.iki, target: r.target }],
          intervensi: withLinks ? r.intervensi.map((l) => ({ ...l })) : [],
          unitTargetIds: [...r.unitTargetIds],
        })),
        perilaku: null,
        lampiran: null,
      },
      (x, c) => new DraftSkpCommand(x, c),
    );
  const skpChains: SeedChain[] = perf.opds.map((o) =>
    perf.skps
      .filter((s) => s.opdUnitId === o.unitId)
      .flatMap((s): SeedStep[] => {
        const ref = { skpId: s.skpId };
        const submit = (what: string, options: { expectedRules?: readonly string[] } = {}) => step(key(`skp:${s.identifier}:${what}`), SkpRefInput, ref, (x, c) => new SubmitSkpCommand(x, c), options);
        const approve = step(key(`skp:${s.identifier}:approve`), SkpRefInput, ref, (x, c) => new ApproveSkpCommand(x, c), { actor: actorOf(s.pejabatPenilai) });
        if (!s.override) return [draft(s, 'draft', true), submit('submit'), approve];
        // The tree's pejabat penilai post is vacant: the submission is refused (as planned) until ADMIN_BKD names one.
        // (On a repeat run the SKP is approved by then, so the same submission is refused as not editable.)
        plannedRefusals++;
        return [
          draft(s, 'draft', false),
          submit('submit-vacant', { expectedRules: [PerformanceRule.APPRAISER_VACANT, PerformanceRule.SKP_NOT_EDITABLE] }),
          step(key(`skp:${s.identifier}:override`), OverrideSkpAppraiserInput, { ...ref, pejabatPenilaiEmployeeId: s.override.employeeId }, (x, c) => new OverrideSkpAppraiserCommand(x, c), { reason: s.override.reason }),
          draft(s, 'redraft', true),
          submit('submit'),
          approve,
        ];
      }),
  );

  const skpOf = new Map(perf.skps.map((s) => [s.skpId, s]));
  const rhkOf = (skpId: string) => skpOf.get(skpId)!.rhk;
  const assessment = (skpId: string, rating: string, ratingPerilaku: string) => ({ ratings: rhkOf(skpId).map((r) => ({ rhkId: r.rhkId, rating, note: null })), hasilKerjaOverride: null, ratingPerilaku, perilakuNote: null });
  const evaluationChains: SeedChain[] = perf.skps.map((s) =>
    perf.evaluations
      .filter((e) => e.skpId === s.skpId)
      .map((e) => step(key(`evaluate:${s.identifier}:${e.period}`), EvaluatePeriodInput, { skpId: s.skpId, period: e.period, ...assessment(s.skpId, e.rating, e.ratingPerilaku) }, (x, c) => new EvaluatePeriodCommand(x, c), { actor: actorOf(s.pejabatPenilai) })),
  );

  const signOffChains: SeedChain[] = perf.opds.map((o) => {
    const chain: SeedStep[] = PERIODS.map((period) => step(key(`sign-off:${o.unitId}:${period}`), SignOffPredikatInput, { unitId: o.unitId, period, justification: null }, (x, c) => new SignOffPredikatCommand(x, c), { actor: actorOf(o.head) }));
    const annual = String(PERFORMANCE_YEAR);
    const sample = perf.skps.find((s) => s.opdUnitId === o.unitId && !s.isOpdHead);
    const sampleEvaluation = sample && perf.evaluations.find((e) => e.skpId === sample.skpId && e.period === annual);
    if (sample && sampleEvaluation) {
      // Closed is closed: re-rating a signed-off period is refused; only a correction changes it.
      plannedRefusals++;
      chain.push(
        step(key(`re-evaluate:${sample.identifier}:${annual}`), EvaluatePeriodInput, { skpId: sample.skpId, period: annual, ...assessment(sample.skpId, 'DI_ATAS', 'DI_ATAS') }, (x, c) => new EvaluatePeriodCommand(x, c), {
          actor: actorOf(sample.pejabatPenilai),
          expectedRules: [PerformanceRule.EVALUATION_CLOSED],
        }),
      );
    }
    for (const c of perf.corrections.filter((c) => skpOf.get(c.skpId)!.opdUnitId === o.unitId)) {
      const s = skpOf.get(c.skpId)!;
      chain.push(step(key(`correct:${s.identifier}:${annual}`), CorrectEvaluationInput, { evaluationId: c.evaluationId, ...assessment(c.skpId, c.rating, c.ratingPerilaku) }, (x, ctx) => new CorrectEvaluationCommand(x, ctx), { actor: actorOf(c.by), reason: c.reason }));
    }
    return chain;
  });

  const project = planProject(perf);

  return {
    phases: [
      { name: 'performance-plans', chains: plans, afterReadModels: true },
      { name: 'performance-skp', chains: skpChains, afterReadModels: false },
      // The Dinas Kesehatan project: its members' SKPs are approved by now.
      { name: 'performance-projects', chains: project ? [projectChain(project, step, key)] : [], afterReadModels: false },
      { name: 'performance-evaluations', chains: evaluationChains, afterReadModels: false },
      // The sign-off counts the unit's evaluations and approved SKPs in the read models.
      { name: 'performance-sign-off', chains: signOffChains, afterReadModels: true },
    ],
    summary: {
      opds: perf.opds.length,
      skps: perf.skps.length,
      overrides: perf.skps.filter((s) => s.override).length,
      evaluations: perf.evaluations.length,
      signOffs: perf.opds.length * PERIODS.length,
      corrections: perf.corrections.length,
      projectMembers: project?.members.length ?? 0,
      excluded: perf.excluded.length,
      plannedRefusals,
    },
    performance: perf,
  };
}
