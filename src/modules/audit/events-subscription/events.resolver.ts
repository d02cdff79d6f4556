import { Args, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { LogEvent, toLogEvent } from '@infrastructure/graphql/log-event.types';
import { EventFeed } from '@infrastructure/subscriptions/event-feed';
import { Actor, RecordedEvent } from '@kernel/events';
import { EventsSubscriptionArgs } from './events.args';

const READERS = [Role.AUDITOR, Role.INTEGRATOR];

@Resolver()
export class EventsSubscriptionResolver {
  constructor(private readonly feed: EventFeed) {}

  @Subscription(() => LogEvent, {
    description:
      'Every committed event the caller may see (AUDITOR, INTEGRATOR; scoped by the grant’s instansi), in log order: first those after `after`, then live.',
    resolve: (event: RecordedEvent) => toLogEvent(event),
  })
  @Roles(...READERS)
  events(@Args() args: EventsSubscriptionArgs, @CurrentActor() actor: Actor): AsyncIterable<RecordedEvent> {
    return this.feed.subscribe(actor, { after: args.after, types: args.types, roles: READERS });
  }
}
