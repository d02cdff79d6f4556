import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { budiInput } from '../fixtures/employee-input';
import { TestApi } from './harness';

/** The training subscriptions over graphql-ws: enrolments and completions from the committed log, scoped per instansi. */
describe('Training subscriptions (graphql-ws)', () => {
  let api: TestApi;
  let taBinjai: string;
  let taMedan: string;
  const clients: Client[] = [];
  const ENROLMENTS = 'subscription($after: Float, $activityId: ID) { trainingEnrolments(after: $after, activityId: $activityId) { position activityId employeeId planItemId enrolledAt } }';
  const COMPLETIONS = 'subscription($after: Float) { trainingCompletions(after: $after) { position kind activityId employeeId jp at } }';

  function connect(token: string): Client {
    const client = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: true, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` } });
    clients.push(client);
    return client;
  }

  /** The first `count` results (or the errors), then unsubscribes. */
  function take(client: Client, count: number, query: string, variables: Record<string, unknown>): Promise<{ data?: any; errors?: any[] }[]> {
    return new Promise((resolve, reject) => {
      const results: { data?: any; errors?: any[] }[] = [];
      const timer = setTimeout(() => {
        unsubscribe();
        reject(new Error(`timed out with ${results.length} of ${count}: ${JSON.stringify(results)}`));
      }, 8000);
      const unsubscribe = client.subscribe(
        { query, variables },
        {
          next: (result) => {
            results.push(result as { data?: any; errors?: any[] });
            if (results.length >= count || result.errors) {
              clearTimeout(timer);
              unsubscribe();
              resolve(results);
            }
          },
          error: (error) => {
            clearTimeout(timer);
            Array.isArray(error) ? resolve([{ errors: error }]) : reject(error);
          },
          complete: () => {
            clearTimeout(timer);
            resolve(results);
          },
        },
      );
    });
  }

  async function setUp(instansiId: string, name: string, opd: string, employee: Record<string, unknown>, ta: string) {
    const root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    const run = (query: string, input: object, token = root) => api.ok(query, { input }, token);
    await run('mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position } }', { instansiId, name, kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' });
    await run('mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }', { instansiId, code: opd, name: `Dinas ${opd}`, kind: 'OPD' });
    const unitId = `${instansiId}.${opd.toLowerCase()}`;
    await run('mutation($input: CreatePositionInput!) { createPosition(input: $input) { position } }', { unitId, code: 'ANALIS', name: 'Analis', jenisJabatan: 'PELAKSANA' });
    await run('mutation($input: RegisterEmployeeInput!) { registerEmployee(input: $input) { position } }', { ...employee, unitId, positionId: `${unitId}.analis` });
    await run('mutation($input: PublishProgramInput!) { publishProgram(input: $input) { position } }', { instansiId, code: 'BIMTEK-SIASN', title: 'Bimtek SIASN', route: 'PELATIHAN_KLASIKAL', form: 'BIMTEK', competencies: [{ group: 'TEKNIS', name: 'Pengelolaan Data Kepegawaian', level: 2 }], jp: 24, costPerParticipant: 1_000_000, provider: 'Kantor Regional VI BKN Medan' }, ta);
    await run('mutation($input: SetBudgetEnvelopeInput!) { setBudgetEnvelope(input: $input) { position } }', { unitId, year: 2026, amount: 10_000_000, legalBasis: { skNumber: `DPA/${opd}/2026`, skDate: '2026-01-05' } }, ta);
    await run('mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { position } }', { programId: `${instansiId}.bimtek-siasn`, code: 'A1', unitId, year: 2026, sessions: [{ sessionId: 's1', date: '2026-06-10', online: true }] }, ta);
    return `${instansiId}.bimtek-siasn.a1`;
  }

  const enrol = (activityId: string, employeeId: string, token: string) =>
    api.ok('mutation($input: EnrolParticipantInput!) { enrolParticipant(input: $input) { position } }', { input: { activityId, employeeId, reason: 'Penugasan BKPSDM' } }, token);

  let binjaiActivity: string;
  let medanActivity: string;

  beforeAll(async () => {
    api = await TestApi.start();
    taBinjai = await api.token('ta-binjai', { role: 'TRAINING_ADMIN', unit: 'kota-binjai' });
    taMedan = await api.token('ta-medan', { role: 'TRAINING_ADMIN', unit: 'kota-medan' });
    binjaiActivity = await setUp('kota-binjai', 'Pemerintah Kota Binjai', 'BKPSDM', { employeeId: 'emp-ani', employmentType: 'PNS', identifier: '198609262015052001', name: 'Ani Lestari Siregar, S.Kom.', birthDate: '1986-09-26', sex: 'FEMALE', tmt: '2015-05-01', golongan: 'III_A', golonganTmt: '2015-05-01', education: 'S1' }, taBinjai);
    medanActivity = await setUp('kota-medan', 'Pemerintah Kota Medan', 'DINKES', { ...budiInput, employeeId: 'emp-budi' }, taMedan);
    await enrol(binjaiActivity, 'emp-ani', taBinjai);
    await enrol(medanActivity, 'emp-budi', taMedan);
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await api.close();
  });

  it('delivers enrolments from the log, each subscriber only its instansi; an activity filter narrows it', async () => {
    const binjai = await take(connect(taBinjai), 1, ENROLMENTS, { after: 0 });
    expect(binjai.map((r) => r.data.trainingEnrolments)).toEqual([expect.objectContaining({ activityId: binjaiActivity, employeeId: 'emp-ani', planItemId: null })]);
    // Medan's enrolment comes after Ani's in the log: Binjai's subscriber never receives it.
    const after = await new Promise<unknown[]>((resolve) => {
      const seen: unknown[] = [];
      const stop = connect(taBinjai).subscribe({ query: ENROLMENTS, variables: { after: binjai[0].data.trainingEnrolments.position } }, { next: (r) => void seen.push(r), error: () => undefined, complete: () => undefined });
      setTimeout(() => (stop(), resolve(seen)), 500);
    });
    expect(after).toEqual([]);
    const auditorMedan = await api.token('auditor-medan', { role: 'AUDITOR', unit: 'kota-medan' });
    const medan = await take(connect(auditorMedan), 1, ENROLMENTS, { after: 0, activityId: medanActivity });
    expect(medan.map((r) => r.data.trainingEnrolments.employeeId)).toEqual(['emp-budi']);
    const root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    const all = await take(connect(root), 2, ENROLMENTS, { after: 0 });
    expect(all.map((r) => r.data.trainingEnrolments.employeeId)).toEqual(['emp-ani', 'emp-budi']);
  });

  it('delivers completions and verifications live, resumable from a position', async () => {
    const head = await api.events.headPosition();
    const live = take(connect(taBinjai), 2, COMPLETIONS, { after: head });
    const ani = await api.token('emp-ani', { role: 'EMPLOYEE', unit: 'emp-ani' });
    await api.ok('mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { position } }', { input: { activityId: binjaiActivity, sessionId: 's1', employeeId: 'emp-ani', present: true } }, taBinjai);
    await api.ok('mutation($input: CompleteActivityInput!) { completeActivity(input: $input) { position } }', { input: { activityId: binjaiActivity, employeeId: 'emp-ani', certificateHash: `sha256:${'d'.repeat(64)}`, certificateNumber: 'BKN/SIASN/2026/19', completedOn: '2026-06-10' } }, ani);
    await api.ok('mutation($input: VerifyCompletionInput!) { verifyCompletion(input: $input) { position } }', { input: { activityId: binjaiActivity, employeeId: 'emp-ani' } }, taBinjai);
    const results = (await live).map((r) => r.data.trainingCompletions);
    expect(results.map((r) => [r.kind, r.employeeId, r.jp])).toEqual([['COMPLETED', 'emp-ani', 24], ['VERIFIED', 'emp-ani', 24]]);
    const resumed = await take(connect(taBinjai), 1, COMPLETIONS, { after: results[0].position });
    expect(resumed[0].data.trainingCompletions.kind).toBe('VERIFIED');
  });

  it('refuses an EMPLOYEE and a negative position', async () => {
    const ani = await api.token('emp-ani', { role: 'EMPLOYEE', unit: 'emp-ani' });
    const refused = await take(connect(ani), 1, ENROLMENTS, { after: 0 });
    expect(refused[0].errors?.[0].extensions.code).toBe('FORBIDDEN');
    const bad = await take(connect(taBinjai), 1, COMPLETIONS, { after: -1 });
    expect(bad[0].errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
