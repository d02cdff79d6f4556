import { loadConfig } from '@config/config';
import { buildPlan } from '../../src/cli/seed/generator';
import { SeedReport, runSeed } from '../../src/cli/seed/run-seed';
import { SEED_ACTOR } from '../../src/cli/seed/runner';
import { KEY_PREFIX, SEED_REASON } from '../../src/cli/seed/commands';
import { feedbackPhases } from '../../src/cli/seed/feedback-seed';
import { CheckpointSigner } from '@infrastructure/event-store/checkpoint';
import { verifySqliteFile } from '@infrastructure/event-store/verify-log';
import { tempDir } from '../fixtures/stores';
import { planLeave } from '../../src/cli/seed/leave-plan';
import { planPerformance, planProject } from '../../src/cli/seed/performance-plan';
import { periodLastDay } from '../../src/modules/performance/skp/periods';
import { JOURNAL_DAYS, planJournal } from '../../src/cli/seed/performance-seed';
import { deriveId } from '@kernel/ids';
import { TestApi } from './harness';

/**
 * `npm run seed -- --small` in process against its own DATA_DIR: the dataset arrives through the
 * commands (real events, real audit metadata), the API started afterwards serves it, and a second run
 * is answered entirely as duplicates without moving the head of the log.
 */
describe('Demo data: npm run seed (reduced dataset)', () => {
  const dataDir = tempDir('akt-seed-');
  // Checkpoints only at shutdown: the assertions below count them (a periodic one would land mid-run on a slow machine).
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error', CHECKPOINT_EVERY_EVENTS: '10000000', CHECKPOINT_EVERY_SECONDS: '86400' });
  const plan = buildPlan({ small: true });
  let first: SeedReport;
  /** The head once the API below has answered: reads of individual appraisals append a RecordViewed each (UU KIP ps. 17 h). */
  let afterReads: number;
  // Both performance years (2025 closed, 2026 in progress) take the small seed to ~32 s alone; a loaded full run of the suite took it past 120 s.

  beforeAll(async () => {
    first = await runSeed(config, { small: true, log: () => undefined, logger: ['error'] });
  }, 300_000);

  it('sends every command of the plan, all accepted, and waits for the read models', () => {
    expect(first.counts.failures).toEqual([]);
    expect(first.ok).toBe(true);
    expect(first.counts.duplicates).toBe(0);
    expect(first.headBefore).toBe(0);
    expect(first.eventsWritten).toBeGreaterThan(first.counts.sent);
    expect(first.phases.map((p) => p.name)).toEqual(['organisation', 'employees', 'careers', 'recruitment', 'training-setup', 'training-activities', 'leave', 'performance-plans', 'performance-skp', 'performance-projects', 'performance-evaluations', 'performance-sign-off', 'performance-journal', ...Array.from({ length: 10 }, (_, i) => `feedback-2026-${String(i + 1).padStart(2, '0')}`)]);
    // The plan items beyond Binjai's tight envelopes are refused as planned (TRAINING.BUDGET_EXCEEDED), nothing else.
    expect(first.counts.refusedAsPlanned).toBeGreaterThan(0);
    expect(first.readModels).toEqual({
      instansi: 2,
      orgUnits: plan.units.length,
      positions: plan.positions.length,
      employees: 200,
      pns: first.dataset.pns,
      pppk: first.dataset.pppk,
      selectionRoundStatus: 'ANNOUNCED',
      appointmentsRegistered: 2,
      appointmentsFailed: 0,
    });
    expect(first.dataset).toMatchObject({ instansi: 2, opd: 6, employees: 200, transfers: 6, promotions: 6, disciplinaryActions: 1, actingAssignments: 2, applicants: 12, appointments: 2 });
  });

  describe('served by the API started afterwards', () => {
    let api: TestApi;
    let auditor: string;

    beforeAll(async () => {
      api = await TestApi.start({ DATA_DIR: dataDir });
      auditor = await api.token('auditor-1', { role: 'AUDITOR', unit: '*' });
    }, 60_000);
    afterAll(async () => {
      afterReads = await api.events.headPosition();
      // Only the audit of who read which appraisal was written, nothing the seed owns.
      const written = (await api.events.readAll({ after: first.headAfter + 1, maxCount: 1000 })).events;
      expect(written.every((e) => e.type === 'performance.RecordViewed' && e.actor.id === 'auditor-1')).toBe(true);
      await api.close();
    });

    it('lists both kota and their OPD (public)', async () => {
      const data = await api.ok(`{ instansiList { id name kepalaDaerahTitle } medan: orgUnits(instansiId: "kota-medan", topLevelOnly: true) { totalCount } binjai: orgUnits(instansiId: "kota-binjai", topLevelOnly: true) { totalCount } }`);
      expect(data.instansiList).toEqual([
        { id: 'kota-binjai', name: 'Pemerintah Kota Binjai', kepalaDaerahTitle: 'Wali Kota' },
        { id: 'kota-medan', name: 'Pemerintah Kota Medan', kepalaDaerahTitle: 'Wali Kota' },
      ]);
      expect([data.medan.totalCount, data.binjai.totalCount]).toEqual([4, 2]);
    });

    it('counts the employees, with NIPs consistent with their records', async () => {
      const data = await api.ok(
        `{ all: employees(first: 100) { totalCount edges { node { identifier nipWarnings { field } } } }
           pppk: employees(filter: { employmentType: PPPK }) { totalCount }
           binjai: employees(filter: { instansiId: "kota-binjai" }) { totalCount } }`,
        {},
        auditor,
      );
      expect(data.all.totalCount).toBe(200);
      expect(data.pppk.totalCount).toBe(first.dataset.pppk);
      expect(data.binjai.totalCount).toBe(plan.employees.filter((e) => e.instansiId === 'kota-binjai').length + 2);
      expect(data.all.edges.every((e: any) => e.node.nipWarnings.length === 0)).toBe(true);
    });

    it('shows the careers: promotion, transfer, hukdis and Plt, written by the seed actor with its reason', async () => {
      const promotion = plan.promotions[0];
      const transfer = plan.transfers[0];
      const hukdis = plan.disciplinary[0];
      const plt = plan.acting.find((a) => a.kind === 'PLT')!;
      const data = await api.ok(
        `query($p: ID!, $t: ID!, $h: ID!, $a: ID!) {
           p: employee(id: $p) { golongan golonganTmt }
           t: employee(id: $t) { unitId positionId }
           h: employee(id: $h) { disciplinaryActions { level hukdisType } }
           a: employee(id: $a) { actingAssignments { kind positionId endedOn } }
           history: employeeHistory(id: $p) { type reason actor { id } } }`,
        { p: promotion.employeeId, t: transfer.employeeId, h: hukdis.employeeId, a: plt.employeeId },
        auditor,
      );
      expect(data.p).toEqual({ golongan: promotion.toGolongan, golonganTmt: promotion.tmt });
      expect(data.t).toEqual({ unitId: transfer.toUnitId, positionId: transfer.toPositionId });
      expect(data.h.disciplinaryActions).toEqual([{ level: 'SEDANG', hukdisType: hukdis.hukdisType }]);
      expect(data.a.actingAssignments).toContainEqual({ kind: 'PLT', positionId: plt.positionId, endedOn: null });
      expect(data.history.map((h: any) => h.type)).toEqual(['personnel.EmployeeRegistered', 'personnel.EmployeePromoted']);
      expect(data.history.every((h: any) => h.actor.id === SEED_ACTOR.id && h.reason === SEED_REASON)).toBe(true);
    });

    it('has a year of training in both cities: partners, envelopes within their cap, verified JP, SIASN records, one internship cohort', async () => {
      const data = await api.ok(
        `{ partners: trainingPartners(first: 20) { totalCount edges { node { name kind agreements { kind status } } } }
           binjai: trainingBudget(unitId: "kota-binjai.bkpsdm", year: 2026) { envelope reserved committed realised remaining }
           medan: siasnTrainingRecords(instansiId: "kota-medan", year: 2026, first: 1) { totalCount edges { node { employeeId endpoint kursus { institusiPenyelenggara jumlahJam } } } }
           internship(id: "kota-medan.magang-usu-2026") { interns { name certificate { certificateNumber mentorJp } } } }`,
        {},
        auditor,
      );
      expect(data.partners.edges.map((e: any) => e.node.name)).toEqual(expect.arrayContaining(['Universitas Sumatera Utara', 'Universitas Negeri Medan', 'Universitas Islam Negeri Sumatera Utara', 'Politeknik Negeri Medan', 'STKIP Budidaya Binjai']));
      expect(data.binjai.envelope).toBe(8_000_000);
      expect(data.binjai.reserved + data.binjai.committed).toBeLessThanOrEqual(data.binjai.envelope);
      expect(data.binjai.remaining).toBeLessThan(2_500_000); // the next plan item did not fit: refused as planned
      expect(data.medan.totalCount).toBeGreaterThan(0);
      expect(data.medan.edges[0].node).toMatchObject({ endpoint: '/kursus/save' });
      const ledger = await api.ok('query($id: ID!) { jpLedger(employeeId: $id, year: 2026) { status totalJp } }', { id: data.medan.edges[0].node.employeeId }, auditor);
      expect(ledger.jpLedger.status).toBe('TERPENUHI');
      expect(data.internship.interns).toHaveLength(3);
      expect(data.internship.interns.every((i: any) => i.name && i.certificate?.mentorJp > 0)).toBe(true);
    });

    it('has a year of leave: carry-over into 2026, a postponement (≤ 24), requests at each step', async () => {
      const [carried, postponed, waiting] = planLeave(plan);
      const query = `query($e: ID!) { y2025: leaveBalance(employeeId: $e, year: 2025) { current { taken remaining } } y2026: leaveBalance(employeeId: $e, year: 2026) { current { carriedOver carryBasis cap available } catatanCuti { year remaining } } }`;
      const one = await api.ok(query, { e: carried.employeeId }, auditor);
      expect(one.y2025.current).toEqual({ taken: 4, remaining: 8 });
      // 6 carried; the PERUBAHAN leave of 23–27 Feb ended early on the 26th: 3 days taken.
      expect(one.y2026.current).toEqual({ carriedOver: 6, carryBasis: 'SATU_TAHUN', cap: 18, available: 15 });
      const two = await api.ok(query, { e: postponed.employeeId }, auditor);
      expect(two.y2026.current).toMatchObject({ carriedOver: 12, carryBasis: 'DITANGGUHKAN', cap: 24, available: 24 });
      const idOf = (ref: string) => deriveId('leave.request', deriveId('command', SEED_ACTOR.id, `seed:v1:leave:${waiting.identifier}:${ref}`));
      const steps = await api.ok(`query($a: ID!, $b: ID!, $c: ID!) { a: leaveRequest(id: $a) { status } b: leaveRequest(id: $b) { status } c: leaveRequest(id: $c) { status } }`, { a: idOf('w2027a'), b: idOf('w2027b'), c: idOf('c2027') }, auditor);
      expect(steps).toEqual({ a: { status: 'MENUNGGU_PERTIMBANGAN' }, b: { status: 'MENUNGGU_KEPUTUSAN' }, c: { status: 'DIBATALKAN' } });
      const requests = (await api.events.readStream(`leave-record-${waiting.employeeId}`)).map((e) => e.type);
      expect(requests.filter((t) => t === 'leave.LeaveRequested')).toHaveLength(4);
      expect(requests).toContain('leave.LeaveCancelled');
    });

    it('has a year of feedback: SKM results per OPD with different IKM, reports escalated for missed SLAs, appreciations, a forum topic with replies', async () => {
      const { summary } = feedbackPhases(plan, (key, type, fields, make, options = {}) => ({ key: `${KEY_PREFIX}:${key}`, input: fields as never, inputType: type as never, reason: SEED_REASON, command: (c) => make(fields as never, c), ...options }), KEY_PREFIX);
      const opds = plan.units.filter((u) => u.instansiId === 'kota-medan' && u.parentUnitId === null);
      const skm = `query($u: ID!) { skmResult(unitId: $u, period: "2026") { respondents suppressed ikm grade sampleAdequate nrr { unsur nrr } published { ikm respondents verified } } }`;
      const results = await Promise.all(opds.map((u) => api.ok(skm, { u: u.unitId }).then((d) => d.skmResult)));
      for (const r of results) {
        expect(r).toMatchObject({ respondents: 30, suppressed: false, published: { respondents: 30, verified: true } });
        expect(r.published.ikm).toBe(r.ikm);
        expect(r.nrr).toHaveLength(9);
      }
      // Different units, different service: IKM spread over grades; the small populations are sampled adequately.
      expect(new Set(results.map((r) => r.grade)).size).toBeGreaterThanOrEqual(2);
      expect(results.map((r) => r.sampleAdequate)).toEqual(opds.map((_, i) => i % 2 === 0));

      const coordinator = await api.token('seed-check-koordinator', { role: 'COMPLAINT_OFFICER', unit: 'kota-medan' });
      const board = await api.ok(`{ missed: feedbackReports(instansiId: "kota-medan", slaMissed: true, first: 50) { totalCount edges { node { status slaBreaches { stage dueAt detectedAt } } } } all: feedbackReports(instansiId: "kota-medan", first: 1) { totalCount } }`, {}, coordinator);
      expect(board.all.totalCount).toBe(summary.reports / 2);
      expect(board.missed.totalCount).toBeGreaterThan(0);
      const breaches = board.missed.edges.flatMap((e: any) => e.node.slaBreaches);
      expect(new Set(breaches.map((b: any) => b.stage))).toEqual(new Set(['VERIFY', 'FOLLOW_UP']));
      // Escalated at the month's end (the seed's clock), not when the seed ran.
      expect(breaches.every((b: any) => b.detectedAt > b.dueAt && b.detectedAt < '2026-11-02')).toBe(true);
      const lateKey = summary.lateVerifyKeys.find((k) => k.includes(':kota-medan.'))!;
      const lateId = `kota-medan.${deriveId('report', deriveId('command', 'seed-koordinator.kota-medan', lateKey))}`;
      const late = await api.ok('query($id: ID!) { feedbackReport(reportId: $id) { status slaMissed slaBreaches { stage } timeline { status } } }', { id: lateId }, coordinator);
      expect(late.feedbackReport).toMatchObject({ slaMissed: true, slaBreaches: [{ stage: 'VERIFY' }] });
      expect(['FOLLOWED_UP', 'CLOSED']).toContain(late.feedbackReport.status);
      const transparency = await api.ok(`{ appreciations(instansiId: "kota-medan", first: 50) { totalCount edges { node { asnName } } } forumTopics(instansiId: "kota-medan", first: 5) { totalCount edges { node { title followUps { action } posts { postId replyTo author status } } } } }`);
      expect(transparency.appreciations.totalCount).toBeGreaterThan(0);
      expect(transparency.appreciations.edges.some((e: any) => e.node.asnName)).toBe(true);
      expect(transparency.forumTopics.totalCount).toBe(1);
      const topic = transparency.forumTopics.edges[0].node;
      // Two citizens' posts published (a third rejected as spam), the unit's answer to the first, and a citizen's reply to the answer.
      expect(topic.posts.map((p: any) => p.author)).toEqual(['CITIZEN', 'CITIZEN', 'UNIT', 'CITIZEN']);
      const [first, , answer, reply] = topic.posts;
      expect([answer.replyTo, reply.replyTo]).toEqual([first.postId, answer.postId]);
      expect(topic.followUps).toHaveLength(1);
    });

    it('has 2025 closed: targets, SKPs in cascade, every quarter and the year within each OPD kurva, signed off, corrected, exported to SIASN', async () => {
      const perf = planPerformance(plan, 2025);
      for (const o of perf.opds) {
        const members = perf.skps.filter((s) => s.opdUnitId === o.unitId).length;
        const data = await api.ok(
          `query($u: ID!) { unitPerformance(unitId: $u, year: 2025) { status targets { targetId } }
             annual: predikatDistribution(unitId: $u, year: 2025) { organisationPredikat total notEvaluated check { allowed } signOff { allowed justification } }
             q4: predikatDistribution(unitId: $u, year: 2025, period: "2025-Q4") { total check { allowed } signOff { allowed } } }`,
          { u: o.unitId },
          auditor,
        );
        expect(data.unitPerformance).toEqual({ status: 'APPROVED', targets: [{ targetId: 'iku-1' }, { targetId: 'iku-2' }] });
        // The corrections came after the sign-off; the kurva still holds with them.
        expect(data.annual).toEqual({ organisationPredikat: o.organisationPredikat, total: members, notEvaluated: 0, check: { allowed: true }, signOff: { allowed: true, justification: null } });
        expect(data.q4).toEqual({ total: members, check: { allowed: true }, signOff: { allowed: true } });
      }
      for (const c of perf.corrections) {
        const employeeId = c.skpId.slice(0, -'.2025'.length);
        const history = await api.ok('query($e: ID!) { appraisalHistory(employeeId: $e, first: 10) { edges { node { id predikat closed corrections { previousPredikat predikat reason } } } } }', { e: employeeId }, auditor);
        const annual = history.appraisalHistory.edges.map((e: any) => e.node).find((n: any) => n.id === c.evaluationId);
        expect(annual).toEqual({ id: c.evaluationId, predikat: 'SANGAT_BAIK', closed: true, corrections: [{ previousPredikat: 'BAIK', predikat: 'SANGAT_BAIK', reason: c.reason }] });
      }
      // The 2025 SKPs were drafted in January 2025 (the seed's clock): the SKP date is that day, the appraisers those of 2025.
      const sample = perf.skps.find((s) => !s.override && 'employeeId' in s.pejabatPenilai)!;
      const skp = await api.ok('query($id: ID!) { skp(id: $id) { status year pejabatPenilai { employeeId source } } }', { id: sample.skpId }, auditor);
      expect(skp.skp).toEqual({ status: 'APPROVED', year: 2025, pejabatPenilai: { employeeId: (sample.pejabatPenilai as { employeeId: string }).employeeId, source: 'DERIVED' } });
      const medan = perf.skps.filter((s) => s.instansiId === 'kota-medan').length;
      const siasn = await api.ok(
        `{ skp22: siasnKinerjaExport(instansiId: "kota-medan", year: 2025, kind: SKP22, first: 1) { totalCount edges { node { payload { tahun } } } }
           periodik: siasnKinerjaExport(instansiId: "kota-medan", year: 2025, kind: KINERJA_PERIODIK, first: 1) { totalCount } }`,
        {},
        auditor,
      );
      expect(siasn.skp22.totalCount).toBe(medan);
      expect(siasn.skp22.edges[0].node.payload).toMatchObject({ tahun: 2025 });
      // An SKP from an appointment TMT during 2025 has only the quarters it overlaps.
      const medanPeriodic = perf.evaluations.filter((e) => e.period !== '2025' && perf.skps.find((s) => s.skpId === e.skpId)!.instansiId === 'kota-medan').length;
      expect(siasn.periodik.totalCount).toBe(medanPeriodic);
      const appointed = perf.skps.find((s) => s.periodStart > '2025-01-01')!;
      const partYear = await api.ok('query($id: ID!) { skp(id: $id) { status skpDate periodStart periodEnd months } }', { id: appointed.skpId }, auditor);
      expect(partYear.skp).toMatchObject({ status: 'APPROVED', skpDate: appointed.skpDate, periodStart: appointed.periodStart, periodEnd: '2025-12-31' });
      expect(partYear.skp.months).toBeLessThan(12);
    });

    it('has 2026 in progress: Q1–Q3 signed off within each kurva, Q4 and the year not yet evaluated, an override for the vacant appraiser', async () => {
      const perf = planPerformance(plan);
      for (const o of perf.opds) {
        const members = perf.skps.filter((s) => s.opdUnitId === o.unitId).length;
        const data = await api.ok(
          `query($u: ID!) { unitPerformance(unitId: $u, year: 2026) { status }
             annual: predikatDistribution(unitId: $u, year: 2026) { notEvaluated signOff { allowed } }
             q3: predikatDistribution(unitId: $u, year: 2026, period: "2026-Q3") { total check { allowed } signOff { allowed } } }`,
          { u: o.unitId },
          auditor,
        );
        expect(data.unitPerformance).toEqual({ status: 'APPROVED' });
        expect(data.q3).toEqual({ total: members, check: { allowed: true }, signOff: { allowed: true } });
        expect(data.annual).toEqual({ notEvaluated: members, signOff: null });
      }
      const overridden = perf.skps.find((s) => s.override)!;
      const skp = await api.ok('query($id: ID!) { skp(id: $id) { status pejabatPenilai { employeeId source } appraiserOverrideReason } }', { id: overridden.skpId }, auditor);
      expect(skp.skp).toEqual({ status: 'APPROVED', pejabatPenilai: { employeeId: overridden.override!.employeeId, source: 'OVERRIDE' }, appraiserOverrideReason: overridden.override!.reason });
    });

    it('has 2026 daily entries for a sample, three weeks of November, with the appraiser’s feedback', async () => {
      const journal = planJournal(planPerformance(plan));
      expect(journal.length).toBeGreaterThanOrEqual(20);
      for (const j of [journal[0], journal[journal.length - 1]]) {
        const data = await api.ok('query($id: ID!) { activityLog(skpId: $id, first: 100) { totalCount edges { node { date employeeId umpanBalik { text } } } } }', { id: j.skp.skpId }, auditor);
        const entries = data.activityLog.edges.map((e: any) => e.node);
        expect(data.activityLog.totalCount).toBe(JOURNAL_DAYS.length + 3);
        expect(new Set(entries.map((e: any) => e.date))).toEqual(new Set(JOURNAL_DAYS));
        expect(entries.every((e: any) => e.employeeId === j.skp.employeeId)).toBe(true);
        expect(entries.filter((e: any) => e.umpanBalik.length > 0)).toHaveLength(1);
      }
    });

    it('has the Dinas Kesehatan project: members from several bidang, milestones reached, the lead’s ratings on each member’s SKP', async () => {
      const project = planProject(planPerformance(plan))!;
      const data = await api.ok('query($id: ID!) { project(id: $id) { unitId leadEmployeeId members { employeeId unitId } outputs { milestones { milestoneId reachedOn } } } }', { id: project.projectId }, auditor);
      expect(data.project).toEqual({
        unitId: 'kota-medan.dinkes',
        leadEmployeeId: project.lead.employeeId,
        members: project.members.map((m) => ({ employeeId: m.employeeId, unitId: m.unitId })),
        outputs: [{ milestones: [{ milestoneId: 'data-posyandu', reachedOn: '2026-03-27' }, { milestoneId: 'peta-terbit', reachedOn: '2026-06-19' }] }],
      });
      const member = project.members[0];
      const skp = await api.ok('query($id: ID!) { skp(id: $id) { projectContributions { projectId rhkId period rating ratedBy } } }', { id: `${member.employeeId}.2026` }, auditor);
      expect(skp.skp.projectContributions).toEqual([
        { projectId: project.projectId, rhkId: member.rhkId, period: '2026-Q1', rating: 'SESUAI', ratedBy: project.lead.employeeId },
        { projectId: project.projectId, rhkId: member.rhkId, period: '2026-Q2', rating: 'DI_ATAS', ratedBy: project.lead.employeeId },
      ]);
    });

    it('has the 2025 annual close (10 January 2026): the reminder on 5 January listing every open annual evaluation, nothing overdue', async () => {
      const skps = planPerformance(plan, 2025).skps.filter((s) => s.instansiId === 'kota-medan').length;
      const status = await api.ok('{ annualCloseStatus(instansiId: "kota-medan", year: 2025) { closeBy remindOn overdue openCount } }', {}, auditor);
      expect(status.annualCloseStatus).toEqual({ closeBy: '2026-01-10', remindOn: '2026-01-05', overdue: false, openCount: 0 });
      const stream = await api.events.readStream('performance-annual-close-kota-medan.2025');
      expect(stream.map((e) => e.type)).toEqual(['performance.AnnualCloseScheduled', 'performance.AnnualCloseReminderIssued']);
      expect(stream[1].data.issuedAt).toBe('2026-01-05T01:30:00.000Z');
      expect(stream[1].data.open.reduce((n: number, o: { skpIds: string[] }) => n + o.skpIds.length, 0)).toBe(skps);
    });

    it('has the Dinas Kesehatan project in 2025 too: milestones reached in 2025, the lead’s ratings of the four quarters on each member’s 2025 SKP', async () => {
      const project = planProject(planPerformance(plan, 2025), 2025)!;
      const data = await api.ok('query($id: ID!) { project(id: $id) { year unitId leadEmployeeId members { employeeId unitId } outputs { outputId milestones { milestoneId reachedOn } } } }', { id: project.projectId }, auditor);
      expect(data.project).toEqual({
        year: 2025,
        unitId: 'kota-medan.dinkes',
        leadEmployeeId: project.lead.employeeId,
        members: project.members.map((m) => ({ employeeId: m.employeeId, unitId: m.unitId })),
        outputs: [{ outputId: 'data-dasar', milestones: [{ milestoneId: 'pendataan', reachedOn: '2025-06-20' }, { milestoneId: 'pmt-tersalur', reachedOn: '2025-11-24' }] }],
      });
      for (const [i, member] of project.members.entries()) {
        const skp = await api.ok('query($id: ID!) { skp(id: $id) { projectContributions { projectId rhkId period rating ratedBy } } }', { id: `${member.employeeId}.2025` }, auditor);
        expect(skp.skp.projectContributions).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'].map((period) => ({ projectId: project.projectId, rhkId: member.rhkId, period, rating: i === 0 && period === '2025-Q2' ? 'DI_ATAS' : 'SESUAI', ratedBy: project.lead.employeeId })));
      }
      // Rated at their instants: each quarter after it ended, in the project stream of 2025.
      const rated = (await api.events.readStream(`performance-project-${project.projectId}`)).filter((e) => e.type === 'performance.ProjectMemberRated');
      expect(rated).toHaveLength(project.members.length * 4);
      expect(rated.every((e) => e.data.ratedAt.slice(0, 10) > periodLastDay(e.data.period) && e.data.ratedAt < '2026-01-10')).toBe(true);
    });

    it('has the announced recruitment round, whose appointees are registered employees', async () => {
      const r = plan.recruitment;
      const data = await api.ok(
        `query($round: ID!, $nip: String!) {
           selectionRanking(roundId: $round) { status formasi { quota entries { status } } }
           employeeByNip(nip: $nip) { golongan employmentType positionId } }`,
        { round: r.roundId, nip: r.appointments[0].nip },
        auditor,
      );
      expect(data.selectionRanking.status).toBe('ANNOUNCED');
      expect(data.selectionRanking.formasi.map((f: any) => f.entries.filter((e: any) => e.status === 'LULUS').length)).toEqual([1, 1]);
      const formasi = r.formasi.find((f) => f.formasiId === r.applicants.find((a) => a.applicantId === r.appointments[0].applicantId)!.formasiId)!;
      expect(data.employeeByNip).toEqual({ golongan: 'III_A', employmentType: 'PNS', positionId: formasi.positionId });
    });
  });

  it('writes nothing when run again: every command is a duplicate and the head does not move', async () => {
    const second = await runSeed(config, { small: true, log: () => undefined, logger: ['error'] });
    expect(second.ok).toBe(true);
    expect(second.counts.sent).toBe(first.counts.sent);
    expect(second.counts.duplicates + second.counts.refusedAsPlanned).toBe(second.counts.sent);
    expect(second.counts.refusedAsPlanned).toBe(first.counts.refusedAsPlanned);
    // The first run settled its claims (their writes exist) before it reported its head: the pass
    // recorded that (kernel.ClaimsReconciled; the settled point moved more than PROGRESS_EVERY), and
    // its shutdown anchored its writes with one signed checkpoint (audit-checkpoint-log). The API found
    // no claim to settle and wrote no marker; its shutdown anchored the RecordViewed its reads
    // appended. The second run writes nothing, not even a checkpoint.
    expect(second.headBefore).toBe(afterReads > first.headAfter + 1 ? afterReads + 1 : first.headAfter + 1);
    expect(second.headAfter).toBe(second.headBefore);
    expect(second.eventsWritten).toBe(0);
    expect(second.readModels).toEqual(first.readModels);
  }, 300_000);

  it("leaves a log that verifies against the witness file the app's checkpointer wrote on shutdown", async () => {
    const trustedKeyIds = [new CheckpointSigner(config.checkpoint.signingKey).keyId];
    const report = await verifySqliteFile(config.eventStore.kind === 'sqlite' ? config.eventStore.file : '', { witnessFile: config.checkpoint.witnessPath, trustedKeyIds });
    // One checkpoint at shutdown, and any the checkpointer wrote during the run (every 1000 new events
    // or 60 s, checked each second: how many depends on the pace of the run).
    expect(report).toMatchObject({ intact: true, breaks: [], checkpoints: { unanchoredEvents: 1, problems: [] }, witness: { problems: [] } });
    expect(report.checkpoints.inLog).toBeGreaterThanOrEqual(1);
    expect(report.witness!.lines).toBe(report.checkpoints.inLog);
    expect(report.checkpoints.latest!.treeSize).toBe(afterReads > first.headAfter + 1 ? afterReads : first.headAfter);
  });
});

describe('Demo data on a store that already holds part of the tree (created through the API)', () => {
  it('leaves what exists and seeds the rest', async () => {
    const dataDir = tempDir('akt-seed-existing-');
    const api = await TestApi.start({ DATA_DIR: dataDir });
    try {
      const root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
      const instansi = { instansiId: 'kota-binjai', name: 'Pemerintah Kota Binjai', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' };
      await api.ok('mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position } }', { input: instansi }, root);
      const unit = { instansiId: 'kota-binjai', code: 'BKPSDM', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', kind: 'OPD' };
      await api.ok('mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }', { input: unit }, root);
    } finally {
      await api.close();
    }
    const report = await runSeed(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error' }), { small: true, log: () => undefined, logger: ['error'] });
    expect(report.counts.failures).toEqual([]);
    expect(report.counts.existing).toBe(2);
    expect(report.ok).toBe(true);
    expect(report.readModels.employees).toBe(200);
  }, 300_000);
});
