import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { ConnectionArgs, ConnectionShape } from '@infrastructure/graphql/connection';
import { Mutations, nodeView } from '@infrastructure/graphql/mutations';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { jakartaDate } from '@infrastructure/scheduling';
import { Clock } from '@kernel/clock';
import { Actor } from '@kernel/events';
import { LeaveBalance } from '../read-models/leave-balance.schema';
import { LeaveRequest } from '../read-models/leave-request.schema';
import { leaveRequestsProjection } from '../read-models/leave-requests.projection';
import { LeaveBalanceQuery, LeaveCalendar, LeaveCalendarQuery, LeaveInboxQuery, LeaveRequestConnection, LeaveRequestQuery } from '../read-models/leave.queries';
import { LeaveStatusFeed } from './leave-status.feed';
import { SuratIzinCuti, SuratIzinCutiQuery } from '../surat/surat-izin-cuti.query';
import {
  CancelLeaveInput,
  ConsiderLeaveInput,
  DecideLeaveInput,
  LeaveBalanceArgs,
  LeaveCalendarArgs,
  LeaveStatusChangedArgs,
  OpenLeaveRecordInput,
  RecordCutiBersamaWorkInput,
  RequestLeaveInput,
  ReturnFromLeaveInput,
} from './leave.inputs';
import {
  CancelLeaveCommand,
  ConsiderLeaveCommand,
  DecideLeaveCommand,
  OpenLeaveRecordCommand,
  RecordCutiBersamaWorkCommand,
  RequestLeaveCommand,
  ReturnFromLeaveCommand,
} from './leave.operations';

const REQUEST_NODE = nodeView<LeaveRequest>('leaveRequest', [leaveRequestsProjection.name], (id, actor) => new LeaveRequestQuery(id, actor));
const RequestPayload = (name: string) => MutationPayload(name, 'leaveRequest', LeaveRequest);
const RequestLeavePayload = RequestPayload('RequestLeavePayload');
const ConsiderLeavePayload = RequestPayload('ConsiderLeavePayload');
const DecideLeavePayload = RequestPayload('DecideLeavePayload');
const CancelLeavePayload = RequestPayload('CancelLeavePayload');
const ReturnFromLeavePayload = RequestPayload('ReturnFromLeavePayload');
const RecordCutiBersamaWorkPayload = MutationPayload('RecordCutiBersamaWorkPayload', 'leaveBalance', LeaveBalance);
const OpenLeaveRecordPayload = MutationPayload('OpenLeaveRecordPayload', 'leaveBalance', LeaveBalance);

@Resolver()
export class LeaveResolver {
  constructor(
    private readonly mutations: Mutations,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
    private readonly feed: LeaveStatusFeed,
  ) {}

  private today(): string {
    return jakartaDate(this.clock.now());
  }

  private balanceNode() {
    return nodeView<LeaveBalance>('leaveBalance', [], (id, actor) => {
      const [employeeId, year] = id.split('|');
      return new LeaveBalanceQuery(employeeId, Number(year), actor, this.today());
    });
  }

