import { DynamicModule, Module, Type } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { DestinationStream } from 'pino';
import { AppConfig } from '@config/config';
import { AttachmentsModule } from '@infrastructure/attachments/attachments.module';
import { SubjectKeysModule } from '@infrastructure/subject-keys';
import { graphqlModule } from '@infrastructure/graphql/graphql.config';
import { HealthModule } from '@infrastructure/health/health.module';
import { APP_LOGGER, createAppLogger, loggingModule } from '@infrastructure/logging/logging.module';
import { MetricsModule } from '@infrastructure/metrics/metrics.module';
import { InfrastructureModule } from '@infrastructure/infrastructure.module';
import { SchedulingModule } from '@infrastructure/scheduling/scheduling.module';
import { Clock } from '@kernel/clock';
import { AuditModule } from '@modules/audit';
import { NotificationsModule } from '@infrastructure/notifications/notifications.module';
import { OrganisationModule } from '@modules/organisation';
import { PersonnelModule } from '@modules/personnel';
import { SystemModule } from '@modules/system';
import { TrainingModule } from '@modules/training';
import { PerformanceModule } from '@modules/performance';
import { PublicFeedbackModule } from '@modules/public-feedback';
import { LeaveModule } from '@modules/leave';
import { PortalModule } from './portal/portal.controller';

/** What tests may swap in: a clock they move, and extra modules (fixtures) beside the real ones. */
export interface AppOverrides {
  readonly clock?: Clock;
  readonly imports?: readonly (Type | DynamicModule)[];
  /** No log lines at all (CLIs that print their own output). */
  readonly silentLogs?: boolean;
  /** Where log lines go instead of stdout (tests read them). */
  readonly logDestination?: DestinationStream;
}

/** The modular monolith: infrastructure, then one Nest module per bounded context. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, overrides: AppOverrides = {}): DynamicModule {
    const logger = createAppLogger(config, overrides.silentLogs, overrides.logDestination);
    return {
      module: AppModule,
      providers: [{ provide: APP_LOGGER, useValue: logger }],
      imports: [
        loggingModule(logger),
        InfrastructureModule.forRoot(config, overrides.clock),
        CqrsModule.forRoot(),
        graphqlModule(config),
        HealthModule,
        MetricsModule,
        AttachmentsModule,
        SubjectKeysModule,
        NotificationsModule,
        SchedulingModule,
        SystemModule,
        OrganisationModule,
        PersonnelModule,
        TrainingModule,
        PerformanceModule,
        PublicFeedbackModule,
        LeaveModule,
        PortalModule,
        AuditModule,
        ...(overrides.imports ?? []),
      ],
    };
  }
}
