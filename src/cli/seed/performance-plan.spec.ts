import { checkDistribution } from '@modules/performance';
import { countsOf } from '@modules/performance/predikat/kurva-distribusi';
import { buildPlan } from './generator';
import { PERIODS, planPerformance, planProject } from './performance-plan';

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

  it('rates every SKP for the four quarters and the year, within each OPD kurva — also after the corrections', () => {
    expect(perf.evaluations).toHaveLength(perf.skps.length * PERIODS.length);
    const corrected = new Map(perf.corrections.map((c) => [c.evaluationId, c.predikat]));
    for (const o of perf.opds) {
      for (const period of PERIODS) {
        const predicates = perf.evaluations.filter((e) => e.period === period && skpOf.get(e.skpId)!.opdUnitId === o.unitId).map((e) => corrected.get(`${e.skpId}.${e.period}`) ?? e.predikat);
        const check = checkDistribution(o.organisationPredikat, countsOf(predicates));
        expect({ unit: o.unitId, period, violations: check.violations.map((v) => v.rule) }).toEqual({ unit: o.unitId, period, violations: [] });
      }
    }
    expect(new Set(perf.opds.map((o) => o.organisationPredikat))).toEqual(new Set(['BAIK', 'ISTIMEWA']));
    expect(new Set(perf.evaluations.map((e) => e.predikat))).toEqual(new Set(['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN']));
  });

  it('corrects one annual evaluation per instansi, by the atasan pejabat penilai', () => {
    expect(perf.corrections.map((c) => skpOf.get(c.skpId)!.instansiId).sort()).toEqual(['kota-binjai', 'kota-medan']);
    for (const c of perf.corrections) expect(c.by).toEqual(skpOf.get(c.skpId)!.atasan);
  });

  it('is deterministic', () => {
    expect(planPerformance(buildPlan({ small: true }))).toEqual(perf);
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
});
