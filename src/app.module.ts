import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { DestinationStream } from 'pino';
import { AppConfig } from './config/config';
import { graphqlModule } from './infrastructure/graphql/graphql.config';
import { HealthModule } from './infrastructure/health/health.module';
import { loggingModule } from './infrastructure/logging/logging.module';
import { MetricsModule } from './infrastructure/metrics/metrics.module';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { AuditModule } from './modules/audit';
import { PersonnelModule } from './modules/personnel/personnel.module';
import { SystemModule } from './modules/system/system.module';

/** The modular monolith: infrastructure, then one Nest module per bounded context. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: { silentLogs?: boolean; logDestination?: DestinationStream } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [loggingModule(config, options.silentLogs, options.logDestination), InfrastructureModule.forRoot(config), CqrsModule.forRoot(), graphqlModule(config), HealthModule, MetricsModule, SystemModule, PersonnelModule, AuditModule],
    };
  }
}
