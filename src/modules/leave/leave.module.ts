import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AttachmentAccess } from '@infrastructure/attachments';
import { Mutations } from '@infrastructure/graphql/mutations';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { ReadModels } from '@infrastructure/projections/read-models';
import { DeadlineTargets } from '@infrastructure/scheduling';
import { EventScopes } from '@infrastructure/subscriptions/event-scopes';
import { foldedInstansi } from '@infrastructure/subscriptions/folded-instansi';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { OrganisationModule } from '../organisation';
import { PersonnelModule } from '../personnel';
import { LeaveReadAccess } from './access/leave-read-access';
import { LeaveStatusFeed } from './graphql/leave-status.feed';
import { leaveCommandHandlers } from './graphql/leave.operations';
import { LeaveResolver } from './graphql/leave.resolver';
import { ESCALATE_TARGET, LeaveCommands, REMIND_TARGET, StepPayload } from './leave-commands';
import { LEAVE_REQUESTS, LeaveRequest } from './read-models/leave-request.schema';
import { leaveRequestsProjection } from './read-models/leave-requests.projection';
import { LeaveBalanceQueryHandler, LeaveCalendarQueryHandler, LeaveInboxQueryHandler, LeaveRequestQueryHandler } from './read-models/leave.queries';
import { leaveDecider } from './record/leave.decider';
import { leaveRecordStreamPrefix } from './record/leave.events';
import { SuratIzinCutiQueryHandler } from './surat/surat-izin-cuti.query';

const queryHandlers = [LeaveRequestQueryHandler, LeaveBalanceQueryHandler, LeaveCalendarQueryHandler, LeaveInboxQueryHandler, SuratIzinCutiQueryHandler];

/**
 * Leave (cuti) for PNS and PPPK (DOMAIN.md §1.14–1.15): requests, the atasan's consideration and the
 * decision of the pejabat yang berwenang, the cuti tahunan ledger with carry-over, the leave calendar,
 * reminders and escalation through the platform Deadlines, and the published ExtendedAbsenceRecorded
 * fact. Reads employees through personnel's and the tree through organisation's index.ts.
 */
@Module({
  imports: [CqrsModule, OrganisationModule, PersonnelModule],
  providers: [LeaveCommands, LeaveReadAccess, LeaveStatusFeed, Mutations, LeaveResolver, ...leaveCommandHandlers, ...queryHandlers],
})
export class LeaveModule implements OnModuleInit {
  constructor(
    private readonly runner: ProjectionRunner,
    private readonly scopes: EventScopes,
    private readonly targets: DeadlineTargets,
    private readonly attachments: AttachmentAccess,
    private readonly readModels: ReadModels,
    private readonly access: LeaveReadAccess,
    private readonly leave: LeaveCommands,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  onModuleInit(): void {
    this.runner.register(leaveRequestsProjection);
    this.scopes.register(leaveRecordStreamPrefix, foldedInstansi(this.store, leaveDecider, (state) => state.instansiId));
    this.targets.register(REMIND_TARGET, async ({ payload, context }) => void (await this.leave.remind(payload as unknown as StepPayload, context)));
    this.targets.register(ESCALATE_TARGET, async ({ payload, context }) => void (await this.leave.escalate(payload as unknown as StepPayload, context)));
    const requests = () => this.readModels.collection<LeaveRequest & { _id: string }>(LEAVE_REQUESTS);
    this.attachments.register({
      kind: 'leave.evidence',
      findReferences: async (hash) => (await requests().find({ 'evidence.hash': hash }, { limit: 50 })).map((r) => r._id),
      mayRead: async (actor, requestId) => {
        const request = await requests().findById(requestId);
        // Evidence is what the chain of heads does not see: only FULL viewers download it.
        return request !== null && (await this.access.viewOf(actor, request)) === 'FULL';
      },
    });
  }
}
