import { DeadlineScheduler } from '@infrastructure/scheduling';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { FixedClock } from '@kernel/clock';
import { codeOf, TestApi } from './harness';
import { budiInput } from '../fixtures/employee-input';
import { proofOfWork, setUpCities } from '../fixtures/public-feedback';

const PUBLIC_REPORT = 'trackingId kind privacy status unitId disposedTo title body verifyDueAt followUpDueAt closesAt slaMissed timeline { status event note }';
const SUBMIT = `mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { position duplicate trackingId report { ${PUBLIC_REPORT} } } }`;
const TRACK = `query($trackingId: String!) { trackReport(trackingId: $trackingId) { ${PUBLIC_REPORT} } }`;
const OFFICER_REPORT = 'id trackingId status privacy asnId disposedTo followUpDueAt closesAt slaMissed slaBreaches { stage dueAt } hasReporterIdentity';
const VERIFY = `mutation($input: VerifyReportInput!) { verifyReport(input: $input) { report { ${OFFICER_REPORT} } } }`;
const RAISE = `mutation($input: RaiseReportPrivacyInput!) { raiseReportPrivacy(input: $input) { report { ${OFFICER_REPORT} } } }`;
const DISPOSE = `mutation($input: DisposeReportInput!) { disposeReport(input: $input) { report { ${OFFICER_REPORT} } } }`;
const FOLLOW_UP = `mutation($input: FollowUpReportInput!) { followUpReport(input: $input) { report { ${OFFICER_REPORT} } } }`;
const REPLY = `mutation($input: ReplyToReportInput!) { replyToReport(input: $input) { report { ${PUBLIC_REPORT} } } }`;
const ERASE = `mutation($input: TrackingIdInput!) { eraseReporterContact(input: $input) { report { status } } }`;
const IDENTITY = 'query($reportId: ID!) { reporterIdentity(reportId: $reportId) { name email phone } }';
const REPORT = `query($reportId: ID!) { feedbackReport(reportId: $reportId) { ${OFFICER_REPORT} } }`;
const BOARD = `query($instansiId: ID, $disposedTo: ID, $slaMissed: Boolean) { feedbackReports(instansiId: $instansiId, disposedTo: $disposedTo, slaMissed: $slaMissed, first: 10) { totalCount edges { node { id status } } } }`;

const complaint = {
  kind: 'PENGADUAN',
  privacy: 'ANONIM',
  unitId: 'kota-medan.disdukcapil',
  serviceName: 'Perekaman KTP-el',
  asnId: 'emp-petugas-7',
  title: 'Antrean perekaman KTP-el terlalu lama',
  body: 'Saya mengantre lebih dari empat jam di loket perekaman KTP-el tanpa nomor antrean yang jelas.',
  reporter: { name: 'Siti Aminah', phone: '081234567890' },
};

