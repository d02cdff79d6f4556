import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { Reaction } from '@infrastructure/projections/reaction';
import { appointmentReaction, APPOINTMENTS_REACTION } from './appointment.process-manager';
import { CommandBusEmployeeRegistrar } from './command-bus-employee-registrar';
import { EMPLOYEE_REGISTRAR, EmployeeRegistrar } from './employee-registrar.port';
import { selectionApplicantsProjection } from './read-models/selection-applicants/selection-applicant.projection';
import { selectionRankingsProjection } from './read-models/selection-rankings/selection-ranking.projection';
import { selectionRoundsProjection } from './read-models/selection-rounds/selection-round.projection';
import { READ_SIDE_PROVIDERS, USE_CASE_PROVIDERS } from './recruitment.providers';
import { nikDigestKeyProvider, NikProtector } from './register-applicant/nik-protector';
import { Mutations } from '@infrastructure/graphql/mutations';
import { EmployeeModule } from '../employee/employee.module';
import { SelectionRoundCommands } from './shared/selection-round-commands';

/**
 * Personnel › Recruitment: transparent CPNS selection rounds (formasi, applicants, panel and conflicts
 * of interest, imported SKD results, deterministic public ranking, announcement) and the process
 * manager that turns an appointment into an employee record.
 */
@Module({
  imports: [CqrsModule, EmployeeModule],
  providers: [
    SelectionRoundCommands,
    Mutations,
    NikProtector,
    nikDigestKeyProvider,
    ...USE_CASE_PROVIDERS,
    ...READ_SIDE_PROVIDERS,
    { provide: EMPLOYEE_REGISTRAR, useClass: CommandBusEmployeeRegistrar },
    { provide: APPOINTMENTS_REACTION, inject: [EMPLOYEE_REGISTRAR], useFactory: (registrar: EmployeeRegistrar) => appointmentReaction(registrar) },
  ],
})
export class RecruitmentModule implements OnModuleInit {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(APPOINTMENTS_REACTION) private readonly appointments: Reaction,
  ) {}

  onModuleInit(): void {
    for (const projection of [selectionRoundsProjection, selectionApplicantsProjection, selectionRankingsProjection]) this.runner.register(projection);
    this.runner.registerReaction(this.appointments);
  }
}
