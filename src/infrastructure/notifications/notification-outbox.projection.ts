import { Schema } from 'mongoose';
import { defineProjection } from '../projections/projection';
import { NotificationEvent, NotificationStatus, RecipientRef } from './notification.decider';

/** Logical collection and projection name of the outbox read model. */
export const NOTIFICATION_OUTBOX = 'notification_outbox';

export interface OutboxEntry {
  _id: string;
  key: string;
  template: string;
  recipient: RecipientRef;
  status: Exclude<NotificationStatus, 'NONE'>;
  attempts: number;
  /** ISO time the next attempt is due; null once delivered or dead. */
  nextAttemptAt: string | null;
  lastError: string | null;
  queuedAt: string;
  deadAt: string | null;
}

const OutboxSchema = new Schema(
  {
    _id: String,
    key: String,
    template: String,
    recipient: { kind: String, id: String },
    status: { type: String, index: true },
    attempts: Number,
    nextAttemptAt: { type: String, index: true },
    lastError: String,
    queuedAt: String,
    deadAt: String,
  },
  { versionKey: false },
);

/**
 * Where the sender finds due notifications and systemStatus counts them. The event log holds the
 * truth (the sender re-reads the stream before each attempt); this view only says where to look.
 */
export const notificationOutboxProjection = defineProjection<NotificationEvent>({
  name: NOTIFICATION_OUTBOX,
  version: 1,
  collections: [{ name: NOTIFICATION_OUTBOX, schema: OutboxSchema }],
  canHandle: [
    'notifications.NotificationQueued',
    'notifications.NotificationAttemptFailed',
    'notifications.NotificationDelivered',
    'notifications.NotificationDeadLettered',
    'notifications.NotificationSkipped',
  ],
  async apply(event, writer) {
    const { notificationId } = event.data;
    switch (event.type) {
      case 'notifications.NotificationQueued': {
        const { key, template, recipient, queuedAt } = event.data;
        const entry: Omit<OutboxEntry, '_id'> = { key, template, recipient, queuedAt, status: 'PENDING', attempts: 0, nextAttemptAt: queuedAt, lastError: null, deadAt: null };
        return writer.upsert(NOTIFICATION_OUTBOX, notificationId, { $set: entry });
      }
      case 'notifications.NotificationAttemptFailed':
        return writer.upsert(NOTIFICATION_OUTBOX, notificationId, { $set: { attempts: event.data.attempt, lastError: event.data.error, nextAttemptAt: event.data.retryAt } });
      case 'notifications.NotificationDelivered':
        return writer.upsert(NOTIFICATION_OUTBOX, notificationId, { $set: { status: 'DELIVERED', attempts: event.data.attempt, nextAttemptAt: null } });
      case 'notifications.NotificationDeadLettered':
        return writer.upsert(NOTIFICATION_OUTBOX, notificationId, { $set: { status: 'DEAD', nextAttemptAt: null, deadAt: event.data.at } });
      case 'notifications.NotificationSkipped': {
        const { key, template, recipient, at } = event.data;
        const entry: Omit<OutboxEntry, '_id'> = { key, template, recipient, queuedAt: at, status: 'SKIPPED', attempts: 0, nextAttemptAt: null, lastError: null, deadAt: null };
        return writer.upsert(NOTIFICATION_OUTBOX, notificationId, { $set: entry });
      }
    }
  },
});
