import { Module } from '@nestjs/common';
import { EmployeeModule } from './employee/employee.module';
import { PersonnelEventScopes } from './personnel-event-scopes';
import { RecruitmentModule } from './recruitment/recruitment.module';
import './personnel.messages';

/** Personnel: employee records and careers, transparent recruitment (on the organisation module's tree). */
@Module({ imports: [EmployeeModule, RecruitmentModule], providers: [PersonnelEventScopes], exports: [EmployeeModule] })
export class PersonnelModule {}
