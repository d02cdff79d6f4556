import { BeforeApplicationShutdown, Global, Inject, Module, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@config/config';
import { ProjectionRunner } from '../projections/projection-runner';
import { EMAIL_CHANNEL, EmailChannel, openEmailChannel } from './email-channel';
import { NotificationOutbox } from './notification-outbox';
import { notificationOutboxProjection } from './notification-outbox.projection';
import { NotificationRecipients } from './notification-recipients';
import { NotificationSender } from './notification-sender';
import { NotificationTemplates } from './notification-templates';

class NotificationsLifecycle implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly runner: ProjectionRunner,
    private readonly sender: NotificationSender,
    @Inject(EMAIL_CHANNEL) private readonly email: EmailChannel,
  ) {}

  onModuleInit(): void {
    this.runner.register(notificationOutboxProjection);
  }

  onApplicationBootstrap(): void {
    this.sender.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.sender.stop();
    await this.email.close();
  }
}

/**
 * The notification outbox for every module: register templates and recipient resolvers at start-up,
 * call `NotificationOutbox.enqueue` from reactions.
 */
@Global()
@Module({
  providers: [
    { provide: EMAIL_CHANNEL, inject: [APP_CONFIG], useFactory: (config: AppConfig) => openEmailChannel(config.notifications) },
    NotificationTemplates,
    NotificationRecipients,
    NotificationOutbox,
    NotificationSender,
    NotificationsLifecycle,
  ],
  exports: [NotificationOutbox, NotificationTemplates, NotificationRecipients],
})
export class NotificationsModule {}
