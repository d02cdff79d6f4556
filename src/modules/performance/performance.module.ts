import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { foldedInstansi } from '@infrastructure/subscriptions/folded-instansi';
import { CqrsModule } from '@nestjs/cqrs';
import { Mutations } from '@infrastructure/graphql/mutations';
import { AttachmentAccess } from '@infrastructure/attachments';
import { EvidenceAccess } from './read-models/evidence-access';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { EventScopes } from '@infrastructure/subscriptions/event-scopes';
import { OrganisationModule } from '../organisation';
import { PersonnelModule } from '../personnel';
import { skpsProjection } from './read-models/skps/skps.projection';
import { AppraiserInboxQueryHandler, MySkpQueryHandler, SkpQueryHandler } from './read-models/skps/skps.query';
import { SimulateDistributionResolver } from './simulate-distribution/simulate-distribution.resolver';
import { SkpCommands } from './skp-commands/skp-commands';
import { skpCommandHandlers } from './skp-commands/skp.operations';
import { SkpResolver } from './skp-commands/skp.resolver';
import { skpStreamPrefix } from './skp/skp.events';
import { journalProviders } from './journal-commands/journal.resolver';
import { journalStreamPrefix } from './journal/journal.events';
import { activitiesProjection } from './read-models/activities/activities.projection';
import { ActivityLogQueryHandler, ActivityQueryHandler } from './read-models/activities/activities.query';
import { isSkp, skpDecider } from './skp/skp.decider';

/**
 * Performance management (SKP, PermenPANRB 6/2022; DOMAIN.md §1.2): predikat by the 3×3 matrix, the
 * kurva distribusi by predikat kinerja organisasi, and the SKP (plan, cascade, appraiser, approval).
 */
@Module({
  imports: [CqrsModule, OrganisationModule, PersonnelModule],
  providers: [Mutations, SimulateDistributionResolver, SkpCommands, SkpResolver, ...skpCommandHandlers, SkpQueryHandler, MySkpQueryHandler, AppraiserInboxQueryHandler, ...journalProviders, ActivityQueryHandler, ActivityLogQueryHandler, EvidenceAccess],
})
export class PerformanceModule implements OnModuleInit {
  constructor(
    private readonly runner: ProjectionRunner,
    private readonly scopes: EventScopes,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly attachments: AttachmentAccess,
    private readonly evidence: EvidenceAccess,
  ) {}

  onModuleInit(): void {
    this.runner.register(skpsProjection);
    this.runner.register(activitiesProjection);
    this.attachments.register(this.evidence);
    // SKP ids are `<employeeId>.<year>`: the instansi is in the folded state.
    this.scopes.register(skpStreamPrefix, foldedInstansi(this.store, skpDecider, (state) => (isSkp(state) ? state.instansiId : null)));
    // Journal entries carry their instansi.
    this.scopes.register(journalStreamPrefix, (event) => (event.data as { instansiId: string }).instansiId);
  }
}
