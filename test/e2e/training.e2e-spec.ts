import { createHash } from 'node:crypto';
import { budiInput } from '../fixtures/employee-input';
import { newEvent } from '../fixtures/events';
import { DeadlineScheduler } from '@infrastructure/scheduling';
import { codeOf, GraphqlResponse, TestApi } from './harness';

const PROGRAM = 'id instansiId title route form competencies { group name level } jp costPerParticipant provider';
const BUDGET = 'id unitId year revision baseAmount envelope reserved committed realised remaining reallocatedIn reallocatedOut perEmployeeCap skNumber';
const PUBLISH = `mutation($input: PublishProgramInput!) { publishProgram(input: $input) { position duplicate program { ${PROGRAM} } } }`;
const SET_ENVELOPE = `mutation($input: SetBudgetEnvelopeInput!) { setBudgetEnvelope(input: $input) { position duplicate budget { ${BUDGET} } } }`;
const PLAN = `mutation($input: PlanTrainingInput!) { planTraining(input: $input) { position planItem { id employeeId programId gapKind gapReference reservedAmount status } } }`;
const COMMIT = `mutation($input: CommitTrainingBudgetInput!) { commitTrainingBudget(input: $input) { position duplicate commitmentId budget { ${BUDGET} } } }`;
const REALISE = `mutation($input: RealiseTrainingBudgetInput!) { realiseTrainingBudget(input: $input) { budget { ${BUDGET} } } }`;
const REALLOCATE = `mutation($input: ReallocateTrainingBudgetInput!) { reallocateTrainingBudget(input: $input) { budget { ${BUDGET} } } }`;
const CATALOGUE = `query($instansiId: ID, $route: TrainingRoute) { trainingCatalogue(instansiId: $instansiId, route: $route) { totalCount edges { node { ${PROGRAM} } } } }`;
const BOARD = `query($unitId: ID!, $year: Int!) { trainingBudget(unitId: $unitId, year: $year) { ${BUDGET} } }`;
const PLAN_OF = `query($unitId: ID, $employeeId: ID, $year: Int!) { trainingPlan(unitId: $unitId, employeeId: $employeeId, year: $year) { totalCount edges { node { id employeeId status gapKind } } } }`;

const legalBasis = { skNumber: 'DPA-BKPSDM/2026/017', skDate: '2026-01-06' };
const pmProgram = {
  instansiId: 'kota-binjai',
  code: 'PM-2026',
  title: 'Pelatihan Manajemen Proyek Pemerintahan',
  route: 'PELATIHAN_KLASIKAL',
  form: 'DIKLAT',
  competencies: [{ group: 'TEKNIS', name: 'Manajemen Proyek', level: 3 }],
  jp: 32,
  costPerParticipant: 2_500_000,
  provider: 'Universitas Sumatera Utara',
};

