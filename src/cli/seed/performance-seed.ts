import { Role } from '@infrastructure/auth/roles';
import { Actor } from '@kernel/events';
import { PerformanceRule } from '@modules/performance';
import { CorrectEvaluationCommand, EvaluatePeriodCommand, SetOrganisationPredikatCommand, SignOffPredikatCommand } from '@modules/performance/evaluation-commands/evaluation.resolver';
import { CorrectEvaluationInput, EvaluatePeriodInput, SetOrganisationPredikatInput, SignOffPredikatInput } from '@modules/performance/evaluation-commands/evaluation.inputs';
import { ApproveSkpCommand, DraftSkpCommand, OverrideSkpAppraiserCommand, SubmitSkpCommand } from '@modules/performance/skp-commands/skp.operations';
import { DraftSkpInput, OverrideSkpAppraiserInput, SkpRefInput } from '@modules/performance/skp-commands/skp.inputs';
import { ApproveUnitTargetsCommand, ApproveUnitTargetsInput, SetUnitTargetsCommand, SetUnitTargetsInput } from '@modules/performance/unit-plan-commands/unit-plan.resolver';
import { ScheduleAnnualCloseCommand, ScheduleAnnualCloseInput } from '@modules/performance/annual-close/annual-close.resolver';
import { AddProjectMemberInput, DefineProjectOutputInput, FormProjectInput, RateProjectMemberInput, ReportProjectMilestoneInput } from '@modules/performance/project-commands/project.inputs';
import { AddProjectMemberCommand, DefineProjectOutputCommand, FormProjectCommand, RateProjectMemberCommand, ReportProjectMilestoneCommand } from '@modules/performance/project-commands/project.resolver';
import type { SeedChain, SeedPhase, SeedStep } from './commands';
import type { SeedPlan } from './generator';
import { CLOSED_SKP_DATE, CLOSED_YEAR, evaluatedPeriods, PERFORMANCE_YEAR, PerformancePlan, PlanAppraiser, planPerformance, planProject, ProjectPlan, SkpPlan } from './performance-plan';
import { GiveFeedbackInput, LogActivityInput } from '@modules/performance/journal-commands/journal.inputs';
import { GiveFeedbackCommand, LogActivityCommand } from '@modules/performance/journal-commands/journal.resolver';
import { activityIdOf } from '@modules/performance/journal-commands/journal-commands';
import { deriveId } from '@kernel/ids';

type Make = (input: any, context: any) => any;
type StepFn = (key: string, type: new () => object, fields: object, make: Make, options?: { actor?: Actor; expectedRules?: readonly string[]; reason?: string; at?: string }) => SeedStep;

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
 * bidang) adds the members and the output, the milestones are reported as reached (by a member or the
 * lead), and the lead rates each member per quarter — which lands on the member's SKP. The closed
 * year's project happens at its instants (`at`); the running year's is sent as of the run day.
 */
