import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AppConfig } from './config/config';
import { AttachmentsModule } from './infrastructure/attachments/attachments.module';
import { graphqlModule } from './infrastructure/graphql/graphql.config';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { AuditModule } from './modules/audit';
import { NotificationsModule } from './infrastructure/notifications/notifications.module';
import { PersonnelModule } from './modules/personnel/personnel.module';
import { SystemModule } from './modules/system/system.module';

/** The modular monolith: infrastructure, then one Nest module per bounded context. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [InfrastructureModule.forRoot(config), CqrsModule.forRoot(), graphqlModule(config), AttachmentsModule, NotificationsModule, SystemModule, PersonnelModule, AuditModule],
    };
  }
}
