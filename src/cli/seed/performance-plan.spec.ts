import { checkDistribution } from '@modules/performance';
import { countsOf } from '@modules/performance/predikat/kurva-distribusi';
import { buildPlan } from './generator';
import { CLOSED_PERIODS, CLOSED_SKP_DATE, evaluatedPeriods, planPerformance, planProject } from './performance-plan';
import { JOURNAL_DAYS, appointedInstant, closedYearInstants, planJournal } from './performance-seed';
import { periodRange } from '@modules/performance/skp/periods';

describe('seed: a performance year (plan)', () => {
  const plan = buildPlan({ small: true });
  const perf = planPerformance(plan);
  const skpOf = new Map(perf.skps.map((s) => [s.skpId, s]));

  it('gives every OPD targets and nearly every employee an SKP, each after its pejabat penilai', () => {
    expect(perf.opds.map((o) => o.unitId).sort()).toEqual(plan.units.filter((u) => u.parentUnitId === null).map((u) => u.unitId).sort());
    expect(perf.skps.length + perf.excluded.length).toBe(plan.employees.length);
    expect(perf.skps.length).toBeGreaterThan(plan.employees.length * 0.9);
    const seen = new Set<string>();
    for (const s of perf.skps) {
      if ('employeeId' in s.pejabatPenilai) expect(seen.has(s.pejabatPenilai.employeeId)).toBe(true);
      seen.add(s.employeeId);
      // The cascade: every RHK utama links the penilai's, or (a JPT) the unit's targets.
      for (const r of s.rhk.filter((x) => x.kategori === 'UTAMA')) expect(r.intervensi.length + r.unitTargetIds.length).toBeGreaterThan(0);
    }
  });

  it('resolves a vacant pejabat penilai through an ADMIN_BKD override (Binjai BKPSDM, bidang mutasi)', () => {
    const overridden = perf.skps.filter((s) => s.override);
    expect(overridden.length).toBeGreaterThan(0);
    for (const s of overridden) expect(s.unitId).toBe('kota-binjai.bkpsdm-mutasi');
  });

  it('rates every SKP for the quarters ended before the run (Q1–Q3 of 2026), within each OPD kurva; Q4 and the year stay open', () => {
    expect(perf.evaluations).toHaveLength(perf.skps.length * 3);
    expect(new Set(perf.evaluations.map((e) => e.period))).toEqual(new Set(['2026-Q1', '2026-Q2', '2026-Q3']));
    expect(perf.corrections).toEqual([]);
    for (const o of perf.opds) {
      for (const period of evaluatedPeriods(2026)) {
        const predicates = perf.evaluations.filter((e) => e.period === period && skpOf.get(e.skpId)!.opdUnitId === o.unitId).map((e) => e.predikat);
        expect(checkDistribution(o.organisationPredikat, countsOf(predicates)).violations).toEqual([]);
      }
    }
  });

  it('is deterministic', () => {
    expect(planPerformance(buildPlan({ small: true }))).toEqual(perf);
  });
});