function projectChain(project: ProjectPlan, step: StepFn, key: (what: string) => string, at: (what: string, on?: string) => string | undefined): SeedStep[] {
  const lead: Actor = { id: project.lead.employeeId, roles: [{ role: Role.PEJABAT_PENILAI, unit: project.lead.unitId }] };
  const { projectId, output } = project;
  const definition = { projectId, outputId: output.outputId, title: output.title, target: output.target, milestones: output.milestones.map(({ milestoneId, title, dueDate }) => ({ milestoneId, title, dueDate })) };
  return [
    step(key(`project:${projectId}:form`), FormProjectInput, { projectId, unitId: project.opdUnitId, name: project.name, description: project.description, year: project.year, leadEmployeeId: project.lead.employeeId }, (x, c) => new FormProjectCommand(x, c), { actor: { id: project.formedBy.employeeId, roles: [{ role: Role.PEJABAT_PENILAI, unit: project.formedBy.unitId }] }, at: at('project-form') }),
    ...project.members.map((m) => step(key(`project:${projectId}:member:${m.employeeId}`), AddProjectMemberInput, { projectId, employeeId: m.employeeId, rhkId: m.rhkId, peran: m.peran }, (x, c) => new AddProjectMemberCommand(x, c), { actor: lead, at: at('project-form') })),
    step(key(`project:${projectId}:output`), DefineProjectOutputInput, definition, (x, c) => new DefineProjectOutputCommand(x, c), { actor: lead, at: at('project-form') }),
    ...output.milestones.map((m) =>
      step(key(`project:${projectId}:milestone:${m.milestoneId}`), ReportProjectMilestoneInput, { projectId, outputId: output.outputId, milestoneId: m.milestoneId, reachedOn: m.reachedOn, note: m.note, evidence: null }, (x, c) => new ReportProjectMilestoneCommand(x, c), {
        actor: m.reportedBy === 'LEAD' ? lead : personal(project.members[0].employeeId),
        at: at('project-milestone', m.reachedOn),
      }),
    ),
    ...project.ratings.map((r) => step(key(`project:${projectId}:rate:${r.employeeId}:${r.period}`), RateProjectMemberInput, { projectId, ...r }, (x, c) => new RateProjectMemberCommand(x, c), { actor: lead, at: at('project-rate', r.period) })),
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
export function performancePhases(plan: SeedPlan, step: StepFn, year: number = PERFORMANCE_YEAR): { phases: SeedPhase[]; summary: PerformanceSeedSummary; performance: PerformancePlan } {
  const perf = planPerformance(plan, year);
  const PERFORMANCE_YEAR = year;
  const PERIODS = evaluatedPeriods(year);
  const key = (what: string) => `performance:${PERFORMANCE_YEAR}:${what}`;
  // The closed year happens at its own instants (the seed's clock); the running year's steps are sent as of the run day.
  const when = year === CLOSED_YEAR ? closedYearInstants : () => undefined;
  let plannedRefusals = 0;

  const plans: SeedChain[] = perf.opds.map((o) => [
    step(key(`targets:${o.unitId}`), SetUnitTargetsInput, { unitId: o.unitId, year: PERFORMANCE_YEAR, targets: o.targets.map((t) => ({ ...t })), perjanjianKinerja: o.perjanjianKinerja }, (x, c) => new SetUnitTargetsCommand(x, c), { actor: actorOf(o.head), at: when('targets') }),
    step(key(`targets:${o.unitId}:approve`), ApproveUnitTargetsInput, { unitId: o.unitId, year: PERFORMANCE_YEAR }, (x, c) => new ApproveUnitTargetsCommand(x, c), { at: when('approve-targets') }),
    ...PERIODS.map((period) =>
      step(key(`organisation-predikat:${o.unitId}:${period}`), SetOrganisationPredikatInput, { unitId: o.unitId, period, organisationPredikat: o.organisationPredikat, unitResult: o.unitResult }, (x, c) => new SetOrganisationPredikatCommand(x, c), { at: when('organisation-predikat', period) }),
    ),
  ]);

  // An SKP from an appointment TMT during the closed year is drafted, submitted and approved on the TMT.
  const whenSkp = (s: SkpPlan, what: string) => (year === CLOSED_YEAR && s.skpDate > CLOSED_SKP_DATE ? appointedInstant(s.skpDate, what) : when(what));
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
      { at: whenSkp(s, what === 'draft' ? 'draft' : 'redraft') },
    );
  const skpChains: SeedChain[] = perf.opds.map((o) =>
    perf.skps
      .filter((s) => s.opdUnitId === o.unitId)
      .flatMap((s): SeedStep[] => {
        const ref = { skpId: s.skpId };
        const submit = (what: string, options: { expectedRules?: readonly string[] } = {}) => step(key(`skp:${s.identifier}:${what}`), SkpRefInput, ref, (x, c) => new SubmitSkpCommand(x, c), { ...options, at: whenSkp(s, what === 'submit' ? 'submit' : 'submit-vacant') });
        const approve = step(key(`skp:${s.identifier}:approve`), SkpRefInput, ref, (x, c) => new ApproveSkpCommand(x, c), { actor: actorOf(s.pejabatPenilai), at: whenSkp(s, 'approve') });
        if (!s.override) return [draft(s, 'draft', true), submit('submit'), approve];
        // The tree's pejabat penilai post is vacant: the submission is refused (as planned) until ADMIN_BKD names one.
        // (On a repeat run the SKP is approved by then, so the same submission is refused as not editable.)
        plannedRefusals++;
        return [
          draft(s, 'draft', false),
          submit('submit-vacant', { expectedRules: [PerformanceRule.APPRAISER_VACANT, PerformanceRule.SKP_NOT_EDITABLE] }),
          step(key(`skp:${s.identifier}:override`), OverrideSkpAppraiserInput, { ...ref, pejabatPenilaiEmployeeId: s.override.employeeId }, (x, c) => new OverrideSkpAppraiserCommand(x, c), { reason: s.override.reason, at: whenSkp(s, 'override') }),
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
      .map((e) => step(key(`evaluate:${s.identifier}:${e.period}`), EvaluatePeriodInput, { skpId: s.skpId, period: e.period, ...assessment(s.skpId, e.rating, e.ratingPerilaku) }, (x, c) => new EvaluatePeriodCommand(x, c), { actor: actorOf(s.pejabatPenilai), at: when('evaluate', e.period) })),
  );

  const signOffChains: SeedChain[] = perf.opds.map((o) => {
    const chain: SeedStep[] = PERIODS.map((period) => step(key(`sign-off:${o.unitId}:${period}`), SignOffPredikatInput, { unitId: o.unitId, period, justification: null }, (x, c) => new SignOffPredikatCommand(x, c), { actor: actorOf(o.head), at: when('sign-off', period) }));
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
          at: when('re-evaluate', annual),
        }),
      );
    }
    for (const c of perf.corrections.filter((c) => skpOf.get(c.skpId)!.opdUnitId === o.unitId)) {
      const s = skpOf.get(c.skpId)!;
      chain.push(step(key(`correct:${s.identifier}:${annual}`), CorrectEvaluationInput, { evaluationId: c.evaluationId, ...assessment(c.skpId, c.rating, c.ratingPerilaku) }, (x, ctx) => new CorrectEvaluationCommand(x, ctx), { actor: actorOf(c.by), reason: c.reason, at: when('correct', annual) }));
    }
    return chain;
  });

  if (year === CLOSED_YEAR) {
    const closedProject = planProject(perf, CLOSED_YEAR);
    // BKN's close date for the year's annual evaluations (10 January), set per instansi by ADMIN_BKD on 1 December: the
    // reminder goes out on 5 January (the deadlines polled then, after the SKP phase); by the close every evaluation is signed off.
    const closes: SeedChain[] = [...new Set(perf.opds.map((o) => o.instansiId))].map((instansiId) => [
      step(key(`annual-close:${instansiId}`), ScheduleAnnualCloseInput, { instansiId, year: PERFORMANCE_YEAR, closeBy: ANNUAL_CLOSE_BY, remindDaysBefore: 5 }, (x, c) => new ScheduleAnnualCloseCommand(x, c), { at: when('annual-close') }),
    ]);
    // The closed year: the same flow, every step at its instant; the year's annual sign-offs close it (by 10 January 2026).
    const phase = (name: string, chains: SeedChain[], afterReadModels: boolean): SeedPhase => ({ name: `performance-${year}-${name}`, chains, afterReadModels });
    return {
      phases: [
        phase('plans', [...plans, ...closes], true),
        { ...phase('skp', skpChains, false), fireDeadlinesAt: ANNUAL_CLOSE_REMINDER_POLL },
        // The 2025 Dinas Kesehatan project: formed once its members' SKPs are approved, each quarter rated before the appraisers evaluate it.
        phase('projects', closedProject ? [projectChain(closedProject, step, key, closedYearInstants)] : [], false),
        phase('evaluations', evaluationChains, false),
        phase('sign-off', signOffChains, true),
      ],
      summary: { opds: perf.opds.length, skps: perf.skps.length, overrides: perf.skps.filter((s) => s.override).length, evaluations: perf.evaluations.length, signOffs: perf.opds.length * PERIODS.length, corrections: perf.corrections.length, projectMembers: closedProject?.members.length ?? 0, excluded: perf.excluded.length, plannedRefusals },
      performance: perf,
    };
  }

  const project = planProject(perf);
  const journal = planJournal(perf);

  return {
    phases: [
      { name: 'performance-plans', chains: plans, afterReadModels: true },
      { name: 'performance-skp', chains: skpChains, afterReadModels: false },
      // The Dinas Kesehatan project: its members' SKPs are approved by now.
      { name: 'performance-projects', chains: project ? [projectChain(project, step, key, () => undefined)] : [], afterReadModels: false },
      { name: 'performance-evaluations', chains: evaluationChains, afterReadModels: false },
      // The sign-off counts the unit's evaluations and approved SKPs in the read models.
      { name: 'performance-sign-off', chains: signOffChains, afterReadModels: true },
      // 2026 in progress: a sample's daily entries for three weeks of November, with their appraisers' feedback.
      { name: 'performance-journal', chains: journal.map((j) => journalChain(j, step, key)), afterReadModels: false },
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

/** The closed year's annual close (BKN's 10 January) and the instant its reminder (08:00 WIB on 5 January) is polled. */
export const ANNUAL_CLOSE_BY = '2026-01-10';
export const ANNUAL_CLOSE_REMINDER_POLL = '2026-01-05T01:30:00.000Z';

/**
 * When each step of the closed year (2025) happened, on the seed's clock (ISO instants, 09:00 WIB =
 * 02:00 UTC): targets in the first days of January, the SKPs drafted, submitted and approved in its
 * first week (the SKP date is the draft's day), the organisation predikat three days after each
 * period, the evaluations a week after, the sign-off ten days after (the annual one on 10 January
 * 2026, BKN's close date, scheduled by ADMIN_BKD on 1 December 2025), the corrections in February 2026; the Dinas Kesehatan project formed on
 * 13 January, each milestone reported on the day it was reached (15:00 WIB), each quarter rated by the
 * lead five days after it ends (before the appraisers' evaluation, two days later).
 */
export function closedYearInstants(what: string, period?: string): string {
  // `period` is the period the step is about; for a project milestone, the day it was reached.
  const day = (date: string, hourUtc = 2) => `${date}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`;
  const after = (p: string, days: number) => {
    const end = /-Q(\d)$/.test(p) ? new Date(Date.UTC(Number(p.slice(0, 4)), Number(p.slice(-1)) * 3, 0)) : new Date(Date.UTC(Number(p) + 1, 0, 0));
    return new Date(end.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  };
  switch (what) {
    case 'targets':
      return day('2025-01-02');
    case 'approve-targets':
      return day('2025-01-03');
    case 'draft':
    case 'submit':
    case 'submit-vacant':
      return day('2025-01-06', what === 'draft' ? 2 : 3);
    case 'override':
    case 'redraft':
      return day('2025-01-07', what === 'override' ? 2 : 3);
    case 'approve':
      return day('2025-01-08');
    case 'organisation-predikat':
      return day(after(period!, 3));
    case 'evaluate':
      return day(after(period!, 7));
    case 'sign-off':
      return day(after(period!, 10));
    case 're-evaluate':
      return day(after(period!, 12));
    case 'correct':
      return day('2026-02-02');
    case 'annual-close':
      return day('2025-12-01');
    case 'project-form':
      return day('2025-01-13');
    case 'project-milestone':
      return day(period!, 8);
    case 'project-rate':
      return day(after(period!, 5));
    default:
      throw new Error(`Seed: no instant for ${what}`);
  }
}

/** The SKP steps of an employee appointed during the closed year, on the appointment TMT (09:00–14:00 WIB). */
export function appointedInstant(tmt: string, what: string): string {
  const hour = ['draft', 'submit', 'submit-vacant', 'override', 'redraft', 'approve'].indexOf(what);
  if (hour < 0) throw new Error(`Seed: no appointment instant for ${what}`);
  return `${tmt}T${String(2 + hour).padStart(2, '0')}:00:00.000Z`;
}

/** Working days of the journal sample: Monday 9 to Friday 27 November 2026 (no national holiday), before any run day from December 2026. */
export const JOURNAL_DAYS: readonly string[] = Array.from({ length: 19 }, (_, i) => `2026-11-${String(9 + i).padStart(2, '0')}`).filter((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()));
const JOURNAL_SAMPLE = 36;

export interface JournalPlan {
  readonly skp: SkpPlan;
  readonly appraiser: { readonly employeeId: string; readonly unitId: string };
}

/**
 * The sample whose 2026 entries are seeded: staff (not unit heads) with an appraiser in person and no
 * override, spread over the OPD (every k-th SKP in plan order), at most JOURNAL_SAMPLE.
 */
export function planJournal(perf: PerformancePlan): JournalPlan[] {
  const staff = perf.skps.filter((s) => !s.isUnitHead && !s.override && 'employeeId' in s.pejabatPenilai);
  const every = Math.max(1, Math.floor(staff.length / JOURNAL_SAMPLE));
  return staff
    .filter((_, i) => i % every === 0)
    .slice(0, JOURNAL_SAMPLE)
    .map((skp) => ({ skp, appraiser: skp.pejabatPenilai as { employeeId: string; unitId: string } }));
}

const JOURNAL_WORK = ['Menyusun bahan laporan', 'Memverifikasi data layanan', 'Mengikuti rapat koordinasi', 'Menindaklanjuti disposisi pimpinan', 'Melayani permohonan masyarakat'];

/**
 * One employee's three weeks: an entry each working day (two on Mondays, the second for the last RHK),
 * with the appraiser's feedback on the first entry and, for each Friday, on the first RHK. Sent as of
 * the run day, like the 2026 SKPs they belong to (approved on the run day, the SKP date the appraisers
 * are derived on): entries of past days of the year, logged after the approval — see docs/decisions.md.
 */
function journalChain(j: JournalPlan, step: StepFn, key: (what: string) => string): SeedStep[] {
  const { skp, appraiser } = j;
  const self = personal(skp.employeeId);
  const appraiserActor: Actor = { id: appraiser.employeeId, roles: [{ role: Role.PEJABAT_PENILAI, unit: appraiser.unitId }] };
  const steps: SeedStep[] = [];
  let firstActivityId: string | null = null;
  JOURNAL_DAYS.forEach((date, d) => {
    const monday = new Date(`${date}T00:00:00Z`).getUTCDay() === 1;
    const entries = monday ? [skp.rhk[0], skp.rhk[skp.rhk.length - 1]] : [skp.rhk[0]];
    entries.forEach((rhk, n) => {
      const s = step(
        key(`journal:${skp.identifier}:${date}:${n}`),
        LogActivityInput,
        { skpId: skp.skpId, date, durationMinutes: monday ? 180 : 240 + 30 * (d % 5), rhkId: rhk.rhkId, description: `${JOURNAL_WORK[(d + n) % JOURNAL_WORK.length]} (${rhk.rencanaKinerja})`.slice(0, 2000), evidence: null },
        (x, c) => new LogActivityCommand(x, c),
        { actor: self },
      );
      if (!firstActivityId) firstActivityId = activityIdOf(date, deriveId('command', self.id, s.key));
      steps.push(s);
    });
    if (d === 0) {
      steps.push(step(key(`feedback:${skp.identifier}:${date}:activity`), GiveFeedbackInput, { skpId: skp.skpId, rhkId: null, activityId: firstActivityId, perilaku: null, text: 'Catatan kegiatan sudah rinci; lampirkan bukti dukung bila ada' }, (x, c) => new GiveFeedbackCommand(x, c), { actor: appraiserActor }));
    }
    if (new Date(`${date}T00:00:00Z`).getUTCDay() === 5) {
      steps.push(step(key(`feedback:${skp.identifier}:${date}:rhk`), GiveFeedbackInput, { skpId: skp.skpId, rhkId: skp.rhk[0].rhkId, activityId: null, perilaku: null, text: 'Progres minggu ini sesuai rencana; pertahankan ketepatan waktu laporan' }, (x, c) => new GiveFeedbackCommand(x, c), { actor: appraiserActor }));
    }
  });
  return steps;
}

/**
 * Both seeded years as one set of phases: each phase of the closed year (2025) runs alongside the
 * running year's phase of the same name (independent streams, so the runner's concurrency covers
 * both: the SKP phase, one chain per OPD and year, takes about as long as one year's).
 */
export function performanceYearsPhases(plan: SeedPlan, step: StepFn): SeedPhase[] {
  const closed = performancePhases(plan, step, CLOSED_YEAR).phases;
  const running = performancePhases(plan, step).phases;
  const prefix = `performance-${CLOSED_YEAR}-`;
  return running.map((phase) => {
    const same = closed.find((c) => c.name.slice(prefix.length) === phase.name.slice('performance-'.length));
    const fireDeadlinesAt = phase.fireDeadlinesAt ?? same?.fireDeadlinesAt;
    return same ? { ...phase, chains: [...same.chains, ...phase.chains], afterReadModels: phase.afterReadModels || same.afterReadModels, ...(fireDeadlinesAt ? { fireDeadlinesAt } : {}) } : phase;
  });
}
