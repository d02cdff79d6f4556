import { CqrsModule } from '@nestjs/cqrs';
import { FeedbackBusHandler } from './feedback.bus';
import { Module, OnModuleInit } from '@nestjs/common';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { AttachmentAccess } from '@infrastructure/attachments';
import { DeadlineTargets, Deadlines } from '@infrastructure/scheduling';
import { EventScopes } from '@infrastructure/subscriptions/event-scopes';
import { CommandExecutor } from '@kernel/command-handling';
import { Clock } from '@kernel/clock';
import { Metrics } from '@infrastructure/metrics/metrics';
import { OrganisationModule } from '../organisation';
import { PersonnelModule } from '../personnel';
import { AppreciationResolver } from './report/appreciation.graphql';
import { ExchangeResolver } from './report/exchange.graphql';
import { ForumResolver, forumTopicsProjection } from './forum/forum.graphql';
import { forumStreamPrefix } from './forum/forum';
import { ProofOfWork, ProofOfWorkResolver } from './abuse/proof-of-work';
import { SubmissionLimit } from './abuse/submission-limit';
import { reportsProjection } from './read-models/reports';
import { skmSurveysProjection } from './read-models/skm-surveys';
import { unitMetricsProjection } from './read-models/unit-metrics';
import { TransparencyResolver } from './metrics/transparency.graphql';
import { StandardResolver } from './standard/standard.graphql';
import { standardStreamPrefix } from './standard/service-standard';
import { metricsStreamPrefix } from './metrics/metrics.decider';
import { CHECK_SLA_TARGET, CLOSE_TARGET, reportDeadlinesReaction } from './report/report.deadlines';
import { reportDecider } from './report/report.decider';
import { reportStream, reportStreamPrefix } from './report/report.events';
import { ReportResolver } from './report/report.graphql';
import { ReportService } from './report/report.service';
import { SlaStage } from './report/report.vocabulary';
import { SkmResolver, SkmService } from './skm/skm.graphql';
import { skmStreamPrefix } from './skm/skm.events';
import { CoordinatorResolver } from './notify/coordinator.graphql';
import { deskStreamPrefix } from './notify/coordinator-desk';
import { ReportNotifier } from './notify/report-notifier';
import { PerformanceTransparencyResolver } from './transparency/performance-transparency.graphql';
import { publishedWorkProjection, ShowcaseResolver } from './showcase/showcase.graphql';
import { showcaseStreamPrefix } from './showcase/showcase';
import { PerformanceModule } from '../performance';

/**
 * Citizen participation and transparency (DOMAIN.md §1.3, §1.4, §1.12): SKM/IKM, complaints with
 * working-day SLAs (LAPOR!-compatible), unit metrics and the public aggregates.
 */
@Module({
  imports: [CqrsModule, OrganisationModule, PersonnelModule, PerformanceModule],
  providers: [ProofOfWork, ProofOfWorkResolver, SubmissionLimit, SkmService, SkmResolver, ReportService, ReportResolver, TransparencyResolver, StandardResolver, AppreciationResolver, ExchangeResolver, ForumResolver, FeedbackBusHandler, ReportNotifier, CoordinatorResolver, PerformanceTransparencyResolver, ShowcaseResolver],
})
export class PublicFeedbackModule implements OnModuleInit {
  constructor(
    private readonly runner: ProjectionRunner,
    private readonly scopes: EventScopes,
    private readonly targets: DeadlineTargets,
    private readonly deadlines: Deadlines,
    private readonly executor: CommandExecutor,
    private readonly attachments: AttachmentAccess,
    private readonly reports: ReportService,
    private readonly metrics: Metrics,
    private readonly clock: Clock,
    private readonly notifier: ReportNotifier,
  ) {}

  onModuleInit(): void {
    this.runner.register(skmSurveysProjection);
    this.runner.register(reportsProjection);
    this.runner.register(unitMetricsProjection);
    this.runner.register(forumTopicsProjection);
    this.runner.register(publishedWorkProjection);
    this.runner.registerReaction(reportDeadlinesReaction(this.deadlines));
    // E-mail to reporters on progress and SLA escalations to the OPD head and the coordinator (the platform outbox).
    this.runner.registerReaction(this.notifier.reaction);
    this.metrics.gauge('akuntabel_feedback_reports_overdue', 'Open reports past their verification or follow-up SLA, by instansi.', ['instansi'], async () =>
      (await this.reports.overdueByInstansi(this.clock.now().toISOString())).map(({ instansiId, count }) => ({ labels: { instansi: instansiId }, value: count })),
    );
    // Photos and documents of a report: readable by whoever may read the report (feedbackReport's check).
    this.attachments.register({
      kind: 'public-feedback.report-attachment',
      findReferences: (hash) => this.reports.referencing(hash),
      mayRead: (actor, reportId) => this.reports.mayRead(actor, reportId),
    });
    // The SLA clocks fire as the scheduler (system actor): no grant is needed on the report.
    this.targets.register(CHECK_SLA_TARGET, async ({ payload, context }) => {
      const { reportId, stage, dueAt } = payload as { reportId: string; stage: SlaStage; dueAt: string };
      await this.executor.execute(reportDecider, reportStream(reportId), { type: 'CheckSla', stage, dueAt, at: context.occurredAt }, context);
    });
    this.targets.register(CLOSE_TARGET, async ({ payload, context }) => {
      const { reportId, closesAt } = payload as { reportId: string; closesAt: string };
      await this.executor.execute(reportDecider, reportStream(reportId), { type: 'CloseIfQuiet', closesAt, at: context.occurredAt }, context);
    });
    // Survey ids are `<unitId>-<period>` and report ids `<instansiId>.<uuid>`: both start with the instansi.
    this.scopes.register(skmStreamPrefix, (event) => event.streamId.slice(skmStreamPrefix.length).split('.')[0]);
    this.scopes.register(forumStreamPrefix, (event) => event.streamId.slice(forumStreamPrefix.length).split('.')[0]);
    this.scopes.register(standardStreamPrefix, (event) => event.streamId.slice(standardStreamPrefix.length).split('.')[0]);
    this.scopes.register(metricsStreamPrefix, (event) => event.streamId.slice(metricsStreamPrefix.length).split('.')[0]);
    // Showcase streams are per employee: each event names the instansi the employee was in at consent.
    this.scopes.register(showcaseStreamPrefix, (event) => (event.data as { instansiId: string }).instansiId);
    this.scopes.register(deskStreamPrefix, (event) => event.streamId.slice(deskStreamPrefix.length));
    this.scopes.register(reportStreamPrefix, (event) => event.streamId.slice(reportStreamPrefix.length).split('.')[0]);
  }
}
