import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { Clock } from '../../kernel/clock';
import { CommandExecutor } from '../../kernel/command-handling';
import { EMAIL_CHANNEL, EmailChannel } from './email-channel';
import { notificationDecider, notificationStreamId } from './notification.decider';
import { NotificationOutbox } from './notification-outbox';
import { NotificationRecipients, PermanentDeliveryError } from './notification-recipients';
import { NotificationTemplates } from './notification-templates';

const BATCH = 50;

/**
 * Delivers due notifications: every NOTIFY_POLL_MS it asks the outbox view what is due on the
 * injected Clock, re-reads each one's stream (the view may lag behind the outcome it just recorded),
 * resolves the address, renders, sends, and records the outcome. A failure is retried with
 * exponential backoff and dead-lettered after NOTIFY_MAX_ATTEMPTS.
 *
 * Delivery is at least once: a crash between the SMTP server's acceptance and the recorded outcome
 * sends that message again after the restart. Run one sender per deployment (several instances would
 * race; the losing outcome is dropped, but its e-mail was sent).
 */
@Injectable()
export class NotificationSender {
  private readonly logger = new Logger('Notifications');
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private stopped = true;

  constructor(
    private readonly outbox: NotificationOutbox,
    private readonly executor: CommandExecutor,
    private readonly templates: NotificationTemplates,
    private readonly recipients: NotificationRecipients,
    private readonly clock: Clock,
    @Inject(EMAIL_CHANNEL) private readonly email: EmailChannel,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  start(): void {
    if (!this.email.enabled || !this.stopped) return;
    this.stopped = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass over the due notifications; returns how many attempts were made. Never overlaps itself. */
  tick(): Promise<number> {
    this.running ??= this.deliverDue().finally(() => (this.running = undefined));
    return this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.tick()
        .catch((error) => this.logger.error(`Notification pass failed: ${(error as Error).stack ?? error}`))
        .finally(() => this.schedule());
    }, this.config.notifications.pollMs);
  }

  private async deliverDue(): Promise<number> {
    let attempts = 0;
    for (const entry of await this.outbox.due(this.clock.now(), BATCH)) {
      if (this.stopped && this.timer === undefined) break;
      if (await this.attempt(entry._id)) attempts++;
    }
    return attempts;
  }

  private async attempt(notificationId: string): Promise<boolean> {
    const { state } = await this.executor.load(notificationDecider, notificationStreamId(notificationId));
    const now = this.clock.now();
    if (state.status !== 'PENDING' || !state.queued || !state.nextAttemptAt || Date.parse(state.nextAttemptAt) > now.getTime()) return false;
    const attempt = state.attempts + 1;
    const { template, params, recipient } = state.queued;
    try {
      const message = this.templates.get(template).render(params);
      const to = await this.recipients.resolve(recipient);
      const { messageId } = await this.email.send(to, message);
      const deliveredAt = this.clock.now().toISOString();
      await this.outbox.record(notificationId, { type: 'RecordDelivery', attempt, deliveredAt, messageId }, `attempt-${attempt}`);
    } catch (error) {
      const permanent = error instanceof PermanentDeliveryError || (error instanceof Error && error.message.startsWith('No notification template'));
      const reason = (error as Error).message ?? String(error);
      this.logger.warn(`Notification ${notificationId} attempt ${attempt} failed: ${reason}`);
      const failedAt = this.clock.now().toISOString();
      const command = { type: 'RecordFailure' as const, attempt, error: reason.slice(0, 500), failedAt, permanent, policy: this.outbox.retryPolicy };
      await this.outbox.record(notificationId, command, `attempt-${attempt}`);
    }
    return true;
  }
}