describe('Training (GraphQL over HTTP)', () => {
  let api: TestApi;
  let root: string;
  let trainingAdmin: string;
  let trainingAdminMedan: string;
  let bkdBinjai: string;
  let bkdMedan: string;
  let auditor: string;
  let employeeToken: string;
  let otherEmployee: string;
  let penilai: string;
  let employeeId: string;
  let planItemId: string;
  let secondPlanItemId: string;

  beforeAll(async () => {
    api = await TestApi.start({ COMMAND_RETRY_LIMIT: '100' });
    root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    trainingAdmin = await api.token('ta-binjai', { role: 'TRAINING_ADMIN', unit: 'kota-binjai' });
    trainingAdminMedan = await api.token('ta-medan', { role: 'TRAINING_ADMIN', unit: 'kota-medan' });
    bkdBinjai = await api.token('bkd-binjai', { role: 'ADMIN_BKD', unit: 'kota-binjai' });
    bkdMedan = await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: 'kota-medan' });
    auditor = await api.token('auditor-binjai', { role: 'AUDITOR', unit: 'kota-binjai' });
    penilai = await api.token('pp-bkpsdm', { role: 'PEJABAT_PENILAI', unit: 'kota-binjai.bkpsdm' });
    for (const [instansiId, name] of [['kota-medan', 'Pemerintah Kota Medan'], ['kota-binjai', 'Pemerintah Kota Binjai']]) {
      await api.ok('mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position } }', { input: { instansiId, name, kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, root);
    }
    for (const [instansiId, code, name] of [['kota-binjai', 'BKPSDM', 'Badan Kepegawaian dan Pengembangan SDM'], ['kota-binjai', 'DISKOMINFO', 'Dinas Komunikasi dan Informatika'], ['kota-medan', 'DINKES', 'Dinas Kesehatan']]) {
      await api.ok('mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }', { input: { instansiId, parentUnitId: null, code, name, kind: 'OPD' } }, root);
    }
    await api.ok('mutation($input: CreatePositionInput!) { createPosition(input: $input) { position } }', { input: { unitId: 'kota-binjai.bkpsdm', code: 'ANALIS', name: 'Analis SDM Aparatur', jenisJabatan: 'PELAKSANA', isUnitHead: false } }, root);
    const registered = await api.ok('mutation($input: RegisterEmployeeInput!) { registerEmployee(input: $input) { employee { id } } }', { input: { ...budiInput, unitId: 'kota-binjai.bkpsdm', positionId: 'kota-binjai.bkpsdm.analis' } }, bkdBinjai);
    employeeId = registered.registerEmployee.employee.id;
    employeeToken = await api.token(employeeId, { role: 'EMPLOYEE', unit: employeeId });
    otherEmployee = await api.token('someone-else', { role: 'EMPLOYEE', unit: 'someone-else' });
  });
  afterAll(() => api.close());

  const writtenSince = (position: number) => writtenSinceIn(api, position);

  async function refused(query: string, input: object, token: string | undefined, code: string, rule?: string): Promise<GraphqlResponse> {
    const before = await api.events.headPosition();
    const response = await api.gql(query, { input }, token);
    expect(codeOf(response)).toBe(code);
    if (rule) expect(response.errors![0].extensions.rule ?? (response.errors![0].extensions.violations as { rule: string }[])?.[0]?.rule).toBe(rule);
    expect(await writtenSince(before)).toEqual([]);
    return response;
  }

  describe('catalogue (TRAINING_ADMIN publishes, every role reads)', () => {
    it('publishes a program and lists it in the catalogue for an EMPLOYEE', async () => {
      const data = await api.ok(PUBLISH, { input: pmProgram }, trainingAdmin);
      expect(data.publishProgram.program).toEqual({ id: 'kota-binjai.pm-2026', ...pmProgram, code: undefined, instansiId: 'kota-binjai' });
      const list = await api.ok(CATALOGUE, { instansiId: 'kota-binjai', route: 'PELATIHAN_KLASIKAL' }, employeeToken);
      expect(list.trainingCatalogue.totalCount).toBe(1);
      expect(list.trainingCatalogue.edges[0].node.title).toBe(pmProgram.title);
      expect((await api.ok(CATALOGUE, { route: 'PENDIDIKAN' }, employeeToken)).trainingCatalogue.totalCount).toBe(0);
    });

    it('refuses another instansi TRAINING_ADMIN, a form outside its route, and anonymous callers', async () => {
      await refused(PUBLISH, { ...pmProgram, code: 'X-1' }, trainingAdminMedan, 'FORBIDDEN');
      await refused(PUBLISH, { ...pmProgram, code: 'X-2', form: 'COACHING' }, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'TRAINING.FORM_NOT_IN_ROUTE');
      await refused(PUBLISH, { ...pmProgram, code: 'X-3' }, bkdBinjai, 'FORBIDDEN');
      await refused(PUBLISH, { ...pmProgram, code: 'X-4' }, undefined, 'UNAUTHENTICATED');
      await refused(PUBLISH, pmProgram, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'TRAINING.PROGRAM_ALREADY_PUBLISHED');
    });
  });

  describe('budget envelope and board', () => {
    it('sets the BKPSDM envelope; ADMIN_BKD and AUDITOR of Binjai read the board, Medan cannot', async () => {
      const data = await api.ok(SET_ENVELOPE, { input: { unitId: 'kota-binjai.bkpsdm', year: 2026, amount: 60_000_000, perEmployeeCap: 5_000_000, legalBasis } }, trainingAdmin);
      expect(data.setBudgetEnvelope.budget).toMatchObject({ envelope: 60_000_000, reserved: 0, committed: 0, remaining: 60_000_000, perEmployeeCap: 5_000_000, skNumber: legalBasis.skNumber });
      for (const token of [bkdBinjai, auditor]) expect((await api.ok(BOARD, { unitId: 'kota-binjai.bkpsdm', year: 2026 }, token)).trainingBudget.envelope).toBe(60_000_000);
      expect(codeOf(await api.gql(BOARD, { unitId: 'kota-binjai.bkpsdm', year: 2026 }, bkdMedan))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(BOARD, { unitId: 'kota-binjai.bkpsdm', year: 2026 }, employeeToken))).toBe('FORBIDDEN');
      await api.ok(SET_ENVELOPE, { input: { unitId: 'kota-binjai.diskominfo', year: 2026, amount: 10_000_000, legalBasis } }, trainingAdmin);
    });

    it('refuses an envelope for a unit that is not an OPD, and one without a legal basis', async () => {
      await refused(SET_ENVELOPE, { unitId: 'kota-binjai.nope', year: 2026, amount: 1, legalBasis }, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'TRAINING.UNIT_UNKNOWN');
      await refused(SET_ENVELOPE, { unitId: 'kota-binjai.bkpsdm', year: 2026, amount: 1, legalBasis: { skNumber: '', skDate: '2026-01-06' } }, trainingAdmin, 'BAD_USER_INPUT');
    });
  });

  describe('plans from gaps (PEJABAT_PENILAI plans, EMPLOYEE reads their own)', () => {
    it("the competency gap: the jabatan's standard against the employee's assessed profile (JPM), read by the EMPLOYEE and the PEJABAT_PENILAI", async () => {
      const STANDARD = 'mutation($input: SetCompetencyStandardInput!) { setCompetencyStandard(input: $input) { position } }';
      const PROFILE = 'mutation($input: RecordCompetencyProfileInput!) { recordCompetencyProfile(input: $input) { position } }';
      const GAPS = 'query($id: ID!) { competencyGaps(employeeId: $id) { positionId jpm category gaps { name standardLevel achievedLevel gap } } }';
      const competencies = [{ group: 'MANAJERIAL', name: 'Integritas', level: 3 }, { group: 'TEKNIS', name: 'Manajemen Proyek', level: 3 }];
      await refused(STANDARD, { positionId: 'kota-binjai.bkpsdm.analis', competencies }, bkdBinjai, 'FORBIDDEN');
      await refused(STANDARD, { positionId: 'kota-binjai.bkpsdm.none', competencies }, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'TRAINING.POSITION_UNKNOWN');
      await api.ok(STANDARD, { input: { positionId: 'kota-binjai.bkpsdm.analis', competencies } }, trainingAdmin);
      await refused(PROFILE, { employeeId, assessedOn: '2026-01-20', source: 'Uji kompetensi BKPSDM', competencies: [{ group: 'TEKNIS', name: 'Manajemen Proyek', level: 7 }] }, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'TRAINING.COMPETENCY_LEVEL_INVALID');
      await api.ok(PROFILE, { input: { employeeId, assessedOn: '2026-01-20', source: 'Uji kompetensi BKPSDM', competencies: [{ group: 'MANAJERIAL', name: 'Integritas', level: 3 }, { group: 'TEKNIS', name: 'Manajemen Proyek', level: 1 }] } }, trainingAdmin);
      const expected = { positionId: 'kota-binjai.bkpsdm.analis', jpm: 66.67, category: 'KURANG_OPTIMAL', gaps: [{ name: 'Manajemen Proyek', standardLevel: 3, achievedLevel: 1, gap: 2 }] };
      for (const token of [employeeToken, penilai, auditor]) expect((await api.ok(GAPS, { id: employeeId }, token)).competencyGaps).toEqual(expected);
      expect(codeOf(await api.gql(GAPS, { id: employeeId }, otherEmployee))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(GAPS, { id: employeeId }, bkdMedan))).toBe('FORBIDDEN');
    });

    it("the employee's pejabat penilai plans a program naming the competency gap; it reserves the program's cost", async () => {
      await refused(PLAN, { unitId: 'kota-binjai.bkpsdm', year: 2026, employeeId, programId: 'kota-binjai.pm-2026', gap: { kind: 'COMPETENCY', reference: 'Integritas', description: 'Sudah sesuai standar' } }, penilai, 'DOMAIN_RULE_VIOLATION', 'TRAINING.NOT_A_COMPETENCY_GAP');
      const data = await api.ok(PLAN, { input: { unitId: 'kota-binjai.bkpsdm', year: 2026, employeeId, programId: 'kota-binjai.pm-2026', gap: { kind: 'COMPETENCY', reference: 'Manajemen Proyek', description: 'Level 1, standar jabatan level 3' } } }, penilai);
      planItemId = data.planTraining.planItem.id;
      expect(data.planTraining.planItem).toMatchObject({ employeeId, gapKind: 'COMPETENCY', reservedAmount: 2_500_000, status: 'RESERVED' });
      expect((await api.ok(BOARD, { unitId: 'kota-binjai.bkpsdm', year: 2026 }, trainingAdmin)).trainingBudget).toMatchObject({ reserved: 2_500_000, remaining: 57_500_000 });
      const mine = await api.ok(PLAN_OF, { employeeId, year: 2026 }, employeeToken);
      expect(mine.trainingPlan.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([planItemId]);
      expect(codeOf(await api.gql(PLAN_OF, { employeeId, year: 2026 }, otherEmployee))).toBe('FORBIDDEN');
    });

    it('refuses a plan without a gap, for an unknown program, and the per-employee cap', async () => {
      const base = { unitId: 'kota-binjai.bkpsdm', year: 2026, employeeId, programId: 'kota-binjai.pm-2026', gap: { kind: 'PERFORMANCE', reference: 'gap-1', description: 'RHK di bawah ekspektasi' } };
      await refused(PLAN, base, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'TRAINING.GAP_UNKNOWN');
      // The performance module publishes the gap (shared contract); the needs reaction records it.
      const gapEvent = { gapId: 'gap-1', employeeId, instansiId: 'kota-binjai', unitId: 'kota-binjai.bkpsdm', year: 2026, period: '2026', source: 'RHK_DI_BAWAH', rhkId: 'rhk-3', description: 'Analisis jabatan di bawah ekspektasi', evaluationId: 'eval-1' };
      await api.events.append('performance-evaluation-eval-1', [newEvent('performance.PerformanceGapIdentified', gapEvent)], 'no_stream');
      const NEEDS = 'query($instansiId: ID!, $year: Int!) { trainingNeeds(instansiId: $instansiId, year: $year) { totalCount edges { node { id employeeId source } } } }';
      let needs: { trainingNeeds: { totalCount: number } } = { trainingNeeds: { totalCount: 0 } };
      for (let i = 0; i < 50 && needs.trainingNeeds.totalCount === 0; i++) {
        needs = await api.ok(NEEDS, { instansiId: 'kota-binjai', year: 2026 }, trainingAdmin);
        if (needs.trainingNeeds.totalCount === 0) await new Promise((r) => setTimeout(r, 50));
      }
      expect(needs).toEqual({ trainingNeeds: { totalCount: 1, edges: [{ node: { id: 'gap-1', employeeId, source: 'RHK_DI_BAWAH' } }] } });
      await refused(PLAN, { ...base, programId: 'kota-binjai.none' }, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'TRAINING.PROGRAM_UNKNOWN');
      secondPlanItemId = (await api.ok(PLAN, { input: base }, trainingAdmin)).planTraining.planItem.id; // 5,000,000 reserved for Budi: at the cap
      await refused(PLAN, { ...base, idempotencyKey: 'third-plan-for-budi' }, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'TRAINING.EMPLOYEE_CAP_EXCEEDED');
      await refused(PLAN, { ...base, employeeId: 'not-an-employee' }, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'TRAINING.EMPLOYEE_NOT_IN_UNIT');
      await refused(PLAN, base, employeeToken, 'FORBIDDEN');
    });
  });

  describe('commit, realise, reallocate', () => {
    let commitmentId: string;
    it('commits the plan item, realises it, and refuses a commitment without plan item or reason', async () => {
      const data = await api.ok(COMMIT, { input: { unitId: 'kota-binjai.bkpsdm', year: 2026, employeeId, planItemId, amount: 2_400_000 } }, trainingAdmin);
      commitmentId = data.commitTrainingBudget.commitmentId;
      expect(data.commitTrainingBudget.budget).toMatchObject({ reserved: 2_500_000, committed: 2_400_000, remaining: 55_100_000 });
      await refused(COMMIT, { unitId: 'kota-binjai.bkpsdm', year: 2026, employeeId, planItemId, amount: 1 }, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'TRAINING.PLAN_ITEM_NOT_RESERVED');
      await refused(COMMIT, { unitId: 'kota-binjai.bkpsdm', year: 2026, employeeId: 'x-1', amount: 1 }, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.REASON_REQUIRED');
      const realised = await api.ok(REALISE, { input: { unitId: 'kota-binjai.bkpsdm', year: 2026, commitmentId, amount: 2_300_000 } }, trainingAdmin);
      expect(realised.realiseTrainingBudget.budget).toMatchObject({ realised: 2_300_000, committed: 2_400_000 });
    });

    it('reallocates free money to another OPD with a legal basis, never more than is free', async () => {
      const data = await api.ok(REALLOCATE, { input: { fromUnitId: 'kota-binjai.bkpsdm', toUnitId: 'kota-binjai.diskominfo', year: 2026, amount: 5_100_000, legalBasis } }, trainingAdmin);
      expect(data.reallocateTrainingBudget.budget).toMatchObject({ unitId: 'kota-binjai.diskominfo', envelope: 15_100_000, reallocatedIn: 5_100_000 });
      expect((await api.ok(BOARD, { unitId: 'kota-binjai.bkpsdm', year: 2026 }, auditor)).trainingBudget).toMatchObject({ envelope: 54_900_000, reallocatedOut: 5_100_000, remaining: 50_000_000 });
      await refused(REALLOCATE, { fromUnitId: 'kota-binjai.bkpsdm', toUnitId: 'kota-binjai.diskominfo', year: 2026, amount: 50_000_001, legalBasis }, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'TRAINING.BUDGET_EXCEEDED');
    });

    it('50 concurrent commitments through GraphQL: committed never exceeds the envelope', async () => {
      // Remaining 50,000,000; 50 requests of 1,500,000 (distinct employees, with a reason): 33 fit.
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          api.gql(COMMIT, { input: { unitId: 'kota-binjai.bkpsdm', year: 2026, employeeId: `undangan-${i}`, amount: 1_500_000, reason: 'Undangan bimtek SIASN' } }, trainingAdmin),
        ),
      );
      const landed = results.filter((r) => !r.errors);
      const rules = results.filter((r) => r.errors).map((r) => r.errors![0].extensions.rule);
      expect(landed).toHaveLength(33);
      expect(rules.every((rule) => rule === 'TRAINING.BUDGET_EXCEEDED')).toBe(true);
      const board = (await api.ok(BOARD, { unitId: 'kota-binjai.bkpsdm', year: 2026 }, trainingAdmin)).trainingBudget;
      expect(board.committed).toBe(2_400_000 + 33 * 1_500_000);
      expect(board.committed + board.reserved).toBeLessThanOrEqual(board.envelope);
      expect(board.remaining).toBe(500_000);
    });
  });

  describe('activities, verification and the 20-JP ledger', () => {
    const ACTIVITY = 'id title route jp sessions { sessionId date place online } participants { employeeId planItemId status attendedSessions jp certificateHash }';
    const SCHEDULE = `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { activity { ${ACTIVITY} } } }`;
    const ENROL = `mutation($input: EnrolParticipantInput!) { enrolParticipant(input: $input) { activity { ${ACTIVITY} } } }`;
    const ATTEND = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { activity { id } } }`;
    const COMPLETE = `mutation($input: CompleteActivityInput!) { completeActivity(input: $input) { activity { ${ACTIVITY} } } }`;
    const VERIFY = `mutation($input: VerifyCompletionInput!) { verifyCompletion(input: $input) { activity { ${ACTIVITY} } } }`;
    const LEDGER = `query($employeeId: ID!, $year: Int!) { jpLedger(employeeId: $employeeId, year: $year) { employeeId year employmentType totalJp status shortfall capWarning entries { activityId jp } } }`;
    const activityId = 'kota-binjai.pm-2026.angkatan-1';
    const certificate = { certificateHash: `sha256:${'b'.repeat(64)}`, certificateNumber: 'USU/PM/2026/0042', completedOn: '2026-11-11' };

    it('schedules an activity; enrolment needs a plan item or a reason and is refused at the envelope cap', async () => {
      const data = await api.ok(SCHEDULE, { input: { programId: 'kota-binjai.pm-2026', code: 'ANGKATAN-1', unitId: 'kota-binjai.bkpsdm', year: 2026, sessions: [{ sessionId: 's1', date: '2026-11-10', place: 'Aula BKPSDM Binjai', online: false }, { sessionId: 's2', date: '2026-11-11', online: true }] } }, trainingAdmin);
      expect(data.scheduleActivity.activity).toMatchObject({ id: activityId, jp: 32, route: 'PELATIHAN_KLASIKAL', participants: [] });
      await refused(ENROL, { activityId, employeeId }, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'TRAINING.PLAN_OR_REASON_REQUIRED');
      // 500,000 left after the concurrent commitments: a 2,500,000 participant without a plan item does not fit,
      // nor does it fit Budi's per-employee cap (4,900,000 already reserved or committed).
      const response = await refused(ENROL, { activityId, employeeId, reason: 'Penugasan pimpinan' }, trainingAdmin, 'DOMAIN_RULE_VIOLATION');
      expect((response.errors![0].extensions.violations as { rule: string }[]).map((v) => v.rule).sort()).toEqual(['TRAINING.BUDGET_EXCEEDED', 'TRAINING.EMPLOYEE_CAP_EXCEEDED']);
    });

    it('revises the envelope, enrols from the plan item (its reservation becomes the commitment), records attendance, and the EMPLOYEE submits the certificate', async () => {
      await api.ok(SET_ENVELOPE, { input: { unitId: 'kota-binjai.bkpsdm', year: 2026, amount: 70_000_000, perEmployeeCap: 5_000_000, legalBasis: { skNumber: 'DPA-P-BKPSDM/2026/003', skDate: '2026-09-01' } } }, trainingAdmin);
      const enrolled = await api.ok(ENROL, { input: { activityId, employeeId, planItemId: secondPlanItemId } }, trainingAdmin);
      expect(enrolled.enrolParticipant.activity.participants).toEqual([expect.objectContaining({ employeeId, planItemId: secondPlanItemId, status: 'ENROLLED' })]);
      await api.ok(ATTEND, { input: { activityId, sessionId: 's1', employeeId, present: true } }, trainingAdmin);
      await refused(COMPLETE, { activityId, employeeId, ...certificate }, employeeToken, 'DOMAIN_RULE_VIOLATION', 'TRAINING.ATTENDANCE_INCOMPLETE');
      await api.ok(ATTEND, { input: { activityId, sessionId: 's2', employeeId, present: true } }, trainingAdmin);
      await refused(COMPLETE, { activityId, employeeId, ...certificate }, otherEmployee, 'FORBIDDEN');
      const done = await api.ok(COMPLETE, { input: { activityId, employeeId, ...certificate } }, employeeToken);
      expect(done.completeActivity.activity.participants[0]).toMatchObject({ status: 'COMPLETED', jp: 32, attendedSessions: ['s1', 's2'] });
    });

    it('only verified completions count: BELUM before verification, TERPENUHI after; the next year starts at zero', async () => {
      expect((await api.ok(LEDGER, { employeeId, year: 2026 }, employeeToken)).jpLedger).toMatchObject({ totalJp: 0, status: 'BELUM', shortfall: 20, employmentType: 'PNS' });
      await refused(VERIFY, { activityId, employeeId }, employeeToken, 'FORBIDDEN');
      const verified = await api.ok(VERIFY, { input: { activityId, employeeId } }, trainingAdmin);
      expect(verified.verifyCompletion.activity.participants[0].status).toBe('VERIFIED');
      await refused(VERIFY, { activityId, employeeId }, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'TRAINING.ALREADY_VERIFIED');
      const ledger = (await api.ok(LEDGER, { employeeId, year: 2026 }, penilai)).jpLedger;
      expect(ledger).toMatchObject({ totalJp: 32, status: 'TERPENUHI', shortfall: 0, capWarning: false, entries: [{ activityId, jp: 32 }] });
      expect((await api.ok(LEDGER, { employeeId, year: 2027 }, auditor)).jpLedger).toMatchObject({ totalJp: 0, status: 'BELUM', shortfall: 20 });
      expect(codeOf(await api.gql(LEDGER, { employeeId, year: 2026 }, otherEmployee))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(LEDGER, { employeeId, year: 2026 }, bkdMedan))).toBe('FORBIDDEN');
      const board = (await api.ok(BOARD, { unitId: 'kota-binjai.bkpsdm', year: 2026 }, trainingAdmin)).trainingBudget;
      expect(board.realised).toBe(2_300_000 + 2_500_000);
    });
  });

  describe('SIASN diklat / kursus records and the export (ADMIN_BKD, AUDITOR)', () => {
    const RECORDS = 'query($instansiId: ID!, $year: Int!) { siasnTrainingRecords(instansiId: $instansiId, year: $year, first: 10) { totalCount edges { node { id endpoint employeeId nipBaru certificateHash kursus { jenisKursus namaKursus institusiPenyelenggara nomorSertipikat tanggalKursus tanggalSelesaiKursus tahunKursus jumlahJam instansiId } diklat { nomor } } } } }';
    const EXPORT = 'query($instansiId: ID!, $year: Int!, $unitId: ID) { siasnTrainingExport(instansiId: $instansiId, year: $year, unitId: $unitId) { fileName contentType mappingVersion recordCount sha256 content } }';

    it('lists each verified completion as a kursus/save record keyed by nipBaru', async () => {
      const records = (await api.ok(RECORDS, { instansiId: 'kota-binjai', year: 2026 }, bkdBinjai)).siasnTrainingRecords;
      expect(records.totalCount).toBe(1);
      expect(records.edges[0].node).toEqual({
        id: `kota-binjai.pm-2026.angkatan-1:${employeeId}`,
        endpoint: '/kursus/save',
        employeeId,
        nipBaru: budiInput.identifier,
        certificateHash: `sha256:${'b'.repeat(64)}`,
        kursus: { jenisKursus: 'Diklat Teknis', namaKursus: pmProgram.title, institusiPenyelenggara: 'Universitas Sumatera Utara', nomorSertipikat: 'USU/PM/2026/0042', tanggalKursus: '2026-11-10', tanggalSelesaiKursus: '2026-11-11', tahunKursus: 2026, jumlahJam: 32, instansiId: 'kota-binjai' },
        diklat: null,
      });
      expect((await api.ok(RECORDS, { instansiId: 'kota-binjai', year: 2027 }, auditor)).siasnTrainingRecords.totalCount).toBe(0);
      expect(codeOf(await api.gql(RECORDS, { instansiId: 'kota-binjai', year: 2026 }, bkdMedan))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(RECORDS, { instansiId: 'kota-binjai', year: 2026 }, employeeToken))).toBe('FORBIDDEN');
    });

    it('exports them as an NDJSON file with its hash', async () => {
      const file = (await api.ok(EXPORT, { instansiId: 'kota-binjai', year: 2026 }, auditor)).siasnTrainingExport;
      expect(file).toMatchObject({ fileName: 'siasn-diklat-kursus-kota-binjai-2026.ndjson', contentType: 'application/x-ndjson', recordCount: 1 });
      const lines = file.content.trim().split('\n').map((line: string) => JSON.parse(line));
      expect(lines).toEqual([expect.objectContaining({ endpoint: '/kursus/save', nipBaru: budiInput.identifier, payload: expect.objectContaining({ nomorSertipikat: 'USU/PM/2026/0042', jumlahJam: 32, pnsOrangId: null }) })]);
      expect(file.sha256).toBe(createHash('sha256').update(file.content).digest('hex'));
      expect((await api.ok(EXPORT, { instansiId: 'kota-binjai', year: 2026, unitId: 'kota-binjai.diskominfo' }, trainingAdmin)).siasnTrainingExport.recordCount).toBe(0);
    });
  });

  describe('unit compliance, the published metric and the Q4 reminder (ADMIN_BKD, AUDITOR, TRAINING_ADMIN)', () => {
    const COMPLIANCE = 'query($unitId: ID!, $year: Int!) { unitTrainingCompliance(unitId: $unitId, year: $year) { unitId year staffCount compliantCount compliancePct below { employeeId totalJp shortfall } } }';
    const PUBLISH_COMPLIANCE = 'mutation($input: UnitYearInput!) { publishUnitTrainingCompliance(input: $input) { duplicate compliance { compliancePct staffCount } } }';
    const SCHEDULE_REMINDERS = 'mutation($input: UnitYearInput!) { scheduleJpReminders(input: $input) { deadlineId dueAt } }';

    it('reports the share of active PNS at ≥ 20 verified JP; 2027 starts below', async () => {
      expect((await api.ok(COMPLIANCE, { unitId: 'kota-binjai.bkpsdm', year: 2026 }, bkdBinjai)).unitTrainingCompliance).toEqual({ unitId: 'kota-binjai.bkpsdm', year: 2026, staffCount: 1, compliantCount: 1, compliancePct: '100.00', below: [] });
      expect((await api.ok(COMPLIANCE, { unitId: 'kota-binjai.bkpsdm', year: 2027 }, auditor)).unitTrainingCompliance).toMatchObject({ compliancePct: '0.00', below: [{ employeeId, totalJp: 0, shortfall: 20 }] });
      expect(codeOf(await api.gql(COMPLIANCE, { unitId: 'kota-binjai.bkpsdm', year: 2026 }, bkdMedan))).toBe('FORBIDDEN');
    });

    it('publishes shared.UnitMetricPublished JP_COMPLIANCE_PCT once per figure', async () => {
      expect((await api.ok(PUBLISH_COMPLIANCE, { input: { unitId: 'kota-binjai.bkpsdm', year: 2026 } }, trainingAdmin)).publishUnitTrainingCompliance.compliance.compliancePct).toBe('100.00');
      await api.ok(PUBLISH_COMPLIANCE, { input: { unitId: 'kota-binjai.bkpsdm', year: 2026 } }, trainingAdmin);
      const events = await api.events.readStream('training-compliance-kota-binjai.bkpsdm-2026');
      expect(events.map((e) => [e.type, e.data.metric, e.data.value, e.data.basis])).toEqual([['shared.UnitMetricPublished', 'JP_COMPLIANCE_PCT', '100.00', 1]]);
      await refused(PUBLISH_COMPLIANCE, { unitId: 'kota-binjai.bkpsdm', year: 2026 }, bkdBinjai, 'FORBIDDEN');
    });

    it('schedules the Q4 reminder with the platform deadlines; when it fires it lists the PNS below 20 JP', async () => {
      const scheduled = (await api.ok(SCHEDULE_REMINDERS, { input: { unitId: 'kota-binjai.bkpsdm', year: 2027 } }, trainingAdmin)).scheduleJpReminders;
      expect(scheduled.dueAt).toBe('2027-10-01T01:00:00.000Z');
      const past = (await api.ok(SCHEDULE_REMINDERS, { input: { unitId: 'kota-binjai.bkpsdm', year: 2026 } }, trainingAdmin)).scheduleJpReminders;
      expect(past.dueAt).toBe('2026-10-01T01:00:00.000Z');
      // The scheduler polls the deadlines read model and dispatches through a reaction: wait for both.
      let events: Awaited<ReturnType<typeof api.events.readStream>> = [];
      for (let i = 0; i < 100 && !events.some((e) => e.type === 'training.JpReminderIssued'); i++) {
        await api.app.get(DeadlineScheduler).tick();
        await new Promise((r) => setTimeout(r, 50));
        events = await api.events.readStream('training-compliance-kota-binjai.bkpsdm-2026');
      }
      expect(events.filter((e) => e.type === 'training.JpReminderIssued').map((e) => e.data.below)).toEqual([[]]);
      expect(await api.events.readStream('training-compliance-kota-binjai.bkpsdm-2027')).toEqual([]);
    });

    it('refuses the reminder to anyone but TRAINING_ADMIN of the instansi, and for a unit that is not an OPD, scheduling nothing', async () => {
      await refused(SCHEDULE_REMINDERS, { unitId: 'kota-binjai.bkpsdm', year: 2028 }, bkdBinjai, 'FORBIDDEN');
      await refused(SCHEDULE_REMINDERS, { unitId: 'kota-binjai.bkpsdm', year: 2028 }, trainingAdminMedan, 'FORBIDDEN');
      await refused(SCHEDULE_REMINDERS, { unitId: 'kota-binjai.nope', year: 2028 }, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'TRAINING.UNIT_UNKNOWN');
    });
  });
  describe('partners and cooperation agreements (TRAINING_ADMIN records, AUDITOR and ADMIN_BKD read)', () => {
    const PARTNER = 'id instansiId name kind city agreements { agreementId kind number signedOn validFrom validUntil scope underAgreementId status }';
    const REGISTER_PARTNER = `mutation($input: RegisterTrainingPartnerInput!) { registerTrainingPartner(input: $input) { partner { ${PARTNER} } } }`;
    const SIGN = `mutation($input: SignCooperationAgreementInput!) { signCooperationAgreement(input: $input) { partner { ${PARTNER} } } }`;
    const PARTNERS = `query($instansiId: ID, $kind: TrainingPartnerKind) { trainingPartners(instansiId: $instansiId, kind: $kind, first: 10) { totalCount edges { node { ${PARTNER} } } } }`;
    const SCHEDULE = 'mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { activity { id agreementId } } }';
    const mou = { partnerId: 'kota-binjai.usu', code: 'MOU-2024', kind: 'MOU', number: '100.3.7/0211/2024', signedOn: '2024-02-12', validFrom: '2024-02-12', validUntil: '2029-02-11', scope: 'Pengembangan kompetensi ASN, penelitian, magang mahasiswa' };
    const expiredPks = { ...mou, code: 'PKS-2024', kind: 'PKS', number: '000.9/PKS/003/2024', signedOn: '2024-03-01', validFrom: '2024-03-01', validUntil: '2025-12-31', scope: 'Diklat manajemen proyek 2024–2025', underAgreementId: 'kota-binjai.usu.mou-2024' };
    const pks = { ...expiredPks, code: 'PKS-2026', number: '000.9/PKS/001/2026', signedOn: '2026-01-05', validFrom: '2026-01-05', validUntil: '2029-02-11', scope: 'Diklat manajemen proyek dan magang 2026–2029' };
    const activity = { programId: 'kota-binjai.pm-2026', unitId: 'kota-binjai.bkpsdm', year: 2026, sessions: [{ sessionId: 's1', date: '2026-11-24', place: 'Kampus USU Padang Bulan', online: false }] };

    it('registers a university with an MoU and PKS under it; readers see each agreement\'s status', async () => {
      const registered = await api.ok(REGISTER_PARTNER, { input: { instansiId: 'kota-binjai', code: 'USU', name: 'Universitas Sumatera Utara', kind: 'UNIVERSITAS', city: 'Medan' } }, trainingAdmin);
      expect(registered.registerTrainingPartner.partner).toEqual({ id: 'kota-binjai.usu', instansiId: 'kota-binjai', name: 'Universitas Sumatera Utara', kind: 'UNIVERSITAS', city: 'Medan', agreements: [] });
      await api.ok(SIGN, { input: mou }, trainingAdmin);
      await api.ok(SIGN, { input: expiredPks }, trainingAdmin);
      const signed = (await api.ok(SIGN, { input: pks }, trainingAdmin)).signCooperationAgreement.partner;
      expect(signed.agreements.map((a: { agreementId: string; status: string }) => [a.agreementId, a.status])).toEqual([
        ['kota-binjai.usu.mou-2024', 'BERLAKU'],
        ['kota-binjai.usu.pks-2024', 'KEDALUWARSA'],
        ['kota-binjai.usu.pks-2026', 'BERLAKU'],
      ]);
      for (const token of [auditor, bkdBinjai]) expect((await api.ok(PARTNERS, { instansiId: 'kota-binjai', kind: 'UNIVERSITAS' }, token)).trainingPartners.totalCount).toBe(1);
      expect((await api.ok(PARTNERS, {}, bkdMedan)).trainingPartners.totalCount).toBe(0);
      expect(codeOf(await api.gql(PARTNERS, { instansiId: 'kota-binjai' }, bkdMedan))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(PARTNERS, {}, employeeToken))).toBe('FORBIDDEN');
    });

    it('refuses another instansi, a PKS beyond its MoU, a reused number and an inverted period', async () => {
      await refused(REGISTER_PARTNER, { instansiId: 'kota-binjai', code: 'UNIMED', name: 'Universitas Negeri Medan', kind: 'UNIVERSITAS' }, trainingAdminMedan, 'FORBIDDEN');
      await refused(SIGN, { ...pks, code: 'PKS-X' }, trainingAdminMedan, 'FORBIDDEN');
      await refused(SIGN, { ...pks, code: 'PKS-LONG', number: '000.9/PKS/099/2026', validUntil: '2030-12-31' }, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'TRAINING.AGREEMENT_OUTSIDE_MOU');
      await refused(SIGN, { ...pks, code: 'PKS-DUP' }, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'TRAINING.AGREEMENT_EXISTS');
      await refused(SIGN, { ...mou, code: 'MOU-BAD', number: '100/1', validFrom: '2026-05-01', validUntil: '2026-04-01' }, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'TRAINING.AGREEMENT_PERIOD_INVALID');
      await refused(SIGN, { ...mou, partnerId: 'kota-binjai.nobody', code: 'MOU-1' }, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'TRAINING.PARTNER_UNKNOWN');
    });

    it('an expired agreement blocks new activities under it; one in force carries them', async () => {
      await refused(SCHEDULE, { ...activity, code: 'USU-1', agreementId: 'kota-binjai.usu.pks-2024' }, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'TRAINING.AGREEMENT_EXPIRED');
      await refused(SCHEDULE, { ...activity, code: 'USU-1', agreementId: 'kota-binjai.usu.pks-1999' }, trainingAdmin, 'DOMAIN_RULE_VIOLATION', 'TRAINING.AGREEMENT_UNKNOWN');
      const data = await api.ok(SCHEDULE, { input: { ...activity, code: 'USU-1', agreementId: 'kota-binjai.usu.pks-2026' } }, trainingAdmin);
      expect(data.scheduleActivity.activity).toEqual({ id: 'kota-binjai.pm-2026.usu-1', agreementId: 'kota-binjai.usu.pks-2026' });
    });
  });
});

/** Events appended after `position`, leaving out the audit checkpoints the checkpointer writes on its own timer. */
async function writtenSinceIn(api: TestApi, position: number): Promise<string[]> {
  const { events } = await api.events.readAll({ after: position, maxCount: 1000 });
  return events.filter((e) => !e.streamId.startsWith('audit-checkpoint')).map((e) => `${e.streamId} ${e.type}`);
}
