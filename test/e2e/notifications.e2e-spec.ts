import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AddressInfo } from 'node:net';
import { AppModule } from '../../src/app.module';
import { AppConfig, loadConfig } from '@config/config';
import { signLocalToken } from '@infrastructure/auth/jwt';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { PassThroughFilter } from '@infrastructure/graphql/pass-through.filter';
import { NotificationOutbox, NotificationRecipients, NotificationTemplates } from '@infrastructure/notifications';
import { notificationStreamId } from '@infrastructure/notifications/notification.decider';
import { NotificationSender } from '@infrastructure/notifications/notification-sender';
import { Clock, FixedClock } from '@kernel/clock';
import { SmtpMailbox } from '../fixtures/smtp-mailbox';
import { tempDir } from '../fixtures/stores';

const T0 = '2026-03-02T01:00:00.000Z';
const ADDRESS = 'siti.rahma@pemkot-medan.go.id';
const request = (key: string) => ({
  key,
  template: 'test.pengaduan-diproses',
  recipient: { kind: 'test.pelapor', id: 'pelapor-1' },
  params: { nomor: 'ADU-2026-0042', status: 'DITINDAKLANJUTI' },
});

/** The whole app on its own DATA_DIR, with a clock the test moves. */
class NotifyingApp {
  private constructor(
    readonly app: INestApplication,
    readonly url: string,
    readonly auth: AppConfig['auth'],
  ) {}

  static async start(dataDir: string, clock: FixedClock, env: Record<string, string>): Promise<NotifyingApp> {
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error', NOTIFY_FROM: 'Akuntabel <noreply@akuntabel.test>', NOTIFY_MAX_ATTEMPTS: '3', NOTIFY_RETRY_BASE_MS: '60000', NOTIFY_POLL_MS: '20', ...env });
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).overrideProvider(Clock).useValue(clock).compile();
    const app = moduleRef.createNestApplication({ logger: ['error'] });
    app.useGlobalFilters(new PassThroughFilter());
    await app.listen(0, '127.0.0.1');
    app.get(NotificationTemplates).register({
      name: 'test.pengaduan-diproses',
      subject: 'Pengaduan {{nomor}}: {{status}}',
      text: 'Yth. Pelapor,\n\nPengaduan Anda nomor {{nomor}} kini berstatus {{status}}.\n\nPemerintah Kota Medan',
    });
    app.get(NotificationRecipients).register({ kind: 'test.pelapor', resolve: async (id) => (id === 'pelapor-1' ? { email: ADDRESS, name: 'Siti Rahma' } : null) });
    const { port } = app.getHttpServer().address() as AddressInfo;
    return new NotifyingApp(app, `http://127.0.0.1:${port}/graphql`, config.auth);
  }

  get outbox(): NotificationOutbox {
    return this.app.get(NotificationOutbox);
  }

  get events(): EventStore {
    return this.app.get(EVENT_STORE);
  }

  async stream(notificationId: string): Promise<string[]> {
    return (await this.events.readStream(notificationStreamId(notificationId))).map((e) => e.type.replace('notifications.', ''));
  }

  async systemStatus(): Promise<any> {
    const token = await signLocalToken(this.auth, { sub: 'auditor-1', roles: [{ role: 'AUDITOR', unit: '*' }] });
    const query = '{ systemStatus { notifications { emailEnabled pending retrying failed skipped deadLetters { key template recipientKind recipientId attempts lastError deadAt } } } }';
    const response = await fetch(this.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as any;
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data.systemStatus.notifications;
  }

  close(): Promise<void> {
    return this.app.close();
  }
}

