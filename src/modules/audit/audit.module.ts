import { Module } from '@nestjs/common';
import { EventsSubscriptionResolver } from './events-subscription/events.resolver';

/** Audit: the auditor's and integrator's view of the log itself (live, scope-filtered events). */
@Module({ providers: [EventsSubscriptionResolver] })
export class AuditModule {}
