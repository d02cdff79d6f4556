import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { DeadlineScheduler } from '@infrastructure/scheduling';
import { NotificationSender } from '@infrastructure/notifications/notification-sender';
import { FixedClock } from '@kernel/clock';
import { codeOf, TestApi } from './harness';
import { proofOfWork, setUpCities } from '../fixtures/public-feedback';
import { SmtpMailbox } from '../fixtures/smtp-mailbox';

const SUBMIT = 'mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { trackingId } }';
const VERIFY = 'mutation($input: VerifyReportInput!) { verifyReport(input: $input) { position } }';
const DISPOSE = 'mutation($input: DisposeReportInput!) { disposeReport(input: $input) { report { followUpDueAt } } }';
const FOLLOW_UP = 'mutation($input: FollowUpReportInput!) { followUpReport(input: $input) { report { closesAt } } }';
const ERASE = 'mutation($input: TrackingIdInput!) { eraseReporterContact(input: $input) { position } }';
const SET_COORDINATOR = 'mutation($input: SetFeedbackCoordinatorInput!) { setFeedbackCoordinator(input: $input) { employeeId duplicate } }';
const BOARD = 'query { feedbackReports(instansiId: "kota-medan", first: 20) { edges { node { id trackingId } } } }';

const REPORTER_EMAIL = 'warga.pelapor@contoh.id';
const KADIS_EMAIL = 'kadis.disdukcapil@pemkomedan.go.id';
const KOORDINATOR_EMAIL = 'ani.lubis@pemkomedan.go.id';

/**
 * E-mail on report progress end to end (issue 11, notifications): GraphQL mutations → committed events
 * → the public-feedback reaction → the platform outbox → nodemailer → a real SMTP server on loopback.
 * The reporter's address lives only in their sealed contact and is opened at send time.
 */
