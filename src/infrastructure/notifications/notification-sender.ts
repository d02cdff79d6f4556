import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@config/config';
import { ProjectionRunner } from '../projections/projection-runner';
import { Clock } from '@kernel/clock';
import { CommandExecutor } from '@kernel/command-handling';
import { EMAIL_CHANNEL, EmailChannel } from './email-channel';
import { notificationDecider, notificationStreamId, QueuedNotification } from './notification.decider';
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
  private shuttingDown = false;

  constructor(
    private readonly outbox: NotificationOutbox,
    private readonly executor: CommandExecutor,
    private readonly templates: NotificationTemplates,
    private readonly recipients: NotificationRecipients,
    private readonly clock: Clock,
    @Inject(EMAIL_CHANNEL) private readonly email: EmailChannel,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runner: ProjectionRunner,
  ) {}

  start(): void {
    if (!this.email.enabled || !this.stopped) return;
    this.stopped = false;
    this.shuttingDown = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.shuttingDown = true;
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
    // With several API instances, one sends: two senders could both deliver one message.
    if (!(await this.runner.holdsSingleton('notification-sender'))) return 0;
    let attempts = 0;
    for (const entry of await this.outbox.due(this.clock.now(), BATCH)) {
      if (this.shuttingDown) break;
      if (await this.attempt(entry._id)) attempts++;
    }
    return attempts;
  }

  private async attempt(notificationId: string): Promise<boolean> {
    const { state } = await this.executor.load(notificationDecider, notificationStreamId(notificationId));
    const now = this.clock.now();
    if (state.status !== 'PENDING' || !state.queued || !state.nextAttemptAt || Date.parse(state.nextAttemptAt) > now.getTime()) return false;
    const attempt = state.attempts + 1;
    const step = `attempt-${attempt}`;
    let messageId: string;
    try {
      messageId = await this.send(state.queued);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Notification ${notificationId} attempt ${attempt} failed: ${reason}`);
      const permanent = error instanceof PermanentDeliveryError;
      const failedAt = this.clock.now().toISOString();
      await this.outbox.record(notificationId, { type: 'RecordFailure', attempt, error: reason.slice(0, 500), failedAt, permanent, policy: this.outbox.retryPolicy }, step);
      return true;
    }
    // Outside the try: failing to record a delivery must not be mistaken for a failed send.
    await this.outbox.record(notificationId, { type: 'RecordDelivery', attempt, deliveredAt: this.clock.now().toISOString(), messageId }, step);
    return true;
  }

  private async send({ template, params, recipient }: QueuedNotification): Promise<string> {
    const compiled = this.templates.find(template);
    if (!compiled) throw new PermanentDeliveryError(`No notification template named ${template}`);
    const message = compiled.render(params);
    const to = await this.recipients.resolve(recipient);
    return (await this.email.send(to, message)).messageId;
  }
}