describe('Reports (LAPOR!-compatible) through GraphQL', () => {
  // Friday 13 March 2026, 10:00 WIB: the verification SLA runs over Nyepi and the Idul Fitri cuti bersama.
  const clock = new FixedClock(new Date('2026-03-13T03:00:00Z'));
  let api: TestApi;
  let coordinator: string;
  let penghubung: string;
  let otherOpd: string;
  let auditor: string;
  let trackingId: string;
  let reportId: string;

  const settle = async () => expect(await api.app.get(ProjectionRunner).waitFor(await api.events.headPosition(), [], 5000)).toBe(true);
  const fireDue = async () => {
    await settle();
    while ((await api.app.get(DeadlineScheduler).tick()) > 0) await settle();
    await settle();
  };

  beforeAll(async () => {
    api = await TestApi.start({ FEEDBACK_POW_MAX_NUMBER: '2000', DEADLINE_POLL_INTERVAL_MS: '3600000', FEEDBACK_MAX_TEXT_LENGTH: '500' }, { clock });
    const root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    coordinator = await api.token('koordinator-medan', { role: 'COMPLAINT_OFFICER', unit: 'kota-medan' });
    penghubung = await api.token('penghubung-disdukcapil', { role: 'COMPLAINT_OFFICER', unit: 'kota-medan.disdukcapil' });
    otherOpd = await api.token('penghubung-dinkes', { role: 'COMPLAINT_OFFICER', unit: 'kota-medan.dinkes' });
    auditor = await api.token('inspektorat-medan', { role: 'AUDITOR', unit: 'kota-medan' });
    await setUpCities(api, root);
  });
  afterAll(() => api.close());

  it('an anonymous citizen submits with a proof of work and gets an easy-to-type tracking id; the public view hides the reporter and the ASN', async () => {
    const head = await api.events.headPosition();
    expect(codeOf(await api.gql(SUBMIT, { input: complaint }))).toBe('DOMAIN_RULE_VIOLATION');
    expect(codeOf(await api.gql(SUBMIT, { input: { ...complaint, body: 'x'.repeat(501), proofOfWork: await proofOfWork(api) } }))).toBe('BAD_USER_INPUT');
    const wbs = await api.gql(SUBMIT, { input: { ...complaint, kind: 'WBS', privacy: 'PUBLIC', proofOfWork: await proofOfWork(api) } });
    expect(wbs.errors?.[0].extensions).toMatchObject({ rule: 'FEEDBACK.WBS_MUST_BE_RAHASIA' });
    expect(codeOf(await api.gql(SUBMIT, { input: complaint }, otherOpd))).toBe('FORBIDDEN');
    expect(await api.appendedSince(head)).toEqual([]);

    const { submitFeedback } = await api.ok(SUBMIT, { input: { ...complaint, proofOfWork: await proofOfWork(api) } });
    trackingId = submitFeedback.trackingId;
    expect(trackingId).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    // Due at the end of Wednesday 25 March (16, 17 work; 18–24 Nyepi and cuti bersama).
    expect(submitFeedback.report).toMatchObject({ status: 'SUBMITTED', privacy: 'ANONIM', body: complaint.body, verifyDueAt: '2026-03-25T17:00:00.000Z', slaMissed: [] });
    expect(JSON.stringify(submitFeedback)).not.toMatch(/Siti|0812|emp-petugas/);
    const typed = trackingId.toLowerCase().replace(/-/g, ' ');
    expect((await api.ok(TRACK, { trackingId: typed })).trackReport.trackingId).toBe(trackingId);
    expect(codeOf(await api.gql(TRACK, { trackingId: 'ZZZZ-ZZZZ-ZZZZ' }))).toBe('NOT_FOUND');

    const board = await api.ok(BOARD, { instansiId: 'kota-medan' }, coordinator);
    reportId = board.feedbackReports.edges[0].node.id;
    expect(reportId.startsWith('kota-medan.')).toBe(true);
  });

  it('refuses the same text about the same unit again (duplicate detection), writing nothing', async () => {
    await settle();
    const head = await api.events.headPosition();
    const again = await api.gql(SUBMIT, { input: { ...complaint, title: 'ANTREAN perekaman KTP-el terlalu lama!', proofOfWork: await proofOfWork(api) } });
    expect(again.errors?.[0].extensions).toMatchObject({ rule: 'FEEDBACK.DUPLICATE_SUBMISSION' });
    expect(await api.appendedSince(head)).toEqual([]);
  });

  it('a penghubung records a report received at the counter without a proof of work (channel LOKET)', async () => {
    const loket = await api.ok(SUBMIT, { input: { kind: 'APRESIASI', privacy: 'PUBLIC', unitId: 'kota-medan.disdukcapil', title: 'Pelayanan akta kelahiran cepat', body: 'Akta kelahiran anak kami selesai dalam satu hari. Terima kasih.' } }, penghubung);
    expect(loket.submitFeedback.report.kind).toBe('APRESIASI');
  });

  it('photos and documents: an officer attaches an upload; whoever may read the report may download it; anonymous callers cannot attach', async () => {
    const base = api.url.replace(/\/graphql$/, '/attachments');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 3)]);
    const uploaded = await fetch(base, { method: 'POST', body: png, headers: { authorization: `Bearer ${penghubung}`, 'content-type': 'image/png' } });
    const { hash, size, mediaType } = (await uploaded.json()) as { hash: string; size: number; mediaType: string };
    const anonymous = await api.gql(SUBMIT, { input: { ...complaint, title: 'Loket rusak', attachments: [{ hash, size, mediaType }], proofOfWork: await proofOfWork(api) } });
    expect(anonymous.errors?.[0].extensions).toMatchObject({ rule: 'FEEDBACK.ATTACHMENT_NOT_ALLOWED' });
    await api.ok(SUBMIT, { input: { kind: 'PENGADUAN', privacy: 'PUBLIC', unitId: 'kota-medan.disdukcapil', title: 'Mesin antrean rusak', body: 'Mesin nomor antrean di loket 2 rusak sejak pagi, foto terlampir.', attachments: [{ hash, size, mediaType, fileName: 'loket-2.png' }] } }, penghubung);
    const download = (token: string) => fetch(`${base}/${hash}`, { headers: { authorization: `Bearer ${token}` } });
    expect((await download(coordinator)).status).toBe(200);
    expect((await download(otherOpd)).status).toBe(404);
  });

  it('the reporter identity: sealed, shown to the coordinator only for ANONIM; privacy can be raised, never lowered by an officer', async () => {
    expect((await api.ok(IDENTITY, { reportId }, coordinator)).reporterIdentity).toEqual({ name: 'Siti Aminah', email: null, phone: '081234567890' });
    expect(codeOf(await api.gql(IDENTITY, { reportId }, penghubung))).toBe('FORBIDDEN');
    const lowered = await api.gql(RAISE, { input: { reportId, privacy: 'PUBLIC' } }, coordinator);
    expect(lowered.errors?.[0].extensions).toMatchObject({ rule: 'FEEDBACK.PRIVACY_LOWERED' });
    const raised = await api.ok(RAISE, { input: { reportId, privacy: 'RAHASIA' } }, coordinator);
    expect(raised.raiseReportPrivacy.report.privacy).toBe('RAHASIA');
    const hidden = (await api.ok(TRACK, { trackingId })).trackReport;
    expect(hidden).toMatchObject({ privacy: 'RAHASIA', title: null, body: null });
  });

  it('A1–A4 belong to the coordinator; A2–A4 take a reason from the fixed list', async () => {
    expect(codeOf(await api.gql(VERIFY, { input: { reportId, action: 'A1_VERIFIKASI' } }, penghubung))).toBe('FORBIDDEN');
    const noReason = await api.gql(VERIFY, { input: { reportId, action: 'A4_ARSIPKAN' } }, coordinator);
    expect(noReason.errors?.[0].extensions).toMatchObject({ rule: 'FEEDBACK.REASON_NOT_ALLOWED' });
    const deferred = await api.ok(VERIFY, { input: { reportId, action: 'A2_TUNDA', reasonCode: 'MENUNGGU_KONFIRMASI_PELAPOR' } }, coordinator);
    expect(deferred.verifyReport.report.status).toBe('DEFERRED');
  });

  it('a missed verification SLA is escalated and shows on the board', async () => {
    await settle();
    clock.set('2026-03-25T16:59:00Z');
    await fireDue();
    expect((await api.ok(REPORT, { reportId }, coordinator)).feedbackReport.slaMissed).toBe(false);
    clock.set('2026-03-25T17:00:00Z');
    await fireDue();
    const report = (await api.ok(REPORT, { reportId }, auditor)).feedbackReport;
    expect(report.slaBreaches).toEqual([{ stage: 'VERIFY', dueAt: '2026-03-25T17:00:00.000Z' }]);
    const escalations = await api.ok(BOARD, { instansiId: 'kota-medan', slaMissed: true }, coordinator);
    // The apresiasi and the report from the counter were never verified either: escalated too.
    expect(escalations.feedbackReports.totalCount).toBe(3);
    expect(escalations.feedbackReports.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(reportId);
    expect((await api.ok(TRACK, { trackingId })).trackReport.slaMissed).toEqual(['VERIFY']);
    clock.set('2026-03-25T17:01:00Z');
    // The operator's view: open reports past their SLA (the complaint, the counter report and the unverified apresiasi).
    expect(await (await fetch(`${api.baseUrl}/metrics`)).text()).toContain('akuntabel_feedback_reports_overdue{instansi="kota-medan"} 3');
  });

  it('verify, dispose to the OPD, follow up; the reporter reopens; a second follow-up closes after 10 quiet working days', async () => {
    await api.ok(VERIFY, { input: { reportId, action: 'A1_VERIFIKASI' } }, coordinator);
    const outside = await api.gql(DISPOSE, { input: { reportId, toUnitId: 'kota-binjai.dinkes' } }, coordinator);
    expect(outside.errors?.[0].extensions).toMatchObject({ rule: 'FEEDBACK.DISPOSITION_OUTSIDE_INSTANSI' });
    clock.set('2026-03-26T02:00:00Z'); // Thursday 09:00 WIB
    const disposed = await api.ok(DISPOSE, { input: { reportId, toUnitId: 'kota-medan.disdukcapil' } }, coordinator);
    // 27, 30, 31 March, 1, 2 April (3 April is Good Friday).
    expect(disposed.disposeReport.report).toMatchObject({ status: 'DISPOSED', disposedTo: 'kota-medan.disdukcapil', followUpDueAt: '2026-04-02T17:00:00.000Z' });
    expect(codeOf(await api.gql(FOLLOW_UP, { input: { reportId, response: 'Kami tambah petugas loket.' } }, otherOpd))).toBe('FORBIDDEN');
    expect((await api.ok(BOARD, { disposedTo: 'kota-medan.disdukcapil' }, penghubung)).feedbackReports.totalCount).toBe(1);
    expect(codeOf(await api.gql(BOARD, { disposedTo: 'kota-medan.disdukcapil' }, otherOpd))).toBe('FORBIDDEN');

    clock.set('2026-03-27T03:00:00Z');
    const followed = await api.ok(FOLLOW_UP, { input: { reportId, response: 'Kami menambah dua petugas loket perekaman mulai Senin.' } }, penghubung);
    expect(followed.followUpReport.report).toMatchObject({ status: 'FOLLOWED_UP', closesAt: '2026-04-13T17:00:00.000Z' });

    clock.set('2026-03-30T03:00:00Z');
    const reopened = await api.ok(REPLY, { input: { trackingId, message: 'Antrean masih empat jam hari ini.', reopen: true, privacy: 'ANONIM', proofOfWork: await proofOfWork(api) } });
    // The reporter may lower their own report's privacy: the content is public again.
    expect(reopened.replyToReport.report).toMatchObject({ status: 'DISPOSED', privacy: 'ANONIM', followUpDueAt: '2026-04-07T17:00:00.000Z' });
    expect(reopened.replyToReport.report.timeline.map((t: { event: string }) => t.event)).toEqual(['SUBMITTED', 'A2_TUNDA:MENUNGGU_KONFIRMASI_PELAPOR', 'A1_VERIFIKASI', 'DISPOSED:kota-medan.disdukcapil', 'FOLLOW_UP', 'REOPENED']);

    clock.set('2026-03-31T03:00:00Z');
    const second = await api.ok(FOLLOW_UP, { input: { reportId, response: 'Sistem antrean daring diaktifkan mulai 1 April.' } }, penghubung);
    expect(second.followUpReport.report.closesAt).toBe('2026-04-15T17:00:00.000Z');

    clock.set('2026-04-15T16:00:00Z');
    await fireDue(); // the first closure (13 April) was moved by the reopen: nothing closes
    expect((await api.ok(TRACK, { trackingId })).trackReport.status).toBe('FOLLOWED_UP');
    clock.set('2026-04-15T17:00:00Z');
    await fireDue();
    const closed = (await api.ok(TRACK, { trackingId })).trackReport;
    expect(closed.status).toBe('CLOSED');
    expect(closed.slaMissed).toEqual(['VERIFY']);
    const late = await api.gql(REPLY, { input: { trackingId, message: 'Masih bermasalah', reopen: true, proofOfWork: await proofOfWork(api) } });
    expect(late.errors?.[0].extensions).toMatchObject({ rule: 'FEEDBACK.TRANSITION_INVALID' });
  });

  it('the reporter erases their identity (crypto-shredding): the submitted event and its hash are untouched', async () => {
    const stream = `public-feedback-report-${reportId}`;
    const [before] = await api.events.readStream(stream);
    await api.ok(ERASE, { input: { trackingId, proofOfWork: await proofOfWork(api) } });
    expect((await api.ok(IDENTITY, { reportId }, coordinator)).reporterIdentity).toBeNull();
    expect((await api.ok(REPORT, { reportId }, coordinator)).feedbackReport.hasReporterIdentity).toBe(false);
    const events = await api.events.readStream(stream);
    expect(events[0]).toEqual(before);
    expect(events[events.length - 1].type).toBe('public-feedback.ReporterContactErased');
    expect(JSON.stringify(events)).not.toMatch(/Siti|081234567890/);
  });

  it('publishes the OPD complaint figures as unit metrics; the public sees them suppressed below k, and counts with small cells withheld', async () => {
    const PUBLISH = 'mutation($input: PublishUnitFeedbackMetricsInput!) { publishUnitFeedbackMetrics(input: $input) { metrics { metric value basis suppressed } } }';
    expect(codeOf(await api.gql(PUBLISH, { input: { unitId: 'kota-medan.disdukcapil', year: 2026 } }, penghubung))).toBe('FORBIDDEN');
    const published = await api.ok(PUBLISH, { input: { unitId: 'kota-medan.disdukcapil', year: 2026 } }, coordinator);
    // One closed report (its verification SLA was missed): 0 % within SLA; first follow-up 1 working day after disposition.
    expect(published.publishUnitFeedbackMetrics.metrics).toEqual([
      { metric: 'COMPLAINTS_WITHIN_SLA_PCT', value: null, basis: 1, suppressed: true },
      { metric: 'MEDIAN_RESPONSE_WORKING_DAYS', value: null, basis: 1, suppressed: true },
    ]);
    const events = await api.events.readStream('public-feedback-metrics-kota-medan.disdukcapil-2026');
    expect(events.map((e) => [e.type, (e.data as { metric: string; value: string }).metric, (e.data as { value: string }).value])).toEqual([
      ['shared.UnitMetricPublished', 'COMPLAINTS_WITHIN_SLA_PCT', '0.00'],
      ['shared.UnitMetricPublished', 'MEDIAN_RESPONSE_WORKING_DAYS', '1.00'],
    ]);
    const again = await api.ok(PUBLISH, { input: { unitId: 'kota-medan.disdukcapil', year: 2026 } }, coordinator);
    expect(again.publishUnitFeedbackMetrics.metrics).toHaveLength(2);
    expect(await api.events.readStream('public-feedback-metrics-kota-medan.disdukcapil-2026')).toHaveLength(2);

    const board = await api.ok('query { feedbackTransparency(instansiId: "kota-medan", year: 2026) { minCellSize units { unitId total { count suppressed } byKind { key count suppressed } } } }');
    expect(board.feedbackTransparency).toEqual({
      minCellSize: 5,
      units: [{ unitId: 'kota-medan.disdukcapil', total: { count: null, suppressed: true }, byKind: [{ key: 'APRESIASI', count: null, suppressed: true }, { key: 'PENGADUAN', count: null, suppressed: true }] }],
    });
  });

  it("a service's Standar Pelayanan SLA replaces the default follow-up days for reports naming it", async () => {
    const SET = 'mutation($input: SetServiceStandardInput!) { setServiceStandard(input: $input) { standards { serviceName followUpDays skNumber } } }';
    expect(codeOf(await api.gql(SET, { input: { unitId: 'kota-medan.disdukcapil', serviceName: 'Legalisir Akta', followUpDays: 2, skNumber: 'SK-SP/DISDUKCAPIL/2026' } }, otherOpd))).toBe('FORBIDDEN');
    const bad = await api.gql(SET, { input: { unitId: 'kota-medan.disdukcapil', serviceName: 'Legalisir Akta', followUpDays: 61, skNumber: 'SK-SP/DISDUKCAPIL/2026' } }, penghubung);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    await api.ok(SET, { input: { unitId: 'kota-medan.disdukcapil', serviceName: 'Legalisir Akta', followUpDays: 2, skNumber: 'SK-SP/DISDUKCAPIL/2026' } }, penghubung);
    expect((await api.ok('query { serviceStandards(unitId: "kota-medan.disdukcapil") { serviceName followUpDays skNumber } }')).serviceStandards).toEqual([{ serviceName: 'Legalisir Akta', followUpDays: 2, skNumber: 'SK-SP/DISDUKCAPIL/2026' }]);
    clock.set('2026-04-20T03:00:00Z'); // Monday
    await api.ok(SUBMIT, { input: { kind: 'PENGADUAN', privacy: 'PUBLIC', unitId: 'kota-medan.disdukcapil', serviceName: 'legalisir akta', title: 'Legalisir akta ditolak', body: 'Permohonan legalisir akta kelahiran ditolak tanpa alasan tertulis.', idempotencyKey: 'legalisir-0001' } }, penghubung);
    const board = await api.ok(BOARD, { instansiId: 'kota-medan', slaMissed: false }, coordinator);
    const id = board.feedbackReports.edges.map((e: { node: { id: string; status: string } }) => e.node).find((n: { status: string }) => n.status === 'SUBMITTED').id;
    await api.ok(VERIFY, { input: { reportId: id, action: 'A1_VERIFIKASI' } }, coordinator);
    const disposed = await api.ok(DISPOSE, { input: { reportId: id, toUnitId: 'kota-medan.disdukcapil' } }, coordinator);
    expect(disposed.disposeReport.report.followUpDueAt).toBe('2026-04-22T17:00:00.000Z');
    const [submitted] = await api.events.readStream(`public-feedback-report-${id}`);
    expect((submitted.data as { sla: unknown }).sla).toMatchObject({ verifyDays: 3, followUpDays: 2, closeAfterDays: 10, standardSk: 'SK-SP/DISDUKCAPIL/2026' });
  });

  it('appreciations: moderated (A1 publishes, A4 rejects with a reason); the ASN named appears publicly only with their own consent, withdrawable', async () => {
    const root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    const bkd = await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: 'kota-medan' });
    await api.ok('mutation($input: CreatePositionInput!) { createPosition(input: $input) { position } }', { input: { unitId: 'kota-medan.dinkes', code: 'ANALIS', name: 'Analis Kebijakan', jenisJabatan: 'PELAKSANA', isUnitHead: false } }, root);
    const { registerEmployee } = await api.ok('mutation($input: RegisterEmployeeInput!) { registerEmployee(input: $input) { employee { id name } } }', { input: budiInput }, bkd);
    const asn = await api.token(registerEmployee.employee.id, { role: 'EMPLOYEE', unit: registerEmployee.employee.id });
    const someoneElse = await api.token('emp-lain', { role: 'EMPLOYEE', unit: 'emp-lain' });
    await api.ok(SUBMIT, { input: { kind: 'APRESIASI', privacy: 'PUBLIC', unitId: 'kota-medan.dinkes', asnId: registerEmployee.employee.id, title: 'Petugas imunisasi sangat sabar', body: 'Petugas imunisasi menjelaskan jadwal vaksin anak kami dengan sangat sabar.', idempotencyKey: 'apresiasi-0001' } }, otherOpd);
    const mine = await api.ok('query { myAppreciations(first: 5) { edges { node { id title consent } } } }', {}, asn);
    const id = mine.myAppreciations.edges[0].node.id;
    expect(mine.myAppreciations.edges[0].node.consent).toBe(false);
    const PUBLIC_LIST = 'query { appreciations(instansiId: "kota-medan", unitId: "kota-medan.dinkes", first: 10) { totalCount edges { node { title asnName } } } }';
    expect((await api.ok(PUBLIC_LIST)).appreciations.totalCount).toBe(0); // not yet moderated
    await api.ok(VERIFY, { input: { reportId: id, action: 'A1_VERIFIKASI' } }, coordinator);
    expect((await api.ok(PUBLIC_LIST)).appreciations.edges.map((e: { node: unknown }) => e.node)).toEqual([{ title: 'Petugas imunisasi sangat sabar', asnName: null }]);
    const CONSENT = 'mutation($input: AppreciationConsentInput!) { setAppreciationConsent(input: $input) { consent } }';
    expect(codeOf(await api.gql(CONSENT, { input: { reportId: id, consent: true } }, someoneElse))).toBe('FORBIDDEN');
    expect((await api.ok(CONSENT, { input: { reportId: id, consent: true } }, asn)).setAppreciationConsent.consent).toBe(true);
    expect((await api.ok(PUBLIC_LIST)).appreciations.edges[0].node.asnName).toBe(registerEmployee.employee.name);
    await api.ok(CONSENT, { input: { reportId: id, consent: false } }, asn);
    expect((await api.ok(PUBLIC_LIST)).appreciations.edges[0].node.asnName).toBeNull();
    const notAppreciation = await api.gql(CONSENT, { input: { reportId, consent: true } }, asn);
    expect(codeOf(notAppreciation)).toBe('FORBIDDEN');
  });

  it('bridges channels: export keeps tracking ids and no identity; import keeps the other channel\'s id and detects duplicates', async () => {
    const EXPORT = 'query($format: ExchangeFormat!) { exportReports(instansiId: "kota-medan", year: 2026, format: $format) { format count content } }';
    const IMPORT = 'mutation($input: ImportReportsInput!) { importReports(input: $input) { imported duplicates rejected { row problem } } }';
    expect(codeOf(await api.gql(EXPORT, { format: 'JSON' }, penghubung))).toBe('FORBIDDEN');
    const exported = (await api.ok(EXPORT, { format: 'JSON' }, auditor)).exportReports;
    const records = JSON.parse(exported.content);
    expect(records).toHaveLength(exported.count);
    expect(records.map((r: { trackingId: string }) => r.trackingId)).toContain(trackingId);
    expect(exported.content).not.toMatch(/Siti|0812|emp-petugas/);
    const csv = (await api.ok(EXPORT, { format: 'CSV' }, coordinator)).exportReports;
    expect(csv.content.split('\n')[0]).toBe('trackingId,channel,category,privacy,unitId,title,body,submittedAt,status,lastFollowUp');

    // Our own export coming back: every record is already here.
    expect((await api.ok(IMPORT, { input: { instansiId: 'kota-medan', format: 'CSV', content: csv.content } }, coordinator)).importReports).toEqual({ imported: 0, duplicates: csv.count, rejected: [] });

    const lapor = { trackingId: '4521789', channel: 'LAPOR', category: 'PENGADUAN', privacy: 'ANONIM', unitId: 'kota-medan.dinkes', title: 'Pungutan di puskesmas', body: 'Ada pungutan untuk surat keterangan sehat yang seharusnya gratis.', submittedAt: '2026-04-01T02:00:00.000Z', status: 'VERIFIED' };
    const content = JSON.stringify([lapor, { ...lapor, trackingId: '4521790', unitId: 'kota-binjai.dinkes', title: 'Di luar instansi', body: 'Laporan untuk unit di luar instansi ini ditolak.' }, { ...lapor, trackingId: 'x' }]);
    expect(codeOf(await api.gql(IMPORT, { input: { instansiId: 'kota-medan', format: 'JSON', content } }, penghubung))).toBe('FORBIDDEN');
    const first = (await api.ok(IMPORT, { input: { instansiId: 'kota-medan', format: 'JSON', content } }, coordinator)).importReports;
    expect(first.imported).toBe(1);
    expect(first.rejected.map((r: { row: number }) => r.row)).toEqual([2, 3]);
    const again = (await api.ok(IMPORT, { input: { instansiId: 'kota-medan', format: 'JSON', content: JSON.stringify([lapor]) } }, coordinator)).importReports;
    expect(again).toEqual({ imported: 0, duplicates: 1, rejected: [] });
    const tracked = (await api.ok(TRACK, { trackingId: '4521789' })).trackReport;
    expect(tracked).toMatchObject({ trackingId: '4521789', status: 'SUBMITTED', unitId: 'kota-medan.dinkes' });
    expect(codeOf(await api.gql(IMPORT, { input: { instansiId: 'kota-medan', format: 'JSON', content: '{"not":"a list"}' } }, coordinator))).toBe('BAD_USER_INPUT');
  });
});
