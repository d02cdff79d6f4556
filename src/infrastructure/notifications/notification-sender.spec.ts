import { ProjectionRunner } from '../projections/projection-runner';
import { loadConfig } from '@config/config';
import { FixedClock } from '@kernel/clock';
import { CommandExecutor } from '@kernel/command-handling';
import { EmailChannel } from './email-channel';
import { NotificationCommand, NotificationState, QueuedNotification } from './notification.decider';
import { NotificationOutbox } from './notification-outbox';
import { NotificationRecipients } from './notification-recipients';
import { NotificationSender } from './notification-sender';
import { NotificationTemplates } from './notification-templates';

const queued: QueuedNotification = {
  notificationId: 'n-1',
  key: 'k',
  channel: 'email',
  template: 't',
  recipient: { kind: 'r', id: 'p-1' },
  params: { nomor: 'ADU-1' },
  queuedAt: '2026-03-02T01:00:00.000Z',
};

/** The sender against stand-ins: a stale outbox view, a stream state, a channel counting sends. */
function setUp(state: NotificationState, recordFails = false) {
  const recorded: NotificationCommand[] = [];
  const sent: string[] = [];
  const outbox = {
    due: async () => [{ _id: 'n-1' }], // the view still lists it as due
    record: async (_id: string, command: NotificationCommand) => {
      if (recordFails && command.type === 'RecordDelivery') throw new Error('event store unavailable');
      recorded.push(command);
    },
    retryPolicy: { maxAttempts: 3, retryBaseMs: 1000 },
  } as unknown as NotificationOutbox;
  const executor = { load: async () => ({ state, events: [] }) } as unknown as CommandExecutor;
  const templates = new NotificationTemplates();
  templates.register({ name: 't', subject: 'Pengaduan {{nomor}}', text: 'Isi {{nomor}}' });
  const recipients = new NotificationRecipients();
  recipients.register({ kind: 'r', resolve: async () => ({ email: 'a@b.go.id' }) });
  const email: EmailChannel = { enabled: true, send: async (_to, message) => (sent.push(message.subject), { messageId: '<1@x>' }), close: async () => undefined };
  const config = loadConfig({ DATA_DIR: '/tmp/akt-sender-spec', JWT_SECRET: 'x'.repeat(32), APPLICANT_IDENTITY_KEY: 'y'.repeat(32) });
  const clock = new FixedClock(new Date('2026-03-02T01:00:00.000Z'));
  const sender = new NotificationSender(outbox, executor, templates, recipients, clock, email, config, { holdsSingleton: async () => true } as unknown as ProjectionRunner);
  return { sender, recorded, sent };
}

describe('NotificationSender', () => {
  it('trusts the stream, not the view: a notification already delivered is not sent again', async () => {
    const { sender, sent } = setUp({ status: 'DELIVERED', attempts: 1, queued });
    expect(await sender.tick()).toBe(0);
    expect(sent).toEqual([]);
  });

  it('does not send before the stream says the next attempt is due', async () => {
    const { sender, sent } = setUp({ status: 'PENDING', attempts: 1, queued, nextAttemptAt: '2026-03-02T01:00:01.000Z' });
    expect(await sender.tick()).toBe(0);
    expect(sent).toEqual([]);
  });

  it('sends a due notification and records the delivery as the next attempt', async () => {
    const { sender, sent, recorded } = setUp({ status: 'PENDING', attempts: 0, queued, nextAttemptAt: queued.queuedAt });
    expect(await sender.tick()).toBe(1);
    expect(sent).toEqual(['Pengaduan ADU-1']);
    expect(recorded).toEqual([{ type: 'RecordDelivery', attempt: 1, deliveredAt: '2026-03-02T01:00:00.000Z', messageId: '<1@x>' }]);
  });

  it('never records a failed attempt when only recording the delivery failed', async () => {
    const { sender, sent, recorded } = setUp({ status: 'PENDING', attempts: 0, queued, nextAttemptAt: queued.queuedAt }, true);
    await expect(sender.tick()).rejects.toThrow('event store unavailable');
    expect(sent).toHaveLength(1);
    expect(recorded).toEqual([]);
  });
});
