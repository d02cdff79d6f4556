import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { OrganisationModule } from '../../organisation';
import { EmployeeDirectory } from './employee-directory/employee-directory';
import { PlacementCheck } from './shared/placement-check';
import { RegistrationCheck } from './register-employee/registration-check';
import { EmployeeImport } from './bulk-import/employee-import';
import { BkdExportsController } from './bkd-lists/bkd-exports.controller';
import { AppraiserLookup } from './read-models/position-holders/appraiser-lookup';
import { READ_SIDE_PROVIDERS, SHARED_PROVIDERS, USE_CASE_PROVIDERS } from './employee.providers';
import { employeesProjection } from './read-models/employees/employees.projection';
import { positionHoldersProjection } from './read-models/position-holders/position-holders.projection';
import { PublishedPredikatReader, publishedPredikatProjection } from './read-models/published-predikat/published-predikat.projection';
import { PositionOccupancyModule } from './read-models/position-holders/position-occupancy';
import { EmployeeRecipients } from './notifications/employee-recipients';

/**
 * Personnel › Employee: the personnel record of each ASN (PNS and PPPK) — registration with a unique
 * NIP / NI PPPK, corrections, a new NI PPPK for a contract with another instansi, mutasi, Plt/Plh, KP Reguler, hukuman disiplin, Satyalancana and
 * retirement — with scoped reads, the auditor's history and pejabat penilai resolution.
 * RegisterEmployeeCommand is also dispatched by recruitment (over the CommandBus, no module import).
 */
@Module({
  imports: [CqrsModule, OrganisationModule, PositionOccupancyModule], providers: [...USE_CASE_PROVIDERS, ...READ_SIDE_PROVIDERS, ...SHARED_PROVIDERS, EmployeeDirectory, RegistrationCheck, EmployeeImport, PublishedPredikatReader, EmployeeRecipients],
  controllers: [BkdExportsController],
  exports: [EmployeeDirectory, PlacementCheck, AppraiserLookup, RegistrationCheck, EmployeeImport],
})
export class EmployeeModule implements OnModuleInit {
  constructor(private readonly runner: ProjectionRunner) {}

  onModuleInit(): void {
    this.runner.register(employeesProjection);
    this.runner.register(positionHoldersProjection);
    this.runner.register(publishedPredikatProjection);
  }
}
