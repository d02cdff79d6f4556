import { Type } from '@nestjs/common';
import { periodLastDay } from '@modules/performance/skp/periods';
import { planPerformance, planProject } from './performance-plan';
import { JOURNAL_DAYS, planJournal } from './performance-seed';
import { planLeave } from './leave-plan';
import { instanceToPlain } from 'class-transformer';
import { InputValidationPipe } from '@infrastructure/graphql/validation';
import { FixedClock } from '@kernel/clock';
import {
  EDUCATION_CEILINGS_V1,
  GOLONGAN_ORDER,
  Golongan,
  addYears,
  checkKpReguler,
  compareGolongan,
  educationCeiling,
  fullYearsBetween,
  isGolongan,
  isKpPeriodMonth,
  levelOf,
  nipInconsistencies,
  parseNiPppk,
  parseNip,
} from '@modules/personnel/employee/domain';
import { CODE_PATTERN, POSITION_ID_PATTERN, UNIT_ID_PATTERN, UnitKind } from '@modules/organisation';
import { ALLOWED_PARENT_KINDS, HEAD_JENIS_BY_UNIT_KIND } from '@modules/organisation/domain/organisation.structure';
import { appointmentNipProblems } from '@modules/personnel/recruitment/domain/appointment-nip';
import { SKD_2024, evaluateSkd, skdScoreProblems } from '@modules/personnel/recruitment/skd-reference';
import { KEY_PREFIX, SEED_REASON, SeedEnvironment, seedPhases } from './commands';
import { deriveId } from '@kernel/ids';
import { FEEDBACK_YEAR, feedbackPhases } from './feedback-seed';
import { FULL_SIZE, IdentifierAllocator, PLAN_DATE, SMALL_SIZE, SeedPlan, buildPlan } from './generator';
import { Random, apportion } from './random';

const full = buildPlan();
const small = buildPlan({ small: true });

