import { Module } from '@nestjs/common';
import { NotificationStatusResolver } from './notification-status.resolver';
import { SystemStatusResolver } from './system-status.resolver';

@Module({ providers: [SystemStatusResolver, NotificationStatusResolver] })
export class SystemModule {}
