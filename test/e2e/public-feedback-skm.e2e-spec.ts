import { proofOfWork, setUpCities } from '../fixtures/public-feedback';
import { codeOf, TestApi } from './harness';

const OPEN = 'mutation($input: OpenSkmSurveyInput!) { openSkmSurvey(input: $input) { position duplicate survey { surveyId respondents suppressed ikm population minimumSample } } }';
const ANSWER = 'mutation($input: AnswerSkmSurveyInput!) { answerSkmSurvey(input: $input) { position duplicate responseId } }';
const RESULT = 'query($unitId: ID!, $period: String!) { skmResult(unitId: $unitId, period: $period) { surveyId respondents suppressed ikm grade nrr { unsur label nrr } population minimumSample sampleAdequate roundingPolicy } }';
describe('SKM through GraphQL', () => {
  let api: TestApi;
  let coordinator: string;
  let penghubung: string;
  let binjai: string;

  beforeAll(async () => {
    api = await TestApi.start({ FEEDBACK_POW_MAX_NUMBER: '2000', FEEDBACK_SUBMISSIONS_PER_HOUR: '100' });
    const root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    coordinator = await api.token('koordinator-medan', { role: 'COMPLAINT_OFFICER', unit: 'kota-medan' });
    penghubung = await api.token('penghubung-dinkes', { role: 'COMPLAINT_OFFICER', unit: 'kota-medan.dinkes' });
    binjai = await api.token('koordinator-binjai', { role: 'COMPLAINT_OFFICER', unit: 'kota-binjai' });
    await setUpCities(api, root);
  });
  afterAll(() => api.close());

  it('opens a survey for a unit and period (coordinator or the OPD penghubung), refusing other scopes', async () => {
    const opened = await api.ok(OPEN, { input: { unitId: 'kota-medan.dinkes', period: '2026', population: 100 } }, penghubung);
    expect(opened.openSkmSurvey.survey).toEqual({ surveyId: 'kota-medan.dinkes-2026', respondents: 0, suppressed: true, ikm: null, population: 100, minimumSample: 80 });
    expect(codeOf(await api.gql(OPEN, { input: { unitId: 'kota-medan.disdukcapil', period: '2026', population: 50 } }, penghubung))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(OPEN, { input: { unitId: 'kota-medan.disdukcapil', period: '2026', population: 50 } }, binjai))).toBe('FORBIDDEN');
    await api.ok(OPEN, { input: { unitId: 'kota-medan.disdukcapil', period: '2026-Q1', population: 50 } }, coordinator);
    const again = await api.gql(OPEN, { input: { unitId: 'kota-medan.dinkes', period: '2026', population: 100 } }, coordinator);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE_VIOLATION', rule: 'FEEDBACK.SURVEY_ALREADY_OPEN' });
    const bad = await api.gql(OPEN, { input: { unitId: 'kota-medan.dinkes', period: '2026-13', population: 10 } }, coordinator);
    expect(bad.errors?.[0].extensions).toMatchObject({ rule: 'FEEDBACK.PERIOD_FORMAT' });
  });

  it('anonymous answers need a proof of work, which one answer spends', async () => {
    const head = await api.events.headPosition();
    const without = await api.gql(ANSWER, { input: { unitId: 'kota-medan.dinkes', period: '2026', answers: [4, 4, 4, 4, 4, 4, 4, 4, 4] } });
    expect(without.errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE_VIOLATION', rule: 'FEEDBACK.POW_REQUIRED' });
    const forged = await api.gql(ANSWER, { input: { unitId: 'kota-medan.dinkes', period: '2026', answers: [4, 4, 4, 4, 4, 4, 4, 4, 4], proofOfWork: Buffer.from('{"salt":"x","signature":"y","number":1,"algorithm":"SHA-256","challenge":"z"}').toString('base64') } });
    expect(forged.errors?.[0].extensions).toMatchObject({ rule: 'FEEDBACK.POW_INVALID' });
    const outOfScale = await api.gql(ANSWER, { input: { unitId: 'kota-medan.dinkes', period: '2026', answers: [4, 4, 4, 4, 4, 4, 4, 4, 5], proofOfWork: await proofOfWork(api) } });
    expect(codeOf(outOfScale)).toBe('BAD_USER_INPUT');
    expect(await api.appendedSince(head)).toEqual([]);

    const pow = await proofOfWork(api);
    const input = { unitId: 'kota-medan.dinkes', period: '2026', answers: [4, 3, 3, 4, 4, 3, 4, 4, 4], proofOfWork: pow };
    const first = await api.ok(ANSWER, { input });
    const repeat = await api.ok(ANSWER, { input });
    expect(repeat.answerSkmSurvey).toMatchObject({ duplicate: true, responseId: first.answerSkmSurvey.responseId });
    const reused = await api.gql(ANSWER, { input: { ...input, answers: [1, 1, 1, 1, 1, 1, 1, 1, 1] } });
    expect(codeOf(reused)).toBe('CONFLICT');
  });

  it('suppresses the figures below k = 5 respondents, then shows IKM, grade and NRR computed exactly', async () => {
    const suppressed = await api.ok(RESULT, { unitId: 'kota-medan.dinkes', period: '2026' });
    expect(suppressed.skmResult).toMatchObject({ respondents: 1, suppressed: true, ikm: null, grade: null, nrr: [] });
    // Four paper forms entered at the counter by the penghubung (channel LOKET): no proof of work.
    for (const answers of [[3, 3, 2, 4, 3, 3, 3, 3, 4], [4, 4, 4, 4, 4, 4, 4, 4, 4], [3, 3, 3, 3, 3, 3, 3, 3, 3], [2, 3, 3, 4, 3, 3, 3, 3, 3]]) {
      await api.ok(ANSWER, { input: { unitId: 'kota-medan.dinkes', period: '2026', answers } }, penghubung);
    }
    expect(codeOf(await api.gql(ANSWER, { input: { unitId: 'kota-medan.dinkes', period: '2026', answers: [4, 4, 4, 4, 4, 4, 4, 4, 4] } }, binjai))).toBe('FORBIDDEN');
    const shown = await api.ok(RESULT, { unitId: 'kota-medan.dinkes', period: '2026' });
    // Totals 16 16 15 19 17 16 17 17 18 = 151 over 5 × 9 answers: 25 × 151/45 = 83.888… → 83.89, grade B.
    expect(shown.skmResult).toMatchObject({ respondents: 5, suppressed: false, ikm: '83.89', grade: 'B', population: 100, minimumSample: 80, sampleAdequate: false, roundingPolicy: 'EXACT_RATIONAL_HALF_UP_2DP' });
    expect(shown.skmResult.nrr[0]).toEqual({ unsur: 'U1', label: 'Persyaratan', nrr: '3.2000' });
  });

  it('one response per service receipt code', async () => {
    await api.ok(ANSWER, { input: { unitId: 'kota-medan.dinkes', period: '2026', answers: [4, 4, 4, 4, 4, 4, 4, 4, 4], receiptCode: 'KTP-2026-0001', proofOfWork: await proofOfWork(api) } });
    const again = await api.gql(ANSWER, { input: { unitId: 'kota-medan.dinkes', period: '2026', answers: [1, 1, 1, 1, 1, 1, 1, 1, 1], receiptCode: 'KTP-2026-0001', proofOfWork: await proofOfWork(api) } });
    expect(again.errors?.[0].extensions).toMatchObject({ rule: 'FEEDBACK.RECEIPT_ALREADY_USED' });
  });

  it('publishes the result with a follow-up plan and the IKM as a unit metric, recomputable from the response events', async () => {
    const PUBLISH = 'mutation($input: PublishSkmResultInput!) { publishSkmResult(input: $input) { survey { respondents ikm published { ikm grade respondents followUpPlan recomputedIkm verified } } } }';
    const tooFew = await api.gql(PUBLISH, { input: { unitId: 'kota-medan.disdukcapil', period: '2026-Q1', followUpPlan: 'Perbaiki waktu penyelesaian' } }, coordinator);
    expect(tooFew.errors?.[0].extensions).toMatchObject({ rule: 'FEEDBACK.TOO_FEW_RESPONDENTS' });
    expect(codeOf(await api.gql(PUBLISH, { input: { unitId: 'kota-medan.dinkes', period: '2026', followUpPlan: 'Perbaiki waktu penyelesaian' } }, binjai))).toBe('FORBIDDEN');
    const published = await api.ok(PUBLISH, { input: { unitId: 'kota-medan.dinkes', period: '2026', followUpPlan: 'Menambah petugas loket untuk memperbaiki unsur waktu penyelesaian (U3).' } }, penghubung);
    const survey = published.publishSkmResult.survey;
    expect(survey.published).toEqual({ ikm: survey.ikm, grade: 'B', respondents: 6, followUpPlan: 'Menambah petugas loket untuk memperbaiki unsur waktu penyelesaian (U3).', recomputedIkm: survey.ikm, verified: true });
    const metrics = await api.ok('query { unitMetrics(instansiId: "kota-medan", period: "2026", first: 10) { totalCount edges { node { unitId metric value basis suppressed source } } } }');
    expect(metrics.unitMetrics.edges.map((e: { node: unknown }) => e.node)).toEqual([{ unitId: 'kota-medan.dinkes', metric: 'IKM', value: survey.ikm, basis: 6, suppressed: false, source: 'public-feedback:skm-kota-medan.dinkes-2026' }]);
  });

  it('forums: the unit opens a topic, citizen posts wait for moderation, the unit answers and records follow-up actions', async () => {
    const OPEN_TOPIC = 'mutation($input: OpenForumTopicInput!) { openForumTopic(input: $input) { topic { id title status } } }';
    const POST = 'mutation($input: PostToForumInput!) { postToForum(input: $input) { postId status } }';
    const MODERATE = 'mutation($input: ModerateForumPostInput!) { moderateForumPost(input: $input) { topic { posts { postId status } } } }';
    const FOLLOW = 'mutation($input: RecordForumFollowUpInput!) { recordForumFollowUp(input: $input) { topic { followUps { action } } } }';
    const TOPIC = 'query($topicId: ID!) { forumTopic(topicId: $topicId) { title posts { postId text author status reasonCode replyTo } followUps { action } } }';
    expect(codeOf(await api.gql(OPEN_TOPIC, { input: { unitId: 'kota-medan.disdukcapil', title: 'Antrean daring KTP-el', description: 'Apa yang menyulitkan saat mengambil antrean daring?' } }, penghubung))).toBe('FORBIDDEN');
    const opened = await api.ok(OPEN_TOPIC, { input: { unitId: 'kota-medan.dinkes', title: 'Pendaftaran puskesmas daring', description: 'Apa yang menyulitkan saat mendaftar puskesmas secara daring?' } }, penghubung);
    const topicId = opened.openForumTopic.topic.id;
    const citizen = (await api.ok(POST, { input: { topicId, text: 'Kode OTP sering tidak terkirim.', proofOfWork: await proofOfWork(api) } })).postToForum;
    expect(citizen.status).toBe('PENDING');
    const rude = (await api.ok(POST, { input: { topicId, text: 'Petugas X di loket 3 malas!', proofOfWork: await proofOfWork(api) } })).postToForum;
    expect((await api.ok(TOPIC, { topicId })).forumTopic.posts).toEqual([]);
    expect((await api.ok(TOPIC, { topicId }, penghubung)).forumTopic.posts.map((p: { status: string }) => p.status)).toEqual(['PENDING', 'PENDING']);
    const noReason = await api.gql(MODERATE, { input: { topicId, postId: rude.postId, publish: false } }, penghubung);
    expect(noReason.errors?.[0].extensions).toMatchObject({ rule: 'FEEDBACK.REASON_NOT_ALLOWED' });
    expect(codeOf(await api.gql(MODERATE, { input: { topicId, postId: citizen.postId, publish: true } }, binjai))).toBe('FORBIDDEN');
    await api.ok(MODERATE, { input: { topicId, postId: rude.postId, publish: false, reasonCode: 'DATA_PRIBADI' } }, penghubung);
    await api.ok(MODERATE, { input: { topicId, postId: citizen.postId, publish: true } }, penghubung);
    const answer = (await api.ok(POST, { input: { topicId, replyTo: citizen.postId, text: 'Terima kasih, penyedia SMS sedang kami ganti.' } }, penghubung)).postToForum;
    expect(answer.status).toBe('PUBLISHED');
    await api.ok(FOLLOW, { input: { topicId, action: 'Penyedia SMS OTP diganti mulai 1 Juni.' } }, coordinator);
    const shown = (await api.ok(TOPIC, { topicId })).forumTopic;
    expect(shown.posts).toEqual([
      { postId: citizen.postId, text: 'Kode OTP sering tidak terkirim.', author: 'CITIZEN', status: 'PUBLISHED', reasonCode: null, replyTo: null },
      { postId: answer.postId, text: 'Terima kasih, penyedia SMS sedang kami ganti.', author: 'UNIT', status: 'PUBLISHED', reasonCode: null, replyTo: citizen.postId },
    ]);
    expect(shown.followUps).toEqual([{ action: 'Penyedia SMS OTP diganti mulai 1 Juni.' }]);
    expect((await api.ok('query { forumTopics(instansiId: "kota-medan", first: 5) { totalCount edges { node { title posts { text } } } } }')).forumTopics).toMatchObject({ totalCount: 1 });
    expect(codeOf(await api.gql(POST, { input: { topicId, text: 'tanpa bukti kerja' } }))).toBe('DOMAIN_RULE_VIOLATION');
  });

  it('answers NOT_FOUND for a survey never opened, and SURVEY_NOT_OPEN when answering it', async () => {
    expect(codeOf(await api.gql(RESULT, { unitId: 'kota-binjai.dinkes', period: '2026' }))).toBe('NOT_FOUND');
    const answer = await api.gql(ANSWER, { input: { unitId: 'kota-binjai.dinkes', period: '2026', answers: [4, 4, 4, 4, 4, 4, 4, 4, 4], proofOfWork: await proofOfWork(api) } });
    expect(answer.errors?.[0].extensions).toMatchObject({ rule: 'FEEDBACK.SURVEY_NOT_OPEN' });
  });
});