describe.each([
  ['full', full],
  ['small', small],
] as const)('seed plan (%s)', (_label, plan: SeedPlan) => {
  const size = plan === full ? FULL_SIZE : SMALL_SIZE;
  const positions = new Map(plan.positions.map((p) => [p.positionId, p]));
  const units = new Map(plan.units.map((u) => [u.unitId, u]));

  it('is deterministic: the same options give the same plan', () => {
    expect(buildPlan({ small: plan === small })).toEqual(plan);
  });

  it('has both kota with the configured OPD, each with 2–4 sub-units', () => {
    expect(plan.instansi.map((i) => [i.instansiId, i.name, i.kepalaDaerahTitle])).toEqual([
      ['kota-medan', 'Pemerintah Kota Medan', 'Wali Kota'],
      ['kota-binjai', 'Pemerintah Kota Binjai', 'Wali Kota'],
    ]);
    for (const [instansiId, count] of Object.entries(size.opdPerInstansi)) {
      const opd = plan.units.filter((u) => u.instansiId === instansiId && u.parentUnitId === null);
      expect(opd).toHaveLength(count);
      for (const o of opd) {
        const below = plan.units.filter((u) => u.opdUnitId === o.unitId && u.unitId !== o.unitId);
        expect(below.length).toBeGreaterThanOrEqual(2);
        expect(below.length).toBeLessThanOrEqual(4);
      }
    }
  });

  it('follows the organisation rules: parents, head jenis, one head per unit, ids and codes', () => {
    expect(new Set(plan.units.map((u) => u.unitId)).size).toBe(plan.units.length);
    expect(new Set(plan.positions.map((p) => p.positionId)).size).toBe(plan.positions.length);
    plan.units.forEach((u, i) => {
      expect(u.code).toMatch(CODE_PATTERN);
      expect(u.unitId).toMatch(UNIT_ID_PATTERN);
      const parent = u.parentUnitId === null ? null : units.get(u.parentUnitId)!;
      if (parent) expect(plan.units.indexOf(parent)).toBeLessThan(i);
      expect(ALLOWED_PARENT_KINDS[u.kind]).toContain(parent?.kind ?? null);
      const heads = plan.positions.filter((p) => p.unitId === u.unitId && p.isUnitHead);
      expect(heads).toHaveLength(1);
      expect(HEAD_JENIS_BY_UNIT_KIND[u.kind]).toContain(heads[0].jenisJabatan);
    });
    for (const p of plan.positions) {
      expect(p.code).toMatch(CODE_PATTERN);
      expect(p.positionId).toMatch(POSITION_ID_PATTERN);
      expect(units.has(p.unitId)).toBe(true);
    }
  });

  it(`has ${size.employees} employees in the end (the appointees included), placed in existing positions`, () => {
    expect(plan.employees.length + plan.recruitment.appointments.length).toBe(size.employees);
    expect(plan.recruitment.appointments).toHaveLength(2);
    for (const e of plan.employees) {
      const position = positions.get(e.positionId);
      expect(position?.unitId).toBe(e.unitId);
      expect(position?.instansiId).toBe(e.instansiId);
    }
    const pppk = plan.employees.filter((e) => e.employmentType === 'PPPK').length;
    expect(pppk).toBeGreaterThan(0);
    expect(pppk / plan.employees.length).toBeLessThan(0.25);
  });

  it('fills every head position but one, which a Plt acts in', () => {
    const held = new Set(plan.employees.map((e) => e.positionId));
    const vacant = plan.positions.filter((p) => p.isUnitHead && !held.has(p.positionId));
    expect(vacant).toHaveLength(1);
    expect(plan.acting.find((a) => a.kind === 'PLT')?.positionId).toBe(vacant[0].positionId);
    const heads = plan.employees.filter((e) => positions.get(e.positionId)!.isUnitHead);
    expect(new Set(heads.map((e) => e.positionId)).size).toBe(heads.length);
  });

  it('gives every employee a NIP / NI PPPK that parses and matches the record, and no two the same', () => {
    const identifiers = [...plan.employees.map((e) => e.identifier), ...plan.recruitment.appointments.map((a) => a.nip)];
    expect(new Set(identifiers).size).toBe(identifiers.length);
    for (const e of plan.employees) {
      const parsed = e.employmentType === 'PNS' ? parseNip(e.identifier) : parseNiPppk(e.identifier);
      if (!parsed.ok) throw new Error(`${e.identifier}: ${JSON.stringify(parsed.problems)}`);
      expect(nipInconsistencies(parsed.value, e)).toEqual([]);
      expect(parsed.value.birthDate).toBe(e.birthDate);
      expect(parsed.value.sex).toBe(e.sex);
      if (parsed.value.type === 'NIP') expect(`${parsed.value.tmt}-01`).toBe(e.tmt);
      else expect(parsed.value.tmtYear).toBe(Number(e.tmt.slice(0, 4)));
    }
  });

  it('numbers NIPs that share their first 15 digits 001, 002, … in plan order', () => {
    const byPrefix = new Map<string, number[]>();
    for (const id of plan.employees.map((e) => e.identifier)) byPrefix.set(id.slice(0, 15), [...(byPrefix.get(id.slice(0, 15)) ?? []), Number(id.slice(15))]);
    for (const sequences of byPrefix.values()) expect(sequences).toEqual(sequences.map((_, i) => i + 1));
  });

  it('keeps ages, TMT and golongan consistent with education and years of service', () => {
    for (const e of plan.employees) {
      expect(e.birthDate >= '1965-01-01' && e.birthDate <= '2000-12-31').toBe(true);
      expect(fullYearsBetween(e.birthDate, e.tmt)).toBeGreaterThanOrEqual(18);
      // The CPNS age limit (35, DEFAULT_MAX_AGE_AT_APPOINTMENT) binds PNS; PPPK are appointed up to a year before the BUP.
      expect(e.tmt <= addYears(e.birthDate, e.employmentType === 'PNS' ? 35 : 57)).toBe(true);
      expect(fullYearsBetween(e.birthDate, PLAN_DATE)).toBeLessThan(60);
      expect(e.tmt.endsWith('-01')).toBe(true);
      expect(e.golonganTmt >= e.tmt && e.golonganTmt < PLAN_DATE).toBe(true);
      if (e.employmentType === 'PPPK') {
        expect(isGolongan(e.golongan)).toBe(false);
        continue;
      }
      const golongan = e.golongan as Golongan;
      const position = positions.get(e.positionId)!;
      // Every KP Reguler takes ≥ 4 years (heads also rose by KP pilihan, so only the pace is checked for them).
      const entry = { SLTA: 'II_A', D_III: 'II_C' }[e.education as string] ?? 'III_A';
      const steps = GOLONGAN_ORDER.indexOf(golongan) - GOLONGAN_ORDER.indexOf(entry as Golongan);
      expect(steps).toBeGreaterThanOrEqual(0);
      expect(fullYearsBetween(e.tmt, e.golonganTmt)).toBeGreaterThanOrEqual(4 * steps);
      if (steps > 0) expect(isKpPeriodMonth(e.golonganTmt)).toBe(true);
      if (position.jenisJabatan === 'PELAKSANA') expect(compareGolongan(golongan, educationCeiling(e.education))).toBeLessThanOrEqual(0);
    }
  });

  it(`plans ${size.transfers} transfers and ${size.promotions} promotions that meet the KP Reguler rules`, () => {
    expect(plan.transfers).toHaveLength(size.transfers);
    expect(plan.promotions).toHaveLength(size.promotions);
    const byId = new Map(plan.employees.map((e) => [e.employeeId, e]));
    for (const t of plan.transfers) {
      const e = byId.get(t.employeeId)!;
      expect(positions.get(t.toPositionId)?.unitId).toBe(t.toUnitId);
      expect(t.toUnitId).not.toBe(e.unitId);
      expect(positions.get(t.toPositionId)?.instansiId).toBe(e.instansiId);
    }
    for (const p of plan.promotions) {
      const e = byId.get(p.employeeId)!;
      expect(p.fromGolongan).toBe(e.golongan);
      const problems = checkKpReguler({
        currentGolongan: p.fromGolongan,
        currentGolonganTmt: e.golonganTmt,
        toGolongan: p.toGolongan,
        tmt: p.tmt,
        predikat: p.predikat,
        hukdis: [],
        superiorGolongan: p.expectedSuperiorGolongan,
        education: e.education,
        jf: p.jf,
        educationCeilings: EDUCATION_CEILINGS_V1,
      });
      expect(problems).toEqual([]);
    }
    const careers = [...plan.transfers, ...plan.promotions, ...plan.disciplinary].map((c) => c.employeeId);
    expect(new Set(careers).size).toBe(careers.length);
  });

  it('records one hukuman disiplin sedang and a Plh that ends early', () => {
    expect(plan.disciplinary).toHaveLength(1);
    expect(levelOf(plan.disciplinary[0].hukdisType)).toBe('SEDANG');
    const plh = plan.acting.find((a) => a.kind === 'PLH');
    expect(plh?.end && plh.end.endedOn >= plh.from && plh.end.endedOn <= plh.until).toBe(true);
  });

  it('runs one recruitment round in Kota Binjai: imported SKD results, a declared conflict, two appointments with matching NIPs', () => {
    const r = plan.recruitment;
    expect(r.instansiId).toBe('kota-binjai');
    expect(r.applicants).toHaveLength(size.applicants);
    expect(new Set(r.applicants.map((a) => a.nik)).size).toBe(r.applicants.length);
    expect(r.formasi.every((f) => positions.get(f.positionId)?.instansiId === 'kota-binjai')).toBe(true);
    expect(r.conflicts).toHaveLength(1);
    const recused = r.applicants.find((a) => a.applicantId === r.conflicts[0].applicantId)!;
    expect(recused.recordedByMemberId).not.toBe(r.conflicts[0].memberId);
    for (const a of r.applicants) if (a.scores) expect(skdScoreProblems(a.scores, SKD_2024)).toEqual([]);
    for (const ap of r.appointments) {
      const a = r.applicants.find((x) => x.applicantId === ap.applicantId)!;
      expect(evaluateSkd(a.scores!, SKD_2024).passedAll).toBe(true);
      expect(appointmentNipProblems(ap.nip, a.birthDate, ap.tmtCpns)).toEqual([]);
      const parsed = parseNip(ap.nip);
      expect(parsed.ok && parsed.value.sex).toBe(a.sex);
    }
    expect(new Set(r.appointments.map((a) => r.applicants.find((x) => x.applicantId === a.applicantId)!.formasiId)).size).toBe(2);
  });

  it('builds command inputs the API would accept, with unique idempotency keys', async () => {
    const steps = seedPhases(plan).flatMap((phase) => phase.chains.flat());
    const keys = steps.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    // The API's own pipe, on the day the plan is "as of": text rules, date kinds, class-validator.
    const pipe = new InputValidationPipe(new FixedClock(new Date(`${PLAN_DATE}T00:00:00Z`)));
    // What the running server fills in (SeedStep.complete), here from a stand-in environment.
    const env: SeedEnvironment = { proofOfWork: async (key) => ({ solution: Buffer.from(`solution of ${key}`).toString('base64'), commandId: deriveId('command', 'anonymous', key) }), trackingIdOf: () => '7K4M-Q2XD-9BWT' };
    for (const s of steps) {
      expect(s.key.startsWith(`${KEY_PREFIX}:`)).toBe(true);
      const input = s.complete ? await s.complete(env) : s.input;
      await pipe.transform(instanceToPlain(input), { type: 'body', metatype: s.inputType as Type<unknown> }).catch((error: Error) => {
        throw new Error(`${s.key}: ${error.message}`);
      });
    }
    const organisation = plan.instansi.length + plan.units.length + plan.positions.length;
    const careers = plan.acting.length + plan.acting.filter((a) => a.end).length + plan.disciplinary.length + plan.transfers.length + plan.promotions.length;
    const personnelSteps = seedPhases(plan).filter((phase) => !phase.name.startsWith('training') && !phase.name.startsWith('feedback') && !phase.name.startsWith('performance') && phase.name !== 'leave').flatMap((phase) => phase.chains.flat());
    expect(personnelSteps).toHaveLength(organisation + plan.employees.length + careers + recruitmentSteps(plan));
    // Training (issue 10): TRAINING_ADMIN writes, a mentor assesses as themselves, and a few plan items are meant to be refused at the envelope.
    const training = steps.filter((s) => s.key.startsWith(`${KEY_PREFIX}:training:`));
    expect(training.length).toBeGreaterThan(50);
    expect(new Set(training.map((s) => s.actor?.roles[0].role))).toEqual(new Set(['TRAINING_ADMIN', 'EMPLOYEE']));
    expect(training.filter((s) => s.expectedRules?.includes('TRAINING.BUDGET_EXCEEDED')).length).toBeGreaterThan(0);
    const leave = planLeave(plan).reduce((n, story) => n + story.actions.length, 0);
    expect(steps.filter((s) => s.key.includes(':leave:'))).toHaveLength(leave);
    // Performance (issue 9 item 10), 2025 closed: targets and organisation predikat per OPD, three steps per SKP (six with a
    // vacant appraiser: the refused submission, the override, the redraft), an evaluation per SKP and period it overlaps (five
    // for a whole-year SKP, fewer from an appointment TMT during 2025), five sign-offs per OPD,
    // a refused re-rating per OPD and the corrections — each at its instant on the seed's clock.
    const closed = planPerformance(plan, 2025);
    const closedSteps = steps.filter((s) => s.key.startsWith(`${KEY_PREFIX}:performance:2025:`));
    const sampledOf = (p: typeof closed) => p.opds.filter((o) => p.skps.some((s) => s.opdUnitId === o.unitId && !s.isOpdHead)).length;
    const closedOverrides = closed.skps.filter((s) => s.override).length;
    // The 2025 Dinas Kesehatan project: formed, its members added, one output, two milestones, each member rated for the four quarters.
    const closedProject = planProject(closed, 2025);
    // The annual close (10 January 2026) per instansi, through the bus command, scheduled on 1 December 2025.
    const closedInstansi = new Set(closed.opds.map((o) => o.instansiId));
    expect(closedSteps.filter((s) => s.key.includes(':annual-close:')).map((s) => s.at)).toEqual([...closedInstansi].map(() => '2025-12-01T02:00:00.000Z'));
    const closedProjectSteps = closedProject ? 1 + closedProject.members.length + 1 + 2 + closedProject.ratings.length : 0;
    expect(closedProject?.ratings).toHaveLength(closedProject!.members.length * 4);
    expect(closedSteps).toHaveLength(closed.opds.length * (2 + 5 + 5) + closed.skps.length * 3 + closed.evaluations.length + closedOverrides * 3 + sampledOf(closed) + closed.corrections.length + closedProjectSteps + closedInstansi.size);
    expect(closed.evaluations.length).toBeLessThan(closed.skps.length * 5);
    expect(closedSteps.filter((s) => s.expectedRules?.length)).toHaveLength(closedOverrides + sampledOf(closed));
    expect(closedSteps.every((s) => s.at && s.at < '2026-03-01')).toBe(true);
    // Each quarter rated by the project lead after it ended, before the appraiser evaluates it.
    for (const rate of closedSteps.filter((s) => s.key.includes(':project:') && s.key.includes(':rate:'))) {
      const period = rate.key.slice(rate.key.lastIndexOf(':') + 1);
      const evaluation = closedSteps.find((s) => s.key.endsWith(`:${period}`) && s.key.includes(':evaluate:'))!;
      expect(rate.at!.slice(0, 10) > periodLastDay(period)).toBe(true);
      expect(rate.at! < evaluation.at!).toBe(true);
    }
    expect(closed.corrections).toHaveLength(2);
    // 2026 in progress, as of the run day: Q1–Q3 only (organisation predikat, evaluations, sign-offs), the project, the journal sample.
    const perf = planPerformance(plan);
    const performance = steps.filter((s) => s.key.startsWith(`${KEY_PREFIX}:performance:2026:`));
    const overrides = perf.skps.filter((s) => s.override).length;
    // The Dinas Kesehatan project: formed, its members added, one output, two milestones, each member rated for Q1 and Q2.
    const project = planProject(perf);
    const projectSteps = project ? 1 + project.members.length + 1 + 2 + project.ratings.length : 0;
    // The journal: an entry per working day (two on Mondays), feedback on the first entry and each Friday.
    const journal = planJournal(perf);
    const mondays = JOURNAL_DAYS.filter((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1).length;
    const fridays = JOURNAL_DAYS.filter((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 5).length;
    const journalSteps = journal.length * (JOURNAL_DAYS.length + mondays + 1 + fridays);
    expect(steps.filter((s) => s.key.includes(':journal:'))).toHaveLength(journal.length * (JOURNAL_DAYS.length + mondays));
    expect(performance).toHaveLength(perf.opds.length * (2 + 3 + 3) + perf.skps.length * (3 + 3) + overrides * 3 + projectSteps + journalSteps);
    expect(performance.filter((s) => s.expectedRules?.length)).toHaveLength(overrides);
    expect(performance.every((s) => s.at === undefined)).toBe(true);
    expect(performance.filter((s) => /:(evaluate|sign-off):.*:2026(-Q4)?$/.test(s.key))).toEqual([]);
    // Approvals, evaluations and corrections are sent as the official (PEJABAT_PENILAI of their unit) or, for the kepala daerah, as the seed.
    const approvals = performance.filter((s) => s.key.endsWith(':approve') && s.key.includes(':skp:'));
    expect(approvals.filter((s) => s.actor === undefined)).toHaveLength(perf.skps.filter((s) => 'kepalaDaerah' in s.pejabatPenilai).length);
    expect(perf.skps.filter((s) => s.isOpdHead).every((s) => 'kepalaDaerah' in s.pejabatPenilai)).toBe(true);
    expect(approvals.filter((s) => s.actor).every((s) => s.actor!.roles[0].role === 'PEJABAT_PENILAI')).toBe(true);
    expect(performance.filter((s) => s.key.includes(':correct:')).every((s) => s.reason !== SEED_REASON && s.actor)).toBe(true);
  });
});

function recruitmentSteps(plan: SeedPlan): number {
  const r = plan.recruitment;
  return 1 + r.formasi.length + r.panel.length + r.applicants.length + r.conflicts.length + 1 + r.applicants.filter((a) => a.scores).length + 2 + r.appointments.length;
}

describe('feedback year', () => {
  const small = buildPlan({ small: true });
  const { phases, summary } = feedbackPhases(small, (key, _type, fields, make, options = {}) => ({ key: `${KEY_PREFIX}:${key}`, input: fields as never, inputType: _type as never, reason: 'r', command: (c) => make(fields as never, c), ...options }), KEY_PREFIX);
  const steps = phases.flatMap((p) => p.chains.flat());
  const inputs = steps.map((s) => s.input as unknown as Record<string, unknown>);

  it('has every kind and privacy, handled at the counter and on the portal, some of it late', () => {
    const submitted = steps.filter((s) => s.key.endsWith(':submit')).map((s) => s.input as unknown as { kind: string; privacy: string });
    expect(new Set(submitted.map((r) => r.kind))).toEqual(new Set(['ASPIRASI', 'PENGADUAN', 'PERMINTAAN_INFORMASI', 'WBS', 'APRESIASI']));
    expect(new Set(submitted.map((r) => r.privacy))).toEqual(new Set(['PUBLIC', 'ANONIM', 'RAHASIA']));
    expect(submitted.filter((r) => r.kind === 'WBS').every((r) => r.privacy === 'RAHASIA')).toBe(true);
    expect(summary.reports).toBe(submitted.length);
    expect(summary.lateReports).toBeGreaterThan(0);
    expect(summary.lateVerifyKeys.length).toBeGreaterThanOrEqual(small.instansi.length);
    // Anonymous steps are completed with a proof of work at run time; officers' steps act as their grant.
    expect(steps.filter((s) => s.actor?.id === 'anonymous').every((s) => s.complete)).toBe(true);
    expect(new Set(steps.map((s) => s.actor?.roles[0].role))).toEqual(new Set(['COMPLAINT_OFFICER', 'PUBLIC', 'EMPLOYEE']));
    expect(inputs.filter((i) => Array.isArray(i.answers))).toHaveLength(summary.responses);
  });

  it('records each step at its instant, month by month, in order within a stream, the deadlines polled after each month', () => {
    expect(phases.map((p) => p.name)).toEqual(Array.from({ length: 10 }, (_, i) => `feedback-${FEEDBACK_YEAR}-${String(i + 1).padStart(2, '0')}`));
    phases.forEach((phase, i) => {
      expect(phase.fireDeadlinesAt! > phase.chains.flat().map((s) => s.at!).sort().at(-1)!).toBe(true);
      if (i > 0) expect(phases[i - 1].fireDeadlinesAt! <= phase.chains.flat().map((s) => s.at!).sort()[0]).toBe(true);
      for (const chain of phase.chains) expect(chain.map((s) => s.at)).toEqual([...chain.map((s) => s.at)].sort());
    });
  });
});

describe('leave plan', () => {
  const stories = planLeave(buildPlan({ small: true }));

  it('gives a year of leave to a dozen staff, with every verdict, carry-over, waiting and cancelled requests', () => {
    expect(stories).toHaveLength(12);
    const actions = stories.flatMap((s) => s.actions);
    for (const verdict of ['DISETUJUI', 'PERUBAHAN', 'DITANGGUHKAN', 'TIDAK_DISETUJUI']) expect(actions.some((a) => a.type === 'decide' && a.verdict === verdict)).toBe(true);
    expect(actions.filter((a) => a.type === 'cancel')).not.toHaveLength(0);
    expect(actions.filter((a) => a.type === 'return')).not.toHaveLength(0);
    expect(actions.filter((a) => a.type === 'cutiBersama')).not.toHaveLength(0);
    expect(stories.every((s) => s.actions[0].type === 'open')).toBe(true);
  });

  it('has each step given by an official of the employee\'s chain, never by the employee', () => {
    for (const story of stories) {
      for (const a of story.actions) if (a.type === 'consider' || a.type === 'decide') expect(a.by.employeeId).not.toBe(story.employeeId);
    }
  });
});

describe('seed helpers', () => {
  it('mulberry32 is deterministic and uniform enough', () => {
    const a = new Random(42);
    const b = new Random(42);
    const values = Array.from({ length: 1000 }, () => a.next());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(Math.abs(values.reduce((s, v) => s + v, 0) / 1000 - 0.5)).toBeLessThan(0.05);
  });

  it('apportions a total in proportion, summing exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [0, 2, 5])).toEqual([0, 2, 5]);
    expect(apportion(5, [])).toEqual([]);
  });

  it('numbers identifiers per 15-digit prefix', () => {
    const ids = new IdentifierAllocator();
    expect(ids.nip('1990-01-02', '2015-03-01', 'MALE')).toBe('199001022015031001');
    expect(ids.nip('1990-01-02', '2015-03-01', 'MALE')).toBe('199001022015031002');
    expect(ids.nip('1990-01-02', '2015-03-01', 'FEMALE')).toBe('199001022015032001');
    expect(ids.niPppk('1990-01-02', '2023-03-01', 'FEMALE')).toBe('199001022023212001');
  });

  it('keeps the promised dataset sizes', () => {
    expect(FULL_SIZE).toMatchObject({ employees: 5000, transfers: 100, promotions: 100, applicants: 30, opdPerInstansi: { 'kota-medan': 25, 'kota-binjai': 15 } });
    expect(small.units.filter((u) => u.kind === UnitKind.OPD || u.kind === UnitKind.KECAMATAN)).toHaveLength(6);
  });
});
