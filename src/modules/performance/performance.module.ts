import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { foldedInstansi } from '@infrastructure/subscriptions/folded-instansi';
import { PerformancePublicData } from './public-data/performance-public-data';
import { CqrsModule } from '@nestjs/cqrs';
import { Mutations } from '@infrastructure/graphql/mutations';
import { AttachmentAccess } from '@infrastructure/attachments';
import { EvidenceAccess } from './read-models/evidence-access';
import { RecordViews, recordViewsStreamPrefix } from './record-views/record-views';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { EventScopes } from '@infrastructure/subscriptions/event-scopes';
import { OrganisationModule } from '../organisation';
import { PersonnelModule } from '../personnel';
import { skpsProjection } from './read-models/skps/skps.projection';
import { AppraiserInboxQueryHandler, MySkpQueryHandler, MySkpsQueryHandler, SkpQueryHandler, SkpSegmentsQueryHandler } from './read-models/skps/skps.query';
import { SimulateDistributionResolver } from './simulate-distribution/simulate-distribution.resolver';
import { SkpCommands } from './skp-commands/skp-commands';
import { skpCommandHandlers } from './skp-commands/skp.operations';
import { SkpResolver, SkpSegmentsResolver } from './skp-commands/skp.resolver';
import { skpStreamPrefix } from './skp/skp.events';
import { EvaluationCommands } from './evaluation-commands/evaluation-commands';
import { CorrectEvaluationHandler, EvaluatePeriodHandler, EvaluationResolver, SetOrganisationPredikatHandler, SignOffPredikatHandler } from './evaluation-commands/evaluation.resolver';
import { evaluationsProjection } from './read-models/evaluations/evaluations.projection';
import { AppraisalHistoryQueryHandler, EvaluationQueryHandler, PredikatDistributionQueryHandler, SkpBoardQueryHandler } from './read-models/evaluations/evaluations.query';
import { unitPeriodsProjection } from './read-models/unit-periods/unit-periods.projection';
import { evaluationDecider } from './evaluation/evaluation.decider';
import { evaluationStreamPrefix } from './evaluation/evaluation.events';
import { unitPeriodStreamPrefix } from './unit-period/unit-period.events';

import { ApproveUnitTargetsHandler, SetUnitTargetsHandler, UnitPlanCommands, UnitPlanResolver, unitMetricRealisasiReaction } from './unit-plan-commands/unit-plan.resolver';
import { CommandExecutor } from '@kernel/command-handling';
import { unitPlansProjection } from './read-models/unit-plans/unit-plans.projection';
import { CascadeIssuesQueryHandler, UnitPerformanceQueryHandler } from './read-models/unit-plans/unit-plans.query';
import { unitPlanStreamPrefix } from './unit-plan/unit-plan.events';

import { AnnualCloseService, CLOSE_OVERDUE_TARGET, CLOSE_REMINDER_TARGET } from './annual-close/annual-close.service';
import { AnnualCloseResolver, AnnualCloseStatusQueryHandler, ScheduleAnnualCloseHandler } from './annual-close/annual-close.resolver';
import { annualCloseStreamPrefix } from './annual-close/annual-close.events';
import { DeadlineTargets } from '@infrastructure/scheduling';

const unitPlanProviders = [UnitPlanCommands, UnitPlanResolver, SetUnitTargetsHandler, ApproveUnitTargetsHandler, UnitPerformanceQueryHandler, CascadeIssuesQueryHandler];

const evaluationProviders = [
  EvaluationCommands,
  EvaluationResolver,
  EvaluatePeriodHandler,
  CorrectEvaluationHandler,
  SetOrganisationPredikatHandler,
  SignOffPredikatHandler,
  EvaluationQueryHandler,
  PredikatDistributionQueryHandler,
  SkpBoardQueryHandler,
  AppraisalHistoryQueryHandler,
];
import { journalProviders } from './journal-commands/journal.resolver';
import { journalStreamPrefix } from './journal/journal.events';
import { activitiesProjection } from './read-models/activities/activities.projection';
import { ActivityLogQueryHandler, ActivityQueryHandler } from './read-models/activities/activities.query';
import { isSkp, skpDecider } from './skp/skp.decider';
import { SiasnExport } from './siasn/siasn-export';
import { SiasnExportController, SiasnResolver } from './siasn/siasn.resolver';
import { SkpPrints } from './skp-print/skp-print';
import { projectProviders } from './project-commands/project.resolver';
import { projectsProjection } from './read-models/projects/projects.projection';
import { ProjectEvidenceAccess, ProjectQueryHandler, ProjectsQueryHandler } from './read-models/projects/projects.query';
import { projectDecider, isProject } from './project/project.decider';
import { projectStreamPrefix } from './project/project.events';
import './performance.messages';
import { angkaKreditProjection } from './read-models/angka-kredit/angka-kredit.projection';
import { AngkaKreditLedgerQueryHandler } from './read-models/angka-kredit/angka-kredit.query';
import { AngkaKreditResolver } from './read-models/angka-kredit/angka-kredit.resolver';
import { awardProviders } from './award/award.resolver';
import { AwardCommands, performanceAwardReaction } from './award/award-commands';
import { awardsProjection } from './read-models/awards/awards.projection';
import { awardDecider } from './award/award.decider';
import { awardStreamPrefix } from './award/award.events';
import { SkpSegments, skpSegmentReaction } from './skp-segments/skp-segments';

