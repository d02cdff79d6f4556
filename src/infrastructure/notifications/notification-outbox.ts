import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@config/config';
import { Clock } from '@kernel/clock';
import { CommandContext, CommandExecutor } from '@kernel/command-handling';
import { Actor, RecordedEvent } from '@kernel/events';
import { deriveId } from '@kernel/ids';
import { ReadModels } from '../projections/read-models';
import { EMAIL_CHANNEL, EmailChannel } from './email-channel';
import { NotificationCommand, notificationDecider, NotificationParams, notificationStreamId, RecipientRef } from './notification.decider';
import { NOTIFICATION_OUTBOX, OutboxEntry } from './notification-outbox.projection';
import { NotificationTemplates } from './notification-templates';

export interface NotificationRequest {
  /** Deterministic, e.g. `${event.eventId}:${template}:${recipient.id}`: the same key is sent once. */
  readonly key: string;
  readonly template: string;
  readonly recipient: RecipientRef;
  readonly params: NotificationParams;
}

export interface EnqueueResult {
  readonly notificationId: string;
  /** False when the key was queued before, or e-mail is off (then recorded as skipped). */
  readonly queued: boolean;
}

export interface OutboxStatus {
  readonly emailEnabled: boolean;
  readonly pending: number;
  /** Pending notifications that failed at least once. */
  readonly retrying: number;
  readonly failed: number;
  /** Not sent because e-mail was off. */
  readonly skipped: number;
  readonly deadLetters: OutboxEntry[];
}

/** The system's own actor in the metadata of outbox events. */
export const NOTIFIER: Actor = Object.freeze({ id: 'system:notifications', roles: [] });

/**
 * The notification outbox. Reactions call `enqueue` after the causing event is committed; the queue
 * is a stream per key in the event log (`notifications-message-<id>`), so it survives restarts and —
 * unlike a read-store collection — also a dropped or rebuilt read store: replaying the reactions
 * finds every key already queued and sends nothing twice.
 */
@Injectable()
export class NotificationOutbox {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly executor: CommandExecutor,
    private readonly templates: NotificationTemplates,
    private readonly readModels: ReadModels,
    private readonly clock: Clock,
    @Inject(EMAIL_CHANNEL) private readonly email: EmailChannel,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Queues once per key. Unknown templates and missing parameters throw here, in the caller. */
  async enqueue(request: NotificationRequest, cause?: RecordedEvent): Promise<EnqueueResult> {
    const notificationId = deriveId('notification', request.key);
    this.templates.get(request.template).check(request.params);
    const queuedAt = this.clock.now().toISOString();
    if (!this.email.enabled) {
      const { key, template, recipient } = request;
      await this.record(notificationId, { type: 'Skip', notificationId, key, template, recipient, queuedAt }, 'queue', cause);
      return { notificationId, queued: false };
    }
    const command: NotificationCommand = { type: 'Queue', notificationId, channel: 'email', queuedAt, ...request };
    const result = await this.record(notificationId, command, 'queue', cause);
    return { notificationId, queued: result.eventTypes.includes('notifications.NotificationQueued') && !result.duplicate };
  }

  /** Appends an outcome (or the queueing) through the one command path, idempotent per step. */
  record(notificationId: string, command: NotificationCommand, step: string, cause?: RecordedEvent) {
    const commandId = deriveId('notification', notificationId, step);
    const context: CommandContext = {
      commandId,
      actor: NOTIFIER,
      correlationId: cause?.correlationId ?? commandId,
      causationId: cause?.eventId ?? commandId,
      occurredAt: this.clock.now().toISOString(),
    };
    return this.executor.execute(notificationDecider, notificationStreamId(notificationId), command, context);
  }

  async status(limit = 20): Promise<OutboxStatus> {
    const outbox = this.readModels.collection<OutboxEntry>(NOTIFICATION_OUTBOX);
    const [pending, retrying, failed, skipped, deadLetters] = await Promise.all([
      outbox.count({ status: 'PENDING' }),
      outbox.count({ status: 'PENDING', attempts: { $gt: 0 } }),
      outbox.count({ status: 'DEAD' }),
      outbox.count({ status: 'SKIPPED' }),
      outbox.find({ status: 'DEAD' }, { sort: { deadAt: -1 }, limit }),
    ]);
    return { emailEnabled: this.email.enabled, pending, retrying, failed, skipped, deadLetters };
  }

  /** Pending notifications due at `now`, oldest first. */
  due(now: Date, limit: number): Promise<OutboxEntry[]> {
    const outbox = this.readModels.collection<OutboxEntry>(NOTIFICATION_OUTBOX);
    return outbox.find({ status: 'PENDING', nextAttemptAt: { $ne: null, $lte: now.toISOString() } }, { sort: { nextAttemptAt: 1 }, limit });
  }

  get retryPolicy() {
    return { maxAttempts: this.config.notifications.maxAttempts, retryBaseMs: this.config.notifications.retryBaseMs };
  }
}