async function eventually<T>(probe: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`Timed out; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

describe('Notifications: outbox → SMTP (real server on loopback)', () => {
  let mailbox: SmtpMailbox;
  let clock: FixedClock;
  let api: NotifyingApp | undefined;
  beforeEach(async () => {
    mailbox = await SmtpMailbox.start();
    clock = new FixedClock(new Date(T0));
  });
  afterEach(async () => {
    await api?.close();
    api = undefined;
    await mailbox.stop();
  });

  it('delivers a queued notification once, with the rendered subject and body, to the address resolved at send time', async () => {
    api = await NotifyingApp.start(tempDir('akt-notify-'), clock, { SMTP_URL: mailbox.url });
    const { notificationId, queued } = await api.outbox.enqueue(request('evt-1:test.pengaduan-diproses:pelapor-1'));
    expect(queued).toBe(true);
    await eventually(() => mailbox.received.length, (n) => n > 0);
    await settle();
    expect(mailbox.received).toHaveLength(1);
    const [mail] = mailbox.received;
    expect(mail).toMatchObject({ from: 'noreply@akuntabel.test', to: [ADDRESS], subject: 'Pengaduan ADU-2026-0042: DITINDAKLANJUTI' });
    expect(mail.text).toBe('Yth. Pelapor,\n\nPengaduan Anda nomor ADU-2026-0042 kini berstatus DITINDAKLANJUTI.\n\nPemerintah Kota Medan');
    expect(await api.stream(notificationId)).toEqual(['NotificationQueued', 'NotificationDelivered']);
    // The address was resolved for the send and written nowhere in the log.
    const { events } = await api.events.readAll({ after: 0, maxCount: 1000 });
    expect(JSON.stringify(events)).not.toContain(ADDRESS);
    expect(await api.systemStatus()).toMatchObject({ emailEnabled: true, pending: 0, failed: 0, deadLetters: [] });
  });

  it('delivers once when the same key is enqueued twice, even concurrently', async () => {
    api = await NotifyingApp.start(tempDir('akt-notify-'), clock, { SMTP_URL: mailbox.url });
    const key = 'evt-2:test.pengaduan-diproses:pelapor-1';
    const results = await Promise.all([api.outbox.enqueue(request(key)), api.outbox.enqueue(request(key))]);
    const later = await api.outbox.enqueue(request(key));
    expect(results.filter((r) => r.queued)).toHaveLength(1);
    expect(later.queued).toBe(false);
    await eventually(() => mailbox.received.length, (n) => n > 0);
    await settle();
    expect(mailbox.received).toHaveLength(1);
  });

  it('still delivers after a restart that happened before delivery', async () => {
    const dataDir = tempDir('akt-notify-');
    // The first process never polls: the notification is queued, then the process stops.
    api = await NotifyingApp.start(dataDir, clock, { SMTP_URL: mailbox.url, NOTIFY_POLL_MS: '3600000' });
    const { notificationId } = await api.outbox.enqueue(request('evt-3:test.pengaduan-diproses:pelapor-1'));
    await api.close();
    expect(mailbox.received).toHaveLength(0);
    api = await NotifyingApp.start(dataDir, clock, { SMTP_URL: mailbox.url });
    await eventually(() => mailbox.received.length, (n) => n > 0);
    await settle();
    expect(mailbox.received).toHaveLength(1);
    expect(await api.stream(notificationId)).toEqual(['NotificationQueued', 'NotificationDelivered']);
  });

  it('retries SMTP failures with exponential backoff on the clock, then dead-letters visibly', async () => {
    mailbox.rejecting = true;
    api = await NotifyingApp.start(tempDir('akt-notify-'), clock, { SMTP_URL: mailbox.url });
    const { notificationId } = await api.outbox.enqueue(request('evt-4:test.pengaduan-diproses:pelapor-1'));
    const failures = () => api!.stream(notificationId).then((types) => types.filter((t) => t === 'NotificationAttemptFailed').length);

    await eventually(failures, (n) => n === 1);
    const [, firstFailure] = await api.events.readStream(notificationStreamId(notificationId));
    expect(firstFailure.data).toMatchObject({ attempt: 1, retryAt: '2026-03-02T01:01:00.000Z', error: expect.stringContaining('451') });
    expect(await api.systemStatus()).toMatchObject({ pending: 1, retrying: 1, failed: 0 });

    clock.set('2026-03-02T01:00:59.000Z'); // not yet due
    await settle();
    expect(await failures()).toBe(1);
    clock.set('2026-03-02T01:01:00.000Z'); // base delay (60 s) passed
    await eventually(failures, (n) => n === 2);
    clock.set('2026-03-02T01:02:59.000Z'); // the second delay doubles to 120 s
    await settle();
    expect(await failures()).toBe(2);
    clock.set('2026-03-02T01:03:00.000Z');
    await eventually(failures, (n) => n === 3);

    expect(await api.stream(notificationId)).toEqual(['NotificationQueued', 'NotificationAttemptFailed', 'NotificationAttemptFailed', 'NotificationAttemptFailed', 'NotificationDeadLettered']);
    expect(mailbox.rejected).toBe(3);
    const status = await eventually(() => api!.systemStatus(), (s) => s.failed === 1);
    expect(status).toMatchObject({ pending: 0, retrying: 0, failed: 1 });
    expect(status.deadLetters).toEqual([
      {
        key: 'evt-4:test.pengaduan-diproses:pelapor-1',
        template: 'test.pengaduan-diproses',
        recipientKind: 'test.pelapor',
        recipientId: 'pelapor-1',
        attempts: 3,
        lastError: expect.stringContaining('451'),
        deadAt: '2026-03-02T01:03:00.000Z',
      },
    ]);
    // A dead letter is not retried however far the clock moves.
    clock.set('2026-03-09T00:00:00.000Z');
    await settle();
    expect(mailbox.rejected).toBe(3);
  });

  it('dead-letters at once a recipient without an address', async () => {
    api = await NotifyingApp.start(tempDir('akt-notify-'), clock, { SMTP_URL: mailbox.url });
    const { notificationId } = await api.outbox.enqueue({ ...request('evt-5:x:pelapor-2'), recipient: { kind: 'test.pelapor', id: 'pelapor-2' } });
    await eventually(() => api!.stream(notificationId), (types) => types.includes('NotificationDeadLettered'));
    expect(await api.stream(notificationId)).toEqual(['NotificationQueued', 'NotificationAttemptFailed', 'NotificationDeadLettered']);
    expect(mailbox.received).toHaveLength(0);
  });

  it('refuses an unknown template or missing parameters in the caller, queueing nothing', async () => {
    api = await NotifyingApp.start(tempDir('akt-notify-'), clock, { SMTP_URL: mailbox.url });
    await expect(api.outbox.enqueue({ ...request('k-1'), template: 'test.tidak-ada' })).rejects.toThrow('No notification template named test.tidak-ada');
    await expect(api.outbox.enqueue({ ...request('k-2'), params: { nomor: 'ADU-1' } })).rejects.toThrow('missing parameters [status]');
    expect(await api.events.headPosition()).toBe(0);
  });

  it('is off without SMTP_URL: nothing is sent, the skip is recorded, and turning e-mail on later does not send it', async () => {
    const dataDir = tempDir('akt-notify-');
    api = await NotifyingApp.start(dataDir, clock, {});
    const key = 'evt-6:test.pengaduan-diproses:pelapor-1';
    const { notificationId, queued } = await api.outbox.enqueue(request(key));
    expect(queued).toBe(false);
    expect(await api.stream(notificationId)).toEqual(['NotificationSkipped']);
    expect(await eventually(() => api!.systemStatus(), (s) => s.skipped === 1)).toMatchObject({ emailEnabled: false, pending: 0, skipped: 1 });
    await api.close();

    // E-mail turned on, and the reaction replays the old event (a rebuild): old news is not sent.
    api = await NotifyingApp.start(dataDir, clock, { SMTP_URL: mailbox.url });
    expect((await api.outbox.enqueue(request(key))).queued).toBe(false);
    await api.app.get(NotificationSender).tick();
    await settle();
    expect(mailbox.received).toHaveLength(0);
    expect(await api.stream(notificationId)).toEqual(['NotificationSkipped']);
  });
});
