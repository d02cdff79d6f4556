import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { Mutations } from '@infrastructure/graphql/mutations';
import { EventScopes } from '@infrastructure/subscriptions/event-scopes';
import { OrganisationModule } from '../organisation';
import { PersonnelModule } from '../personnel';
import { envelopeStreamPrefix } from './budget/envelope.events';
import { programStreamPrefix } from './catalogue/program.events';
import { trainingCommandHandlers } from './graphql/training.operations';
import { TrainingResolver } from './graphql/training.resolver';
import { activityProviders } from './graphql/activity.graphql';
import { trainingActivitiesProjection } from './read-models/activity.projections';
import { activityStreamPrefix } from './activity/activity.events';
import { trainingBudgetsProjection, trainingProgramsProjection } from './read-models/training.projections';
import {
  TrainingBudgetQueryHandler,
  TrainingCatalogueQueryHandler,
  TrainingPlanItemQueryHandler,
  TrainingPlanQueryHandler,
  TrainingProgramQueryHandler,
} from './read-models/training.queries';
import { TrainingCommands } from './training-commands';
import { performanceGapsReaction } from './needs/training-needs';
import { TrainingNeedsResolver } from './needs/training-needs.resolver';
import { ComplianceResolver, ComplianceService, JP_REMINDER_TARGET, PublishUnitTrainingComplianceHandler, ScheduleJpRemindersHandler } from './compliance/compliance.graphql';
import { complianceStreamPrefix } from './compliance/compliance.events';
import { DeadlineTargets } from '@infrastructure/scheduling';
import { EvaluationCommands } from './evaluation/evaluation.commands';
import { TRANSFER_ASSESSMENT_TARGET } from './evaluation/evaluation.deadline';
import { evaluationProviders } from './evaluation/evaluation.graphql';
import { partnerProviders } from './partner/partner.graphql';
import { TrainingSubscriptionsResolver } from './subscriptions/training-subscriptions';
import { SiasnResolver } from './siasn/siasn.graphql';
import { competencyProviders } from './competency/competency.graphql';
import { profileStreamPrefix, standardStreamPrefix } from './competency/competency';
import { internshipProviders } from './internship/internship.graphql';
import { trainingInternshipsProjection } from './internship/internship.read-model';
import { internshipStreamPrefix } from './internship/internship.events';
import { trainingPartnersProjection } from './partner/partner.read-model';
import { partnerStreamPrefix } from './partner/partner.events';

const queryHandlers = [TrainingProgramQueryHandler, TrainingCatalogueQueryHandler, TrainingBudgetQueryHandler, TrainingPlanItemQueryHandler, TrainingPlanQueryHandler];

/**
 * Competency development (DOMAIN.md §1.7, §1.21–1.22): the catalogue, OPD budget envelopes with
 * reservations, commitments and realisation, and plan items from competency and performance gaps.
 */
@Module({
  imports: [CqrsModule, OrganisationModule, PersonnelModule],
  providers: [TrainingCommands, Mutations, TrainingResolver, ...trainingCommandHandlers, ...queryHandlers, ...activityProviders, TrainingNeedsResolver, ComplianceService, ComplianceResolver, PublishUnitTrainingComplianceHandler, ScheduleJpRemindersHandler, ...evaluationProviders, ...partnerProviders, TrainingSubscriptionsResolver, SiasnResolver, ...internshipProviders, ...competencyProviders],
})
export class TrainingModule implements OnModuleInit {
  constructor(
    private readonly runner: ProjectionRunner,
    private readonly scopes: EventScopes,
    private readonly targets: DeadlineTargets,
    private readonly compliance: ComplianceService,
    private readonly evaluation: EvaluationCommands,
  ) {}

  onModuleInit(): void {
    this.runner.register(trainingProgramsProjection);
    this.runner.register(trainingBudgetsProjection);
    this.runner.register(trainingActivitiesProjection);
    this.runner.register(trainingPartnersProjection);
    this.runner.register(trainingInternshipsProjection);
    this.runner.registerReaction(performanceGapsReaction);
    this.targets.register(JP_REMINDER_TARGET, async ({ payload, context }) => {
      const { unitId, year } = payload as { unitId: string; year: number };
      await this.compliance.remind(unitId, year, context);
    });
    this.targets.register(TRANSFER_ASSESSMENT_TARGET, async ({ payload, context }) => {
      const { activityId, employeeId } = payload as { activityId: string; employeeId: string };
      await this.evaluation.requestAssessment(activityId, employeeId, context);
    });
    this.scopes.register(complianceStreamPrefix, (event) => event.streamId.slice(complianceStreamPrefix.length).split('.')[0]);
    // Program ids are `<instansiId>.<code>`; envelope streams `<unitId>-<year>` with unit `<instansiId>.<code>`.
    this.scopes.register(programStreamPrefix, (event) => event.streamId.slice(programStreamPrefix.length).split('.')[0]);
    // Activity ids are `<programId>.<code>`, so they start with the instansi too.
    this.scopes.register(activityStreamPrefix, (event) => event.streamId.slice(activityStreamPrefix.length).split('.')[0]);
    // Standards are per position (`<unitId>.<code>`, unit `<instansiId>.<code>`); a profile's instansi is in its events.
    this.scopes.register(standardStreamPrefix, (event) => event.streamId.slice(standardStreamPrefix.length).split('.')[0]);
    this.scopes.register(profileStreamPrefix, (event) => (event.data as { instansiId?: string }).instansiId ?? null);
    this.scopes.register(internshipStreamPrefix, (event) => event.streamId.slice(internshipStreamPrefix.length).split('.')[0]);
    this.scopes.register(partnerStreamPrefix, (event) => event.streamId.slice(partnerStreamPrefix.length).split('.')[0]);
    this.scopes.register(envelopeStreamPrefix, (event) => event.streamId.slice(envelopeStreamPrefix.length).split('.')[0]);
  }
}
