import { deciderSpec } from '@kernel/testing/decider-spec';
import { NotificationCommand, notificationDecider, NotificationEvent, QueuedNotification, retryDelayMs } from './notification.decider';

const queued: QueuedNotification = {
  notificationId: 'n-1',
  key: 'evt-1:t:p-1',
  channel: 'email',
  template: 't',
  recipient: { kind: 'personnel.employee', id: 'p-1' },
  params: { nomor: 'ADU-1' },
  queuedAt: '2026-03-02T01:00:00.000Z',
};
const policy = { maxAttempts: 3, retryBaseMs: 60_000 };
const Queued: NotificationEvent = { type: 'notifications.NotificationQueued', data: queued };
const failed = (attempt: number, failedAt: string, retryAt: string | null): NotificationEvent => ({
  type: 'notifications.NotificationAttemptFailed',
  data: { notificationId: 'n-1', attempt, error: '451', failedAt, retryAt },
});
const failure = (attempt: number, failedAt: string, permanent = false): NotificationCommand => ({ type: 'RecordFailure', attempt, error: '451', failedAt, permanent, policy });
const delivery = (attempt: number): NotificationCommand => ({ type: 'RecordDelivery', attempt, deliveredAt: '2026-03-02T01:00:01.000Z', messageId: '<m@x>' });

describe('notification outbox decider', () => {
  const spec = deciderSpec(notificationDecider);

  it('queues once per key', () => {
    spec.given([]).when({ type: 'Queue', ...queued }).then([Queued]);
    spec.given([Queued]).when({ type: 'Queue', ...queued }).then([]);
  });

  it('records a skip (e-mail off) once, and never queues that key afterwards', () => {
    const skip: NotificationCommand = { type: 'Skip', notificationId: 'n-1', key: queued.key, template: 't', recipient: queued.recipient, queuedAt: queued.queuedAt };
    const skipped: NotificationEvent = {
      type: 'notifications.NotificationSkipped',
      data: { notificationId: 'n-1', key: queued.key, template: 't', recipient: queued.recipient, reason: 'EMAIL_OFF', at: queued.queuedAt },
    };
    spec.given([]).when(skip).then([skipped]);
    spec.given([skipped]).when({ type: 'Queue', ...queued }).then([]);
    spec.given([skipped]).when(skip).then([]);
    spec.given([Queued]).when(skip).then([]);
  });

  it('schedules retries with exponential backoff from the failure time', () => {
    spec.given([Queued]).when(failure(1, '2026-03-02T01:00:00.000Z')).then([failed(1, '2026-03-02T01:00:00.000Z', '2026-03-02T01:01:00.000Z')]);
    spec
      .given([Queued, failed(1, '2026-03-02T01:00:00.000Z', '2026-03-02T01:01:00.000Z')])
      .when(failure(2, '2026-03-02T01:01:00.000Z'))
      .then([failed(2, '2026-03-02T01:01:00.000Z', '2026-03-02T01:03:00.000Z')]);
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 1000))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(40, 60_000)).toBe(86_400_000);
  });

  it('dead-letters after the last attempt, or at once on a permanent failure', () => {
    const history = [Queued, failed(1, 'a', 'b'), failed(2, 'b', 'c')];
    spec.given(history).when(failure(3, '2026-03-02T01:03:00.000Z')).then([
      failed(3, '2026-03-02T01:03:00.000Z', null),
      { type: 'notifications.NotificationDeadLettered', data: { notificationId: 'n-1', attempts: 3, error: '451', at: '2026-03-02T01:03:00.000Z' } },
    ]);
    expect(spec.given([Queued]).when(failure(1, '2026-03-02T01:00:00.000Z', true)).events().map((e) => e.type)).toEqual([
      'notifications.NotificationAttemptFailed',
      'notifications.NotificationDeadLettered',
    ]);
  });

  it('records a delivery once; a stale or repeated outcome is dropped', () => {
    const delivered: NotificationEvent = { type: 'notifications.NotificationDelivered', data: { notificationId: 'n-1', attempt: 1, deliveredAt: '2026-03-02T01:00:01.000Z', messageId: '<m@x>' } };
    spec.given([Queued]).when(delivery(1)).then([delivered]);
    spec.given([Queued, delivered]).when(delivery(1)).then([]);
    spec.given([Queued, delivered]).when(failure(2, 'x')).then([]);
    spec.given([Queued, failed(1, 'a', 'b')]).when(delivery(1)).then([]);
    spec.given([]).when(delivery(1)).then([]);
  });
});
