import { assertNever, Decider } from '@kernel/decider';
import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';

/** Who to notify, as a module names them (e.g. `{ kind: 'personnel.employee', id }`); never an address. */
export interface RecipientRef {
  readonly kind: string;
  readonly id: string;
}

export type NotificationParams = Readonly<Record<string, string | number>>;

export interface QueuedNotification {
  readonly notificationId: string;
  /** The caller's deterministic key (e.g. causing event id + template + recipient). */
  readonly key: string;
  readonly channel: 'email';
  readonly template: string;
  readonly recipient: RecipientRef;
  readonly params: NotificationParams;
  readonly queuedAt: string;
}

export type NotificationQueued = DomainEvent<'notifications.NotificationQueued', QueuedNotification>;
export type NotificationAttemptFailed = DomainEvent<
  'notifications.NotificationAttemptFailed',
  { readonly notificationId: string; readonly attempt: number; readonly error: string; readonly failedAt: string; readonly retryAt: string | null }
>;
export type NotificationDelivered = DomainEvent<
  'notifications.NotificationDelivered',
  { readonly notificationId: string; readonly attempt: number; readonly deliveredAt: string; readonly messageId: string }
>;
export type NotificationDeadLettered = DomainEvent<
  'notifications.NotificationDeadLettered',
  { readonly notificationId: string; readonly attempts: number; readonly error: string; readonly at: string }
>;
export type NotificationSkipped = DomainEvent<
  'notifications.NotificationSkipped',
  { readonly notificationId: string; readonly key: string; readonly template: string; readonly recipient: RecipientRef; readonly reason: 'EMAIL_OFF'; readonly at: string }
>;
export type NotificationEvent = NotificationQueued | NotificationAttemptFailed | NotificationDelivered | NotificationDeadLettered | NotificationSkipped;

eventRegistry.register([
  { type: 'notifications.NotificationQueued', version: 1, description: 'A notification was queued in the outbox (once per key).' },
  { type: 'notifications.NotificationAttemptFailed', version: 1, description: 'A delivery attempt failed; retryAt is when the next one is due (null: none).' },
  { type: 'notifications.NotificationDelivered', version: 1, description: 'The channel accepted the notification.' },
  { type: 'notifications.NotificationDeadLettered', version: 1, description: 'Delivery was given up; the notification is listed in systemStatus.' },
  { type: 'notifications.NotificationSkipped', version: 1, description: 'Not sent because e-mail was off (SMTP_URL unset); the key is never queued later.' },
]);

export function notificationStreamId(notificationId: string): string {
  return `notifications-message-${notificationId}`;
}

export type NotificationStatus = 'NONE' | 'PENDING' | 'DELIVERED' | 'DEAD' | 'SKIPPED';

export interface NotificationState {
  readonly status: NotificationStatus;
  readonly attempts: number;
  readonly queued?: QueuedNotification;
  readonly nextAttemptAt?: string;
}

export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly retryBaseMs: number;
}

export type NotificationCommand =
  | ({ readonly type: 'Queue' } & QueuedNotification)
  | ({ readonly type: 'Skip' } & Pick<QueuedNotification, 'notificationId' | 'key' | 'template' | 'recipient' | 'queuedAt'>)
  | { readonly type: 'RecordDelivery'; readonly attempt: number; readonly deliveredAt: string; readonly messageId: string }
  | { readonly type: 'RecordFailure'; readonly attempt: number; readonly error: string; readonly failedAt: string; readonly permanent: boolean; readonly policy: RetryPolicy };

/** Exponential backoff: base, 2×base, 4×base… capped at a day. */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** (attempt - 1), 86_400_000);
}

function evolve(state: NotificationState, event: NotificationEvent): NotificationState {
  switch (event.type) {
    case 'notifications.NotificationQueued':
      return { status: 'PENDING', attempts: 0, queued: event.data, nextAttemptAt: event.data.queuedAt };
    case 'notifications.NotificationAttemptFailed':
      return { ...state, attempts: event.data.attempt, nextAttemptAt: event.data.retryAt ?? undefined };
    case 'notifications.NotificationDelivered':
      return { ...state, status: 'DELIVERED', attempts: event.data.attempt, nextAttemptAt: undefined };
    case 'notifications.NotificationDeadLettered':
      return { ...state, status: 'DEAD', nextAttemptAt: undefined };
    case 'notifications.NotificationSkipped':
      return { status: 'SKIPPED', attempts: 0 };
    default:
      return assertNever(event);
  }
}

function decide(command: NotificationCommand, state: NotificationState): NotificationEvent[] {
  if (command.type === 'Queue') {
    // Idempotent by key: the stream exists once per key.
    if (state.status !== 'NONE') return [];
    const { type: _type, ...queued } = command;
    return [{ type: 'notifications.NotificationQueued', data: queued }];
  }
  if (command.type === 'Skip') {
    // Recorded so that turning e-mail on later and replaying a reaction does not send old news.
    if (state.status !== 'NONE') return [];
    const { notificationId, key, template, recipient, queuedAt } = command;
    return [{ type: 'notifications.NotificationSkipped', data: { notificationId, key, template, recipient, reason: 'EMAIL_OFF', at: queuedAt } }];
  }
  // Only the next attempt of a pending notification is recorded; a stale sender's outcome is dropped.
  if (state.status !== 'PENDING' || command.attempt !== state.attempts + 1) return [];
  const notificationId = state.queued!.notificationId;
  if (command.type === 'RecordDelivery') {
    const { attempt, deliveredAt, messageId } = command;
    return [{ type: 'notifications.NotificationDelivered', data: { notificationId, attempt, deliveredAt, messageId } }];
  }
  const { attempt, error, failedAt, permanent, policy } = command;
  if (permanent || attempt >= policy.maxAttempts) {
    return [
      { type: 'notifications.NotificationAttemptFailed', data: { notificationId, attempt, error, failedAt, retryAt: null } },
      { type: 'notifications.NotificationDeadLettered', data: { notificationId, attempts: attempt, error, at: failedAt } },
    ];
  }
  const retryAt = new Date(Date.parse(failedAt) + retryDelayMs(attempt, policy.retryBaseMs)).toISOString();
  return [{ type: 'notifications.NotificationAttemptFailed', data: { notificationId, attempt, error, failedAt, retryAt } }];
}

export const notificationDecider: Decider<NotificationCommand, NotificationEvent, NotificationState> = {
  initialState: () => ({ status: 'NONE', attempts: 0 }),
  evolve,
  decide,
};
