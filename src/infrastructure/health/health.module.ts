import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { StoreHealth } from './store-health';

/** Liveness and readiness probes (@nestjs/terminus); failures are logged as one JSON line. */
@Module({ imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })], controllers: [HealthController], providers: [StoreHealth] })
export class HealthModule {}
