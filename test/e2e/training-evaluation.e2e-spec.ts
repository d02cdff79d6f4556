import { DeadlineScheduler } from '@infrastructure/scheduling';
import { FixedClock } from '@kernel/clock';
import { codeOf, TestApi } from './harness';

/**
 * Evaluation after training over GraphQL, on a clock the test moves: the participant's reaction
 * survey, and three months after completion the platform deadline asks the atasan — resolved from the
 * organisation tree — for the assessment of use at work.
 */
describe('Training evaluation (GraphQL over HTTP, moving clock)', () => {
  const clock = new FixedClock(new Date('2026-05-04T03:00:00Z'));
  let api: TestApi;
  let trainingAdmin: string;
  let ani: string;
  let kabid: string;
  let otherPenilai: string;
  let auditor: string;
  const activityId = 'kota-binjai.pm-2026.angkatan-1';
  const ACTIVITY = 'id participants { employeeId status survey { materi pengajar penyelenggaraan manfaat comment } transferAssessment { status dueOn atasanEmployeeId atasanPositionId assessorId score applied description } }';
  const SURVEY = `mutation($input: SubmitTrainingSurveyInput!) { submitTrainingSurvey(input: $input) { activity { ${ACTIVITY} } } }`;
  const ASSESS = `mutation($input: AssessTrainingTransferInput!) { assessTrainingTransfer(input: $input) { activity { ${ACTIVITY} } } }`;
  const GET = `query($id: ID!) { trainingActivity(id: $id) { ${ACTIVITY} } }`;
  const TODO = `query { trainingTransferAssessments(first: 10) { totalCount edges { node { ${ACTIVITY} } } } }`;
  const survey = { activityId, employeeId: 'emp-ani', ratings: { materi: 5, pengajar: 4, penyelenggaraan: 4, manfaat: 5 }, comment: 'Studi kasus dari proyek SPBE Binjai' };
  const assessment = { activityId, employeeId: 'emp-ani', score: 4, applied: true, description: 'Menyusun rencana proyek aplikasi layanan perizinan dengan jadwal dan risiko' };

  async function refused(query: string, input: object, token: string, code: string, rule?: string) {
    const before = await api.events.headPosition();
    const response = await api.gql(query, { input }, token);
    expect(codeOf(response)).toBe(code);
    if (rule) expect(response.errors![0].extensions.rule).toBe(rule);
    expect(await api.events.headPosition()).toBe(before);
  }

  beforeAll(async () => {
    api = await TestApi.start({ DEADLINE_POLL_INTERVAL_MS: '3600000' }, { clock });
    const root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    const bkd = await api.token('bkd-binjai', { role: 'ADMIN_BKD', unit: 'kota-binjai' });
    trainingAdmin = await api.token('ta-binjai', { role: 'TRAINING_ADMIN', unit: 'kota-binjai' });
    ani = await api.token('emp-ani', { role: 'EMPLOYEE', unit: 'emp-ani' });
    kabid = await api.token('emp-kabid', { role: 'PEJABAT_PENILAI', unit: 'kota-binjai.aptika' });
    otherPenilai = await api.token('emp-lain', { role: 'PEJABAT_PENILAI', unit: 'kota-binjai.aptika' });
    auditor = await api.token('auditor-binjai', { role: 'AUDITOR', unit: 'kota-binjai' });
    const run = (query: string, input: object, token = root) => api.ok(query, { input }, token);
    await run('mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position } }', { instansiId: 'kota-binjai', name: 'Pemerintah Kota Binjai', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' });
    const UNIT = 'mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }';
    await run(UNIT, { instansiId: 'kota-binjai', code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', kind: 'OPD' });
    await run(UNIT, { instansiId: 'kota-binjai', parentUnitId: 'kota-binjai.diskominfo', code: 'APTIKA', name: 'Bidang Aplikasi Informatika', kind: 'BIDANG' });
    const POSITION = 'mutation($input: CreatePositionInput!) { createPosition(input: $input) { position } }';
    await run(POSITION, { unitId: 'kota-binjai.diskominfo', code: 'KADIS', name: 'Kepala Dinas', jenisJabatan: 'JPT_PRATAMA', isUnitHead: true });
    await run(POSITION, { unitId: 'kota-binjai.aptika', code: 'KABID', name: 'Kepala Bidang Aplikasi Informatika', jenisJabatan: 'ADMINISTRATOR', isUnitHead: true });
    await run(POSITION, { unitId: 'kota-binjai.aptika', code: 'PENGELOLA', name: 'Pengelola Sistem Informasi', jenisJabatan: 'PELAKSANA' });
    const REGISTER = 'mutation($input: RegisterEmployeeInput!) { registerEmployee(input: $input) { position } }';
    await run(REGISTER, { employeeId: 'emp-kabid', employmentType: 'PNS', identifier: '197803152005011002', name: 'Budi Santoso Harahap, S.T., M.Kom.', birthDate: '1978-03-15', sex: 'MALE', tmt: '2005-01-01', golongan: 'IV_A', golonganTmt: '2017-04-01', education: 'S2', unitId: 'kota-binjai.aptika', positionId: 'kota-binjai.aptika.kabid' }, bkd);
    await run(REGISTER, { employeeId: 'emp-ani', employmentType: 'PNS', identifier: '198609262015052001', name: 'Ani Lestari Siregar, S.Kom.', birthDate: '1986-09-26', sex: 'FEMALE', tmt: '2015-05-01', golongan: 'III_A', golonganTmt: '2015-05-01', education: 'S1', unitId: 'kota-binjai.aptika', positionId: 'kota-binjai.aptika.pengelola' }, bkd);
    await run('mutation($input: PublishProgramInput!) { publishProgram(input: $input) { position } }', { instansiId: 'kota-binjai', code: 'PM-2026', title: 'Pelatihan Manajemen Proyek Pemerintahan', route: 'PELATIHAN_KLASIKAL', form: 'DIKLAT', competencies: [{ group: 'TEKNIS', name: 'Manajemen Proyek', level: 3 }], jp: 32, costPerParticipant: 2_500_000, provider: 'Universitas Sumatera Utara' }, trainingAdmin);
    await run('mutation($input: SetBudgetEnvelopeInput!) { setBudgetEnvelope(input: $input) { position } }', { unitId: 'kota-binjai.diskominfo', year: 2026, amount: 20_000_000, legalBasis: { skNumber: 'DPA-DISKOMINFO/2026/002', skDate: '2026-01-06' } }, trainingAdmin);
    await run('mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { position } }', { programId: 'kota-binjai.pm-2026', code: 'ANGKATAN-1', unitId: 'kota-binjai.diskominfo', year: 2026, sessions: [{ sessionId: 's1', date: '2026-05-11', place: 'Aula Diskominfo Binjai', online: false }, { sessionId: 's2', date: '2026-05-12', online: true }] }, trainingAdmin);
    await run('mutation($input: EnrolParticipantInput!) { enrolParticipant(input: $input) { position } }', { activityId, employeeId: 'emp-ani', reason: 'Penugasan Kepala Dinas untuk proyek SPBE' }, trainingAdmin);
    for (const sessionId of ['s1', 's2']) await run('mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { position } }', { activityId, sessionId, employeeId: 'emp-ani', present: true }, trainingAdmin);
  });
  afterAll(() => api.close());

  it('the EMPLOYEE answers the reaction survey once, only after completing; nobody else answers it', async () => {
    clock.set('2026-05-13T03:00:00Z');
    await refused(SURVEY, survey, ani, 'DOMAIN_RULE_VIOLATION', 'TRAINING.NOT_COMPLETED');
    await api.ok('mutation($input: CompleteActivityInput!) { completeActivity(input: $input) { position } }', { input: { activityId, employeeId: 'emp-ani', certificateHash: `sha256:${'c'.repeat(64)}`, certificateNumber: 'USU/PM/2026/0007', completedOn: '2026-05-12' } }, ani);
    await refused(SURVEY, survey, await api.token('emp-kabid', { role: 'EMPLOYEE', unit: 'emp-kabid' }), 'FORBIDDEN');
    await refused(SURVEY, survey, trainingAdmin, 'FORBIDDEN');
    await refused(SURVEY, { ...survey, ratings: { ...survey.ratings, manfaat: 6 } }, ani, 'BAD_USER_INPUT');
    const data = await api.ok(SURVEY, { input: survey }, ani);
    expect(data.submitTrainingSurvey.activity.participants).toEqual([expect.objectContaining({ employeeId: 'emp-ani', status: 'COMPLETED', survey: { ...survey.ratings, comment: survey.comment }, transferAssessment: null })]);
    await refused(SURVEY, survey, ani, 'DOMAIN_RULE_VIOLATION', 'TRAINING.SURVEY_ALREADY_SUBMITTED');
  });

  it('verification schedules the atasan assessment three months after completion; before then it is refused', async () => {
    const verified = await api.ok(`mutation($input: VerifyCompletionInput!) { verifyCompletion(input: $input) { activity { ${ACTIVITY} } } }`, { input: { activityId, employeeId: 'emp-ani' } }, trainingAdmin);
    expect(verified.verifyCompletion.activity.participants[0].transferAssessment).toMatchObject({ status: 'SCHEDULED', dueOn: '2026-08-12', atasanEmployeeId: null });
    await refused(ASSESS, assessment, kabid, 'DOMAIN_RULE_VIOLATION', 'TRAINING.ASSESSMENT_NOT_DUE');
    await refused(ASSESS, assessment, ani, 'FORBIDDEN');
    clock.set('2026-08-12T00:59:00Z');
    await api.app.get(DeadlineScheduler).tick();
    expect((await api.ok(GET, { id: activityId }, trainingAdmin)).trainingActivity.participants[0].transferAssessment.status).toBe('SCHEDULED');
  });

  it('on the due day the deadline names the atasan (the Kabid, from the tree); only they assess, once', async () => {
    clock.set('2026-08-12T01:00:00Z');
    let assessmentView: { status: string } | undefined;
    for (let i = 0; i < 100 && assessmentView?.status !== 'REQUESTED'; i++) {
      await api.app.get(DeadlineScheduler).tick();
      await new Promise((r) => setTimeout(r, 50));
      assessmentView = (await api.ok(GET, { id: activityId }, trainingAdmin)).trainingActivity.participants[0].transferAssessment;
    }
    expect(assessmentView).toMatchObject({ status: 'REQUESTED', dueOn: '2026-08-12', atasanEmployeeId: 'emp-kabid', atasanPositionId: 'kota-binjai.aptika.kabid' });
    const todo = (await api.ok(TODO, {}, kabid)).trainingTransferAssessments;
    expect(todo.totalCount).toBe(1);
    expect(todo.edges[0].node.participants.map((p: { employeeId: string }) => p.employeeId)).toEqual(['emp-ani']);
    expect((await api.ok(TODO, {}, otherPenilai)).trainingTransferAssessments.totalCount).toBe(0);
    await refused(ASSESS, assessment, otherPenilai, 'FORBIDDEN');
    await refused(ASSESS, { ...assessment, description: '' }, kabid, 'BAD_USER_INPUT');
    const data = await api.ok(ASSESS, { input: assessment }, kabid);
    expect(data.assessTrainingTransfer.activity.participants).toEqual([
      expect.objectContaining({ employeeId: 'emp-ani', transferAssessment: { status: 'SUBMITTED', dueOn: '2026-08-12', atasanEmployeeId: 'emp-kabid', atasanPositionId: 'kota-binjai.aptika.kabid', assessorId: 'emp-kabid', score: 4, applied: true, description: assessment.description } }),
    ]);
    await refused(ASSESS, assessment, kabid, 'DOMAIN_RULE_VIOLATION', 'TRAINING.ASSESSMENT_ALREADY_SUBMITTED');
  });

  it('the AUDITOR reads the survey and the assessment; the history holds the request made by the deadline', async () => {
    const row = (await api.ok(GET, { id: activityId }, auditor)).trainingActivity.participants[0];
    expect(row).toMatchObject({ survey: { manfaat: 5 }, transferAssessment: { status: 'SUBMITTED', score: 4 } });
    const events = await api.events.readStream(`training-activity-${activityId}`);
    const requested = events.find((e) => e.type === 'training.TransferAssessmentRequested')!;
    expect(requested.actor).toMatchObject({ id: 'system:training' });
    expect(events.map((e) => e.type).slice(-5)).toEqual(['training.ParticipantCompleted', 'training.ReactionSurveySubmitted', 'training.CompletionVerified', 'training.TransferAssessmentRequested', 'training.TransferAssessmentSubmitted']);
  });
});