describe('seed: the closed year 2025 (plan)', () => {
  const plan = buildPlan({ small: true });
  const perf = planPerformance(plan, 2025);
  const skpOf = new Map(perf.skps.map((s) => [s.skpId, s]));

  it('registers every post with a TMT jabatan before 2025 (or the TMT, for later appointments)', () => {
    for (const e of plan.employees) {
      expect(e.positionTmt >= e.tmt).toBe(true);
      if (e.tmt <= '2024-12-01') expect(e.positionTmt <= '2024-12-01').toBe(true);
    }
  });

  it('gives an SKP of 2025 to everyone employed during 2025 — from the appointment TMT for staff appointed later — each after its pejabat penilai, in the posts before the 2026 transfers', () => {
    const employed = plan.employees.filter((e) => e.tmt <= '2025-12-31');
    expect(perf.skps.length).toBe(employed.length);
    expect(perf.excluded).toEqual([]);
    const appointed = plan.employees.filter((e) => e.tmt > CLOSED_SKP_DATE && e.tmt <= '2025-12-31');
    expect(appointed.length).toBeGreaterThan(0);
    for (const e of appointed) expect(perf.skps.find((s) => s.employeeId === e.employeeId)).toMatchObject({ skpDate: e.tmt, periodStart: e.tmt });
    for (const s of perf.skps.filter((x) => !appointed.some((e) => e.employeeId === x.employeeId))) expect(s).toMatchObject({ skpDate: CLOSED_SKP_DATE, periodStart: '2025-01-01' });
    const seen = new Set<string>();
    for (const s of perf.skps) {
      expect(s.skpId).toBe(`${s.employeeId}.2025`);
      if ('employeeId' in s.pejabatPenilai) expect(seen.has(s.pejabatPenilai.employeeId)).toBe(true);
      seen.add(s.employeeId);
    }
    const registered = new Map(plan.employees.map((e) => [e.employeeId, e.positionId]));
    for (const t of plan.transfers) if (skpOf.has(`${t.employeeId}.2025`)) expect(registered.get(t.employeeId)).not.toBe(t.toPositionId);
    // Only the post the 2026 Plt fills is vacant in 2025: ADMIN_BKD names the atasan instead.
    expect(perf.skps.filter((s) => s.override).every((s) => s.unitId === 'kota-binjai.bkpsdm-mutasi')).toBe(true);
  });

  it('rates every SKP for the quarters it overlaps and the year within each OPD kurva — also after the corrections', () => {
    const overlapping = (s: { periodStart: string }) => CLOSED_PERIODS.filter((p) => s.periodStart <= periodRange(p).end);
    expect(perf.evaluations.map((e) => `${e.skpId}.${e.period}`).sort()).toEqual(perf.skps.flatMap((s) => overlapping(s).map((p) => `${s.skpId}.${p}`)).sort());
    expect(perf.skps.some((s) => overlapping(s).length < CLOSED_PERIODS.length)).toBe(true);
    const corrected = new Map(perf.corrections.map((c) => [c.evaluationId, c.predikat]));
    for (const o of perf.opds) {
      for (const period of CLOSED_PERIODS) {
        const predicates = perf.evaluations.filter((e) => e.period === period && skpOf.get(e.skpId)!.opdUnitId === o.unitId).map((e) => corrected.get(`${e.skpId}.${e.period}`) ?? e.predikat);
        const check = checkDistribution(o.organisationPredikat, countsOf(predicates));
        expect({ unit: o.unitId, period, violations: check.violations.map((v) => v.rule) }).toEqual({ unit: o.unitId, period, violations: [] });
      }
    }
    expect(perf.corrections.map((c) => c.evaluationId.slice(-5))).toEqual(['.2025', '.2025']);
  });

  it('an appointee’s SKP steps happen on the appointment TMT, in order', () => {
    const steps = ['draft', 'submit-vacant', 'override', 'redraft', 'submit', 'approve'];
    expect(appointedInstant('2025-07-01', 'draft')).toBe('2025-07-01T02:00:00.000Z');
    expect(appointedInstant('2025-07-01', 'approve') > appointedInstant('2025-07-01', 'redraft')).toBe(true);
    expect(steps.every((w) => appointedInstant('2025-07-01', w).startsWith('2025-07-01'))).toBe(true);
  });

  it('happens at its own instants: SKPs in January 2025, each evaluation and sign-off after its period, the annual sign-off by 10 January 2026', () => {
    expect(closedYearInstants('draft').slice(0, 10)).toBe(CLOSED_SKP_DATE);
    expect(closedYearInstants('evaluate', '2025-Q1').slice(0, 10)).toBe('2025-04-07');
    expect(closedYearInstants('sign-off', '2025-Q4').slice(0, 10)).toBe('2026-01-10');
    expect(closedYearInstants('sign-off', '2025').slice(0, 10)).toBe('2026-01-10');
    expect(closedYearInstants('evaluate', '2025') < closedYearInstants('sign-off', '2025')).toBe(true);
    expect(closedYearInstants('sign-off', '2025') < closedYearInstants('correct')).toBe(true);
  });
});