describe('Report notifications by e-mail (outbox → real SMTP server)', () => {
  // Friday 13 March 2026, 10:00 WIB (the reports suite's week: Nyepi and the Idul Fitri cuti bersama follow).
  const clock = new FixedClock(new Date('2026-03-13T03:00:00Z'));
  let mailbox: SmtpMailbox;
  let api: TestApi;
  let root: string;
  let coordinator: string;
  let penghubung: string;
  const ids = new Map<string, string>();

  /** Until every projection and reaction caught up, including with what the reactions appended (the outbox). */
  const settle = async () => {
    for (let head = -1; head !== (await api.events.headPosition()); ) {
      head = await api.events.headPosition();
      expect(await api.app.get(ProjectionRunner).waitFor(head, [], 5000)).toBe(true);
    }
  };
  /** Lets the reactions run, fires due deadlines, then lets the outbox's sender make one pass. */
  const deliver = async () => {
    await settle();
    while ((await api.app.get(DeadlineScheduler).tick()) > 0) await settle();
    await settle();
    await api.app.get(NotificationSender).tick();
    await settle();
  };
  const mailsTo = (address: string) => mailbox.received.filter((m) => m.to.includes(address));
  const submit = async (title: string, reporter?: object, kind = 'PENGADUAN', privacy = 'ANONIM') => {
    const input = { kind, privacy, unitId: 'kota-medan.disdukcapil', title, body: `${title}: sudah tiga kali datang ke loket tanpa kejelasan kapan selesai.`, reporter, proofOfWork: await proofOfWork(api) };
    const trackingId = (await api.ok(SUBMIT, { input })).submitFeedback.trackingId as string;
    await settle();
    const board = await api.ok(BOARD, {}, coordinator);
    ids.set(trackingId, board.feedbackReports.edges.find((e: { node: { trackingId: string } }) => e.node.trackingId === trackingId).node.id);
    return trackingId;
  };
  const queuedNotifications = async () => (await api.events.readAll({ after: 0, maxCount: 10_000 })).events.filter((e) => e.type === 'notifications.NotificationQueued');

  beforeAll(async () => {
    mailbox = await SmtpMailbox.start();
    api = await TestApi.start(
      { FEEDBACK_POW_MAX_NUMBER: '300', DEADLINE_POLL_INTERVAL_MS: '3600000', SMTP_URL: mailbox.url, NOTIFY_FROM: 'Akuntabel <noreply@akuntabel.test>', NOTIFY_POLL_MS: '3600000' },
      { clock },
    );
    root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    coordinator = await api.token('koordinator-medan', { role: 'COMPLAINT_OFFICER', unit: 'kota-medan' });
    penghubung = await api.token('penghubung-disdukcapil', { role: 'COMPLAINT_OFFICER', unit: 'kota-medan.disdukcapil' });
    await setUpCities(api, root);
    const run = (name: string, type: string, input: object) => api.ok(`mutation($input: ${type}!) { ${name}(input: $input) { position } }`, { input }, root);
    await run('createPosition', 'CreatePositionInput', { unitId: 'kota-medan.disdukcapil', code: 'KADIS', name: 'Kepala Dinas Kependudukan dan Pencatatan Sipil', jenisJabatan: 'JPT_PRATAMA', isUnitHead: true });
    await run('createPosition', 'CreatePositionInput', { unitId: 'kota-medan.dinkes', code: 'ANALIS', name: 'Analis Kebijakan', jenisJabatan: 'PELAKSANA', capacity: 10 });
    const pns = (employeeId: string, identifier: string, name: string, birthDate: string, positionId: string, email: string) => ({
      employeeId, employmentType: 'PNS', identifier, name, birthDate, sex: identifier[14] === '2' ? 'FEMALE' : 'MALE', tmt: '2000-03-01', golongan: 'IV_A', golonganTmt: '2018-04-01', education: 'S2',
      unitId: positionId.split('.').slice(0, 2).join('.'), positionId, maxAgeAtAppointment: 40, contacts: { email },
    });
    await run('registerEmployee', 'RegisterEmployeeInput', pns('e-kadis-dukcapil', '196612312000031001', 'Drs. Hotman Siregar', '1966-12-31', 'kota-medan.disdukcapil.kadis', KADIS_EMAIL));
    await run('registerEmployee', 'RegisterEmployeeInput', pns('e-ani', '196811302000032001', 'Ani Lubis', '1968-11-30', 'kota-medan.dinkes.analis', KOORDINATOR_EMAIL));
  });
  afterAll(async () => {
    await api?.close();
    await mailbox?.stop();
  });

  it('a reporter who gave an e-mail hears of receipt, verification, disposition and follow-up, in Bahasa Indonesia; one who gave none gets nothing', async () => {
    const withEmail = await submit('Antrean perekaman KTP-el terlalu lama', { name: 'Siti Aminah', email: REPORTER_EMAIL });
    await submit('Akta kelahiran belum terbit', { name: 'Rudi Hartono', phone: '081298765432' });
    await deliver();
    expect(mailbox.received).toHaveLength(1);
    const [received] = mailbox.received;
    expect(received).toMatchObject({ from: 'noreply@akuntabel.test', to: [REPORTER_EMAIL], subject: `Laporan ${withEmail} diterima` });
    expect(received.text).toContain('Pengaduan Anda tentang Dinas Kependudukan dan Pencatatan Sipil telah kami terima dengan nomor pelacakan');
    expect(received.text).toContain('paling lambat 25 Maret 2026 (3 hari kerja)');
    expect(received.text).toContain('Pemerintah Kota Medan');
    // The report without an e-mail queued nothing; no address and no reporter name is in any event.
    expect(await queuedNotifications()).toHaveLength(1);
    const log = JSON.stringify((await api.events.readAll({ after: 0, maxCount: 10_000 })).events.filter((e) => !e.streamId.startsWith('personnel-')));
    expect(log).not.toContain(REPORTER_EMAIL);
    expect(log).not.toMatch(/Siti Aminah|Rudi Hartono/);

    const reportId = ids.get(withEmail)!;
    await api.ok(VERIFY, { input: { reportId, action: 'A1_VERIFIKASI' } }, coordinator);
    await deliver();
    expect(mailsTo(REPORTER_EMAIL).map((m) => m.subject)).toEqual([`Laporan ${withEmail} diterima`, `Laporan ${withEmail}: diverifikasi`]);

    const disposed = await api.ok(DISPOSE, { input: { reportId, toUnitId: 'kota-medan.disdukcapil' } }, coordinator);
    expect(disposed.disposeReport.report.followUpDueAt).toBe('2026-03-27T17:00:00.000Z');
    await deliver();
    const disposition = mailsTo(REPORTER_EMAIL)[2];
    expect(disposition.subject).toBe(`Laporan ${withEmail} diteruskan ke Dinas Kependudukan dan Pencatatan Sipil`);
    expect(disposition.text).toContain('paling lambat 27 Maret 2026');

    const followed = await api.ok(FOLLOW_UP, { input: { reportId, response: 'Kami menambah dua petugas loket perekaman mulai Senin.' } }, penghubung);
    await deliver();
    const followUp = mailsTo(REPORTER_EMAIL)[3];
    expect(followUp.subject).toBe(`Laporan ${withEmail} telah ditindaklanjuti`);
    expect(followUp.text).toContain('Kami menambah dua petugas loket perekaman mulai Senin.');
    expect(followed.followUpReport.report.closesAt).toBeDefined();
    expect(mailbox.received).toHaveLength(4);
  });

  it('names the Admin Koordinator only among active ASN of the instansi, by ADMIN_BKD or the coordinator', async () => {
    const head = await api.events.headPosition();
    const stranger = await api.gql(SET_COORDINATOR, { input: { instansiId: 'kota-medan', employeeId: 'e-tidak-ada' } }, coordinator);
    expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE_VIOLATION', rule: 'FEEDBACK.COORDINATOR_NOT_IN_INSTANSI' });
    expect(codeOf(await api.gql(SET_COORDINATOR, { input: { instansiId: 'kota-medan', employeeId: 'e-ani' } }, penghubung))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(SET_COORDINATOR, { input: { instansiId: 'kota-binjai', employeeId: 'e-ani' } }, coordinator))).toBe('FORBIDDEN');
    expect(await api.appendedSince(head)).toEqual([]);
    expect((await api.ok(SET_COORDINATOR, { input: { instansiId: 'kota-medan', employeeId: 'e-ani' } }, coordinator)).setFeedbackCoordinator).toEqual({ employeeId: 'e-ani', duplicate: false });
    expect((await api.ok(SET_COORDINATOR, { input: { instansiId: 'kota-medan', employeeId: 'e-ani' } }, root)).setFeedbackCoordinator.employeeId).toBe('e-ani');
  });

  it('a missed follow-up SLA is e-mailed to the head of the OPD and the Admin Koordinator at their personnel addresses, without the reporter', async () => {
    const [, withoutEmail] = [...ids.keys()];
    const reportId = ids.get(withoutEmail)!;
    await api.ok(VERIFY, { input: { reportId, action: 'A1_VERIFIKASI' } }, coordinator);
    await api.ok(DISPOSE, { input: { reportId, toUnitId: 'kota-medan.disdukcapil' } }, coordinator);
    await deliver();
    expect(mailbox.received).toHaveLength(4);
    clock.set('2026-03-27T16:59:00Z');
    await deliver();
    expect(mailbox.received).toHaveLength(4);
    clock.set('2026-03-27T17:00:00Z');
    await deliver();
    const escalations = mailbox.received.slice(4);
    expect(escalations.map((m) => m.to[0]).sort()).toEqual([KOORDINATOR_EMAIL, KADIS_EMAIL].sort());
    for (const mail of escalations) {
      expect(mail.subject).toBe(`Eskalasi: laporan ${withoutEmail} melewati batas tindak lanjut`);
      expect(mail.text).toContain('melewati batas waktu tindak lanjut (27 Maret 2026, hari kerja WIB)');
      expect(mail.text).not.toMatch(/Rudi|0812/);
    }
    expect(mailsTo(KADIS_EMAIL)[0].text).toMatch(/^Yth\. Kepala Dinas Kependudukan dan Pencatatan Sipil,/);
    expect(mailsTo(KOORDINATOR_EMAIL)[0].text).toMatch(/^Yth\. Admin Koordinator,/);
  });

  it('the report closes 10 quiet working days after the follow-up, and the reporter is told', async () => {
    const [withEmail] = [...ids.keys()];
    clock.set('2026-04-20T03:00:00Z');
    await deliver();
    const closed = mailsTo(REPORTER_EMAIL).find((m) => m.subject === `Laporan ${withEmail} selesai`);
    expect(closed?.text).toContain('tidak ada balasan dalam 10 hari kerja setelah tindak lanjut');
  });

  it('erasing the contact (crypto-shredding) stops the mail still waiting in the outbox and every later one', async () => {
    const trackingId = await submit('Loket pengambilan KTP-el tutup siang', { name: 'Maria Sitorus', email: 'maria@contoh.id' });
    await settle(); // queued, not yet sent: the sender has not passed
    await api.ok(ERASE, { input: { trackingId, proofOfWork: await proofOfWork(api) } });
    await deliver();
    expect(mailsTo('maria@contoh.id')).toEqual([]);
    const dead = (await api.events.readAll({ after: 0, maxCount: 10_000 })).events.filter((e) => e.type === 'notifications.NotificationDeadLettered');
    expect(dead).toHaveLength(1);
    expect((dead[0].data as { error: string }).error).toContain('has no e-mail address');
    const queuedBefore = (await queuedNotifications()).length;
    await api.ok(VERIFY, { input: { reportId: ids.get(trackingId)!, action: 'A1_VERIFIKASI' } }, coordinator);
    await deliver();
    expect(await queuedNotifications()).toHaveLength(queuedBefore);
    expect(mailsTo('maria@contoh.id')).toEqual([]);
  });

  it('a RAHASIA report (WBS) is told that it was followed up, without the response in the e-mail', async () => {
    const trackingId = await submit('Pungutan di luar ketentuan di loket', { name: 'Anonim', email: 'saksi@contoh.id' }, 'WBS', 'RAHASIA');
    const reportId = ids.get(trackingId)!;
    await api.ok(VERIFY, { input: { reportId, action: 'A1_VERIFIKASI' } }, coordinator);
    await api.ok(DISPOSE, { input: { reportId, toUnitId: 'kota-medan.disdukcapil' } }, coordinator);
    await api.ok(FOLLOW_UP, { input: { reportId, response: 'Petugas loket 3 diperiksa Inspektorat.' } }, penghubung);
    await deliver();
    const followUp = mailsTo('saksi@contoh.id').find((m) => m.subject === `Laporan ${trackingId} telah ditindaklanjuti`)!;
    expect(followUp.text).toContain('Tanggapan atas laporan rahasia tidak dikirim lewat e-mail');
    expect(followUp.text).not.toContain('Inspektorat');
  });

  it('an appreciation verified (A1) is told it is published, not that it goes to an OPD', async () => {
    const trackingId = await submit('Petugas loket sangat membantu', { name: 'Dewi', email: 'dewi@contoh.id' }, 'APRESIASI', 'PUBLIC');
    await api.ok(VERIFY, { input: { reportId: ids.get(trackingId)!, action: 'A1_VERIFIKASI' } }, coordinator);
    await deliver();
    const verified = mailsTo('dewi@contoh.id').find((m) => m.subject === `Laporan ${trackingId}: diverifikasi`)!;
    expect(verified.text).toContain('Apresiasi Anda ditayangkan di portal.');
    expect(verified.text).not.toContain('diteruskan ke OPD');
  });
});