/**
 * Performance management (SKP, PermenPANRB 6/2022; DOMAIN.md §1.2): predikat by the 3×3 matrix, the
 * kurva distribusi by predikat kinerja organisasi, and the SKP (plan, cascade, appraiser, approval).
 */
@Module({
  imports: [CqrsModule, OrganisationModule, PersonnelModule],
  providers: [Mutations, SimulateDistributionResolver, SkpCommands, SkpResolver, ...skpCommandHandlers, SkpQueryHandler, MySkpQueryHandler, MySkpsQueryHandler, SkpSegmentsQueryHandler, SkpSegmentsResolver, AppraiserInboxQueryHandler, ...journalProviders, ActivityQueryHandler, ActivityLogQueryHandler, EvidenceAccess, RecordViews, AnnualCloseService, AnnualCloseResolver, ScheduleAnnualCloseHandler, AnnualCloseStatusQueryHandler, ...evaluationProviders, ...unitPlanProviders, SiasnExport, SkpPrints, SiasnResolver, ...projectProviders, ProjectQueryHandler, ProjectsQueryHandler, ProjectEvidenceAccess, AngkaKreditLedgerQueryHandler, AngkaKreditResolver, ...awardProviders, SkpSegments, PerformancePublicData],
  exports: [PerformancePublicData],
  controllers: [SiasnExportController],
})
export class PerformanceModule implements OnModuleInit {
  constructor(
    private readonly runner: ProjectionRunner,
    private readonly scopes: EventScopes,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly attachments: AttachmentAccess,
    private readonly evidence: EvidenceAccess,
    private readonly targets: DeadlineTargets,
    private readonly annualClose: AnnualCloseService,
    private readonly projectEvidence: ProjectEvidenceAccess,
    private readonly awards: AwardCommands,
    private readonly executor: CommandExecutor,
    private readonly segments: SkpSegments,
  ) {}

  onModuleInit(): void {
    this.runner.register(skpsProjection);
    this.runner.register(activitiesProjection);
    this.runner.register(evaluationsProjection);
    this.runner.register(unitPeriodsProjection);
    this.runner.register(unitPlansProjection);
    this.runner.register(projectsProjection);
    this.runner.register(angkaKreditProjection);
    this.runner.register(awardsProjection);
    this.runner.registerReaction(performanceAwardReaction(this.awards));
    this.runner.registerReaction(unitMetricRealisasiReaction(this.executor));
    this.runner.registerReaction(skpSegmentReaction(this.segments));
    this.attachments.register(this.evidence);
    this.attachments.register(this.projectEvidence);
    this.targets.register(CLOSE_REMINDER_TARGET, async ({ payload, context }) => {
      const { instansiId, year } = payload as { instansiId: string; year: number };
      await this.annualClose.remind(instansiId, year, context);
    });
    this.targets.register(CLOSE_OVERDUE_TARGET, async ({ payload, context }) => {
      const { instansiId, year } = payload as { instansiId: string; year: number };
      await this.annualClose.recordOverdue(instansiId, year, context);
    });
    // SKP ids are `<employeeId>.<year>`: the instansi is in the folded state.
    this.scopes.register(skpStreamPrefix, foldedInstansi(this.store, skpDecider, (state) => (isSkp(state) ? state.instansiId : null)));
    // Journal entries carry their instansi.
    this.scopes.register(evaluationStreamPrefix, foldedInstansi(this.store, evaluationDecider, (state) => (state.exists ? state.instansiId : null)));
    // Unit-period streams are `<unitId>.<period>`: the instansi is the first segment.
    this.scopes.register(unitPeriodStreamPrefix, (event) => event.streamId.slice(unitPeriodStreamPrefix.length).split('.')[0]);
    // A view names the records it disclosed; they belong to one instansi in every answer but a reader of all.
    this.scopes.register(recordViewsStreamPrefix, (event) => (event.data as { records: { instansiId: string }[] }).records[0].instansiId);
    this.scopes.register(annualCloseStreamPrefix, (event) => event.streamId.slice(annualCloseStreamPrefix.length).split('.')[0]);
    this.scopes.register(unitPlanStreamPrefix, (event) => event.streamId.slice(unitPlanStreamPrefix.length).split('.')[0]);
    this.scopes.register(projectStreamPrefix, foldedInstansi(this.store, projectDecider, (state) => (isProject(state) ? state.instansiId : null)));
    this.scopes.register(awardStreamPrefix, foldedInstansi(this.store, awardDecider, (state) => state.instansiId));
    this.scopes.register(journalStreamPrefix, (event) => (event.data as { instansiId: string }).instansiId);
  }
}
