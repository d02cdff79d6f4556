import { Module } from '@nestjs/common';
import { EmployeeModule } from './employee/employee.module';
import { OrganisationModule } from './organisation/organisation.module';
import { PersonnelEventScopes } from './personnel-event-scopes';
import { RecruitmentModule } from './recruitment/recruitment.module';

/** Personnel: organisation, employee records and careers, transparent recruitment. */
@Module({ imports: [OrganisationModule, EmployeeModule, RecruitmentModule], providers: [PersonnelEventScopes] })
export class PersonnelModule {}
