import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionRunner } from '../../../infrastructure/projections/projection-runner';
import { AppointmentProcessManager } from './appointment.process-manager';
import { CommandBusEmployeeRegistrar } from './command-bus-employee-registrar';
import { EMPLOYEE_REGISTRAR } from './employee-registrar.port';
import { SelectionApplicantProjection } from './read-models/selection-applicants/selection-applicant.projection';
import { SelectionRankingProjection } from './read-models/selection-rankings/selection-ranking.projection';
import { SelectionRoundProjection } from './read-models/selection-rounds/selection-round.projection';
import { READ_SIDE_PROVIDERS, USE_CASE_PROVIDERS } from './recruitment.providers';
import { nikDigestKeyProvider, NikProtector } from './register-applicant/nik-protector';
import { RecruitmentPayloads } from './shared/recruitment-payloads';
import { SelectionRoundCommands } from './shared/selection-round-commands';

/**
 * Personnel › Recruitment: transparent CPNS selection rounds (formasi, applicants, panel and conflicts
 * of interest, imported SKD results, deterministic public ranking, announcement) and the process
 * manager that turns an appointment into an employee record.
 */
@Module({
  imports: [CqrsModule],
  providers: [
    SelectionRoundCommands,
    RecruitmentPayloads,
    NikProtector,
    nikDigestKeyProvider,
    ...USE_CASE_PROVIDERS,
    SelectionRoundProjection,
    SelectionApplicantProjection,
    SelectionRankingProjection,
    ...READ_SIDE_PROVIDERS,
    AppointmentProcessManager,
    { provide: EMPLOYEE_REGISTRAR, useClass: CommandBusEmployeeRegistrar },
  ],
})
export class RecruitmentModule implements OnModuleInit {
  constructor(
    private readonly runner: ProjectionRunner,
    private readonly rounds: SelectionRoundProjection,
    private readonly applicants: SelectionApplicantProjection,
    private readonly rankings: SelectionRankingProjection,
    private readonly appointments: AppointmentProcessManager,
  ) {}

  onModuleInit(): void {
    for (const projection of [this.rounds, this.applicants, this.rankings, this.appointments]) this.runner.register(projection);
  }
}