describe('anonymous abuse limits', () => {
  let api: TestApi;
  afterAll(() => api.close());

  it('caps anonymous writes per address per hour (reports and answers together), before any work is done', async () => {
    api = await TestApi.start({ FEEDBACK_POW_MAX_NUMBER: '1000', FEEDBACK_SUBMISSIONS_PER_HOUR: '2' });
    const root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    const coordinator = await api.token('koordinator-medan', { role: 'COMPLAINT_OFFICER', unit: 'kota-medan' });
    await setUpCities(api, root);
    await api.ok(OPEN, { input: { unitId: 'kota-medan.dinkes', period: '2026', population: 100 } }, coordinator);
    const answer = async () => api.gql(ANSWER, { input: { unitId: 'kota-medan.dinkes', period: '2026', answers: [3, 3, 3, 3, 3, 3, 3, 3, 3], proofOfWork: await proofOfWork(api) } });
    expect((await answer()).errors).toBeUndefined();
    expect((await answer()).errors).toBeUndefined();
    const third = await answer();
    expect(third.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'RATE_LIMITED' });
    // Officers entering paper forms are not anonymous: not limited.
    await api.ok(ANSWER, { input: { unitId: 'kota-medan.dinkes', period: '2026', answers: [3, 3, 3, 3, 3, 3, 3, 3, 3] } }, coordinator);
  });

  it('issues challenges whose work is bounded by FEEDBACK_POW_MAX_NUMBER', async () => {
    const { feedbackChallenge } = await api.ok('query { feedbackChallenge { algorithm maxnumber } }');
    expect(feedbackChallenge).toEqual({ algorithm: 'SHA-256', maxnumber: 1000 });
  });
});
