import { Field, Int, ObjectType, ResolveField, Resolver } from '@nestjs/graphql';
import { NotificationOutbox } from '@infrastructure/notifications';
import { SystemStatus } from './system-status.resolver';

@ObjectType({ description: 'A notification given up after its last attempt.' })
class DeadLetterInfo {
  @Field() notificationId: string;
  @Field({ description: 'The deterministic key it was queued under.' }) key: string;
  @Field() template: string;
  @Field({ description: 'Recipient reference kind, e.g. personnel.employee (never an address).' }) recipientKind: string;
  @Field() recipientId: string;
  @Field(() => Int) attempts: number;
  @Field({ nullable: true }) lastError?: string;
  @Field({ nullable: true }) deadAt?: string;
}

@ObjectType({ description: 'The notification outbox.' })
class NotificationsStatus {
  @Field({ description: 'False when SMTP_URL is unset: nothing is sent.' }) emailEnabled: boolean;
  @Field(() => Int, { description: 'Queued and not yet delivered.' }) pending: number;
  @Field(() => Int, { description: 'Pending notifications that failed at least once.' }) retrying: number;
  @Field(() => Int, { description: 'Dead-lettered notifications.' }) failed: number;
  @Field(() => Int, { description: 'Not sent because e-mail was off (recorded, never sent later).' }) skipped: number;
  @Field(() => [DeadLetterInfo], { description: 'The latest 20 dead letters.' }) deadLetters: DeadLetterInfo[];
}

@Resolver(() => SystemStatus)
export class NotificationStatusResolver {
  constructor(private readonly outbox: NotificationOutbox) {}

  @ResolveField(() => NotificationsStatus)
  async notifications(): Promise<NotificationsStatus> {
    const status = await this.outbox.status();
    return {
      ...status,
      deadLetters: status.deadLetters.map((entry) => ({
        notificationId: entry._id,
        key: entry.key,
        template: entry.template,
        recipientKind: entry.recipient.kind,
        recipientId: entry.recipient.id,
        attempts: entry.attempts,
        lastError: entry.lastError ?? undefined,
        deadAt: entry.deadAt ?? undefined,
      })),
    };
  }
}