  @Mutation(() => RequestLeavePayload, {
    description:
      "Requests leave (cuti): counted in the kind's unit (working days for cuti tahunan), checked for eligibility, maximum length, evidence, balance and overlaps; routed to the atasan langsung and the pejabat yang berwenang. `reason` is the alasan cuti (required). The EMPLOYEE for themselves, or ADMIN_BKD of the instansi.",
  })
  @Roles(Role.EMPLOYEE, Role.ADMIN_BKD)
  requestLeave(@Args('input') input: RequestLeaveInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new RequestLeaveCommand(input, c), REQUEST_NODE, (result) => result.requestId);
  }

  @Mutation(() => ConsiderLeavePayload, { description: "The atasan langsung's consideration (DISETUJUI, PERUBAHAN, DITANGGUHKAN, TIDAK_DISETUJUI; a reason for all but DISETUJUI). The routed atasan (PEJABAT_PENILAI), their Plh, or the official a waiting step escalated to; ADMIN_BKD when it is the kepala daerah." })
  @Roles(Role.PEJABAT_PENILAI, Role.ADMIN_BKD)
  considerLeave(@Args('input') input: ConsiderLeaveInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new ConsiderLeaveCommand(input, c), REQUEST_NODE, input.requestId);
  }

  @Mutation(() => DecideLeavePayload, { description: 'The decision of the pejabat yang berwenang memberikan cuti (PERUBAHAN grants changed dates). The kepala OPD (PEJABAT_PENILAI) or their Plh/Plt — not for CLTN or leave abroad; ADMIN_BKD of the instansi records a PPK decision with its SK.' })
  @Roles(Role.PEJABAT_PENILAI, Role.ADMIN_BKD)
  decideLeave(@Args('input') input: DecideLeaveInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new DecideLeaveCommand(input, c), REQUEST_NODE, input.requestId);
  }

  @Mutation(() => CancelLeavePayload, { description: 'Cancels a request or granted leave before its first day, with a reason. The EMPLOYEE, or ADMIN_BKD of the instansi.' })
  @Roles(Role.EMPLOYEE, Role.ADMIN_BKD)
  cancelLeave(@Args('input') input: CancelLeaveInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new CancelLeaveCommand(input, c), REQUEST_NODE, input.requestId);
  }

  @Mutation(() => ReturnFromLeavePayload, { description: 'Records an early return from granted leave: it ends the day before `returnDate`; unused cuti tahunan goes back to the balance. The EMPLOYEE, or ADMIN_BKD of the instansi.' })
  @Roles(Role.EMPLOYEE, Role.ADMIN_BKD)
  returnFromLeave(@Args('input') input: ReturnFromLeaveInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new ReturnFromLeaveCommand(input, c), REQUEST_NODE, input.requestId);
  }

  @Mutation(() => RecordCutiBersamaWorkPayload, { description: "Records cuti bersama days an employee worked by order of the post: they are added to that year's cuti tahunan. ADMIN_BKD of the instansi." })
  @Roles(Role.ADMIN_BKD)
  recordCutiBersamaWork(@Args('input') input: RecordCutiBersamaWorkInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new RecordCutiBersamaWorkCommand(input, c), this.balanceNode(), `${input.employeeId}|${input.year}`);
  }

  @Mutation(() => OpenLeaveRecordPayload, { description: "Opens an employee's leave record from a first year with the catatan cuti of the two years before (from the paper record), so carry-over into the first year is right. ADMIN_BKD of the instansi." })
  @Roles(Role.ADMIN_BKD)
  openLeaveRecord(@Args('input') input: OpenLeaveRecordInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new OpenLeaveRecordCommand(input, c), this.balanceNode(), `${input.employeeId}|${input.firstYear}`);
  }

  @Query(() => LeaveRequest, { nullable: true, description: 'One leave request. The employee, its approvers, the chain of heads of its unit (PEJABAT_PENILAI), ADMIN_BKD and AUDITOR of the instansi.' })
  @Roles(Role.EMPLOYEE, Role.PEJABAT_PENILAI, Role.ADMIN_BKD, Role.AUDITOR)
  leaveRequest(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor): Promise<LeaveRequest | null> {
    return this.queries.execute(new LeaveRequestQuery(id, actor));
  }

  @Query(() => LeaveBalance, { description: "An employee's cuti tahunan balance for a year with the catatan cuti N-2, N-1, N, computed from the leave record's events. The EMPLOYEE; the chain of heads of their unit; ADMIN_BKD and AUDITOR of the instansi." })
  @Roles(Role.EMPLOYEE, Role.PEJABAT_PENILAI, Role.ADMIN_BKD, Role.AUDITOR)
  leaveBalance(@Args() args: LeaveBalanceArgs, @CurrentActor() actor: Actor): Promise<LeaveBalance> {
    return this.queries.execute(new LeaveBalanceQuery(args.employeeId, args.year, actor, this.today()));
  }

  @Query(() => LeaveCalendar, { description: "Who is away when in a unit and the units below it (at most 93 days). Names for the unit's staff, its chain of heads, ADMIN_BKD and AUDITOR (kinds of leave only for the last three); other callers of the instansi see counts." })
  @Roles(Role.EMPLOYEE, Role.PEJABAT_PENILAI, Role.ADMIN_BKD, Role.AUDITOR)
  leaveCalendar(@Args() args: LeaveCalendarArgs, @CurrentActor() actor: Actor): Promise<LeaveCalendar> {
    return this.queries.execute(new LeaveCalendarQuery(args.unitId, args.from, args.to, { first: args.first, after: args.after }, actor, this.today()));
  }

  @Query(() => LeaveRequestConnection, { description: "The approver's inbox: requests waiting for the caller's consideration or decision (PEJABAT_PENILAI), and for ADMIN_BKD those waiting for the PPK in their instansi. Oldest first." })
  @Roles(Role.PEJABAT_PENILAI, Role.ADMIN_BKD)
  leaveInbox(@Args() page: ConnectionArgs, @CurrentActor() actor: Actor): Promise<ConnectionShape<LeaveRequest>> {
    return this.queries.execute(new LeaveInboxQuery(actor, page));
  }

  @Query(() => SuratIzinCuti, { description: 'The surat izin cuti of granted leave as PDF (base64), stamped with the log position and hash of the decision it reflects. The employee, the approvers, ADMIN_BKD and AUDITOR of the instansi.' })
  @Roles(Role.EMPLOYEE, Role.PEJABAT_PENILAI, Role.ADMIN_BKD, Role.AUDITOR)
  suratIzinCuti(@Args('requestId', { type: () => ID }) requestId: string, @CurrentActor() actor: Actor): Promise<SuratIzinCuti> {
    return this.queries.execute(new SuratIzinCutiQuery(requestId, actor));
  }

  @Subscription(() => LeaveRequest, {
    description: 'Status changes of leave requests the caller may read (the employee, the approvers, the chain, ADMIN_BKD, AUDITOR), as the request stands after each change: first those after `after`, then live.',
    resolve: (request: LeaveRequest) => request,
  })
  @Roles(Role.EMPLOYEE, Role.PEJABAT_PENILAI, Role.ADMIN_BKD, Role.AUDITOR)
  leaveStatusChanged(@Args() args: LeaveStatusChangedArgs, @CurrentActor() actor: Actor): AsyncIterable<LeaveRequest> {
    return this.feed.subscribe(actor, args.after, args.employeeId ?? null);
  }
}

