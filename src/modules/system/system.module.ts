import { Module } from '@nestjs/common';
import { SystemStatusResolver } from './system-status.resolver';

@Module({ providers: [SystemStatusResolver] })
export class SystemModule {}