describe('seed: the 2026 journal sample (plan)', () => {
  it('a few dozen staff at most, three weeks of November working days, each with an appraiser in person', () => {
    const journal = planJournal(planPerformance(buildPlan({ small: true })));
    expect(journal.length).toBeGreaterThanOrEqual(20);
    expect(journal.length).toBeLessThanOrEqual(36);
    expect(JOURNAL_DAYS).toHaveLength(15);
    expect(JOURNAL_DAYS.every((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()))).toBe(true);
    for (const j of journal) expect(j.appraiser.employeeId).toBe((j.skp.pejabatPenilai as { employeeId: string }).employeeId);
  });
});

describe('seed: the closed year 2025 — variety, corrections (plan)', () => {
  const plan = buildPlan({ small: true });
  const perf = planPerformance(plan, 2025);
  const skpOf = new Map(perf.skps.map((s) => [s.skpId, s]));

  it('uses both kurva and all three predicates the seed gives', () => {
    expect(new Set(perf.opds.map((o) => o.organisationPredikat))).toEqual(new Set(['BAIK', 'ISTIMEWA']));
    expect(new Set(perf.evaluations.map((e) => e.predikat))).toEqual(new Set(['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN']));
  });

  it('corrects one annual evaluation per instansi, by the atasan pejabat penilai', () => {
    expect(perf.corrections.map((c) => skpOf.get(c.skpId)!.instansiId).sort()).toEqual(['kota-binjai', 'kota-medan']);
    for (const c of perf.corrections) expect(c.by).toEqual(skpOf.get(c.skpId)!.atasan);
  });

  it('is deterministic', () => {
    expect(planPerformance(buildPlan({ small: true }), 2025)).toEqual(perf);
  });
});
describe('seed: the Dinas Kesehatan project (plan)', () => {
  it('a Kabid leads staff of two or more bidang of Kota Medan’s Dinas Kesehatan, each on their first RHK, rated for Q1 and Q2', () => {
    const perf = planPerformance(buildPlan({ small: true }));
    const project = planProject(perf)!;
    expect(project.opdUnitId).toBe('kota-medan.dinkes');
    const skpOf = new Map(perf.skps.map((s) => [s.employeeId, s]));
    expect(skpOf.get(project.lead.employeeId)).toMatchObject({ isUnitHead: true, isOpdHead: false, opdUnitId: 'kota-medan.dinkes' });
    expect(new Set(project.members.map((m) => m.unitId)).size).toBeGreaterThanOrEqual(2);
    for (const m of project.members) {
      expect(m.employeeId).not.toBe(project.lead.employeeId);
      expect(skpOf.get(m.employeeId)!.rhk[0].rhkId).toBe(m.rhkId);
    }
    expect(project.ratings).toHaveLength(project.members.length * 2);
  });

  it('has a 2025 project too: the closed year’s members on their 2025 SKPs, milestones reached in 2025, the four quarters rated', () => {
    const plan = buildPlan({ small: true });
    const perf = planPerformance(plan, 2025);
    const project = planProject(perf, 2025)!;
    expect(project).toMatchObject({ projectId: 'kota-medan.dinkes.stunting-2025', year: 2025, opdUnitId: 'kota-medan.dinkes' });
    const skpOf = new Map(perf.skps.map((s) => [s.employeeId, s]));
    for (const m of project.members) expect(skpOf.get(m.employeeId)).toMatchObject({ skpId: `${m.employeeId}.2025`, opdUnitId: 'kota-medan.dinkes' });
    expect(new Set(project.members.map((m) => m.unitId)).size).toBeGreaterThanOrEqual(2);
    expect(project.output.milestones.every((m) => m.reachedOn.startsWith('2025-') && m.reachedOn <= m.dueDate)).toBe(true);
    expect(project.ratings.map((r) => r.period)).toEqual(project.members.flatMap(() => ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']));
    expect(planProject(planPerformance(plan), 2026)!.projectId).toBe('kota-medan.dinkes.stunting-2026');
  });
});
