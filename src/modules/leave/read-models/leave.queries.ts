import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CommandExecutor } from '@kernel/command-handling';
import { BadUserInputError, ForbiddenError, NotFoundError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { Connection, ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { ReadModels } from '@infrastructure/projections/read-models';
import { instansiScope } from '../../shared';
import { Role } from '@infrastructure/auth/roles';
import { OrganisationDirectory } from '../../organisation';
import { EmployeeDirectory } from '../../personnel';
import { isAllInstansi, readsInstansi } from '../access/leave-access';
import { LeaveReadAccess } from '../access/leave-read-access';
import { addCalendarDays, calendarDaysInclusive } from '../policy/leave-days';
import { GRANTED_STATUSES, PENDING_STATUSES } from '../policy/leave.vocabulary';
import { catatanCuti, yearLedger } from '../record/leave-ledger';
import { leaveDecider } from '../record/leave.decider';
import { leaveRecordStream } from '../record/leave.events';
import { LeaveBalance, LeaveCalendarDay, LeaveCalendarEntry } from './leave-balance.schema';
import { LEAVE_REQUESTS, LeaveRequest } from './leave-request.schema';

type RequestDoc = LeaveRequest & { _id: string };

export const LeaveRequestConnection = Connection(LeaveRequest);
export const LeaveCalendarEntryConnection = Connection(LeaveCalendarEntry);

@ObjectType('LeaveCalendar', { description: 'Who is away when in a unit (and the units below it).' })
export class LeaveCalendar {
  @Field(() => ID) unitId: string;
  @Field() from: string;
  @Field() to: string;
  @Field({ description: "True when the caller sees names: the unit's staff, its chain of heads, ADMIN_BKD and AUDITOR of the instansi." }) namesVisible: boolean;
  @Field(() => [LeaveCalendarDay]) days: LeaveCalendarDay[];
  @Field(() => LeaveCalendarEntryConnection, { description: 'Empty (with totalCount) when names are not visible to the caller.' }) entries: ConnectionShape<LeaveCalendarEntry>;
}

/** The longest calendar window one query may ask for. */
export const MAX_CALENDAR_DAYS = 93;

export class LeaveRequestQuery extends Query<LeaveRequest | null> {
  constructor(readonly requestId: string, readonly actor: Actor) {
    super();
  }
}

@QueryHandler(LeaveRequestQuery)
export class LeaveRequestQueryHandler implements IQueryHandler<LeaveRequestQuery> {
  constructor(private readonly readModels: ReadModels, private readonly access: LeaveReadAccess) {}
  async execute({ requestId, actor }: LeaveRequestQuery): Promise<LeaveRequest | null> {
    const doc = await this.readModels.collection<RequestDoc>(LEAVE_REQUESTS).findById(requestId);
    if (!doc) {
      if (isAllInstansi(actor)) return null;
      throw new ForbiddenError('Permintaan cuti ini tidak dalam cakupan Anda');
    }
    const visible = await this.access.visible(actor, doc);
    if (!visible) throw new ForbiddenError('Permintaan cuti ini tidak dalam cakupan Anda');
    return visible;
  }
}

export class LeaveBalanceQuery extends Query<LeaveBalance> {
  constructor(readonly employeeId: string, readonly year: number, readonly actor: Actor, readonly today: string) {
    super();
  }
}

/** Read from the leave record stream itself: the balance never trails the log. */
@QueryHandler(LeaveBalanceQuery)
export class LeaveBalanceQueryHandler implements IQueryHandler<LeaveBalanceQuery> {
  constructor(private readonly executor: CommandExecutor, private readonly access: LeaveReadAccess, private readonly employees: EmployeeDirectory) {}
  async execute({ employeeId, year, actor, today }: LeaveBalanceQuery): Promise<LeaveBalance> {
    if (!(await this.access.mayReadEmployee(actor, employeeId, today))) {
      // Only an all-instansi reader learns that the employee does not exist.
      if (isAllInstansi(actor) && !(await this.employees.onDate(employeeId, today))) throw new NotFoundError(`Pegawai ${employeeId} tidak tercatat`);
      throw new ForbiddenError('Catatan cuti pegawai ini tidak dalam cakupan Anda');
    }
    const { state } = await this.executor.load(leaveDecider, leaveRecordStream(employeeId));
    return { employeeId, year, employmentType: state.employmentType, firstYear: state.firstYear, current: yearLedger(state, year), catatanCuti: catatanCuti(state, year) };
  }
}

export class LeaveCalendarQuery extends Query<LeaveCalendar> {
  constructor(readonly unitId: string, readonly from: string, readonly to: string, readonly page: { first: number; after?: string }, readonly actor: Actor, readonly today: string) {
    super();
  }
}

@QueryHandler(LeaveCalendarQuery)
export class LeaveCalendarQueryHandler implements IQueryHandler<LeaveCalendarQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly organisation: OrganisationDirectory,
    private readonly employees: EmployeeDirectory,
    private readonly access: LeaveReadAccess,
    private readonly pages: Paginator,
  ) {}

  async execute(q: LeaveCalendarQuery): Promise<LeaveCalendar> {
    if (q.to < q.from) throw new BadUserInputError('`to` sebelum `from`', { field: 'to' });
    if (calendarDaysInclusive(q.from, q.to) > MAX_CALENDAR_DAYS) throw new BadUserInputError(`Rentang kalender paling lama ${MAX_CALENDAR_DAYS} hari`, { field: 'to' });
    const unit = await this.organisation.unit(q.unitId);
    if (!unit) {
      if (isAllInstansi(q.actor)) throw new NotFoundError(`Unit ${q.unitId} tidak ada`);
      throw new ForbiddenError('Unit ini tidak dalam cakupan Anda');
    }
    const view = await this.viewOf(q.actor, unit.instansiId, q.unitId, q.today);
    const unitIds = await this.organisation.subtreeUnitIds(q.unitId);
    const filter = { unitId: { $in: unitIds }, status: { $in: [...GRANTED_STATUSES, ...PENDING_STATUSES] }, startDate: { $lte: q.to }, endDate: { $gte: q.from } };
    const collection = this.readModels.collection<RequestDoc>(LEAVE_REQUESTS);
    const all = await collection.find(filter, { sort: { startDate: 1, _id: 1 }, limit: 5000 });
    const days: LeaveCalendarDay[] = [];
    for (let date = q.from; date <= q.to; date = addCalendarDays(date, 1)) {
      const covering = all.filter((r) => r.startDate <= date && date <= r.endDate);
      days.push({ date, away: covering.filter((r) => GRANTED_STATUSES.includes(r.status)).length, pending: covering.filter((r) => PENDING_STATUSES.includes(r.status)).length });
    }
    const page = await this.pages.paginate(collection, filter, view === 'COUNTS' ? { first: 0 } : q.page, 'startDate');
    const edges = view === 'COUNTS' ? [] : await Promise.all(page.edges.map(async ({ node, cursor }) => ({ cursor, node: await this.entryOf(node, view, q.from) })));
    return { unitId: q.unitId, from: q.from, to: q.to, namesVisible: view !== 'COUNTS', days, entries: { ...page, edges, pageInfo: view === 'COUNTS' ? { ...page.pageInfo, hasNextPage: false, endCursor: null, startCursor: null } : page.pageInfo } };
  }

  /** FULL: names and kinds (chain, ADMIN_BKD, AUDITOR); STAFF: names (colleagues in the unit); COUNTS: others of the instansi. */
  private async viewOf(actor: Actor, instansiId: string, unitId: string, today: string): Promise<'FULL' | 'STAFF' | 'COUNTS'> {
    if (readsInstansi(actor, instansiId) || (await this.access.inChain(actor, unitId))) return 'FULL';
    let sameInstansi = actor.roles.some((g) => g.role === Role.PEJABAT_PENILAI && g.unit.startsWith(`${instansiId}.`));
    for (const grant of actor.roles.filter((g) => g.role === Role.EMPLOYEE)) {
      const me = await this.employees.onDate(grant.unit || actor.id, today);
      if (!me || me.instansiId !== instansiId) continue;
      if (await this.organisation.isWithin(me.unitId, unitId)) return 'STAFF';
      sameInstansi = true;
    }
    if (sameInstansi) return 'COUNTS';
    throw new ForbiddenError('Kalender cuti unit ini tidak dalam cakupan Anda');
  }

  private async entryOf(doc: RequestDoc, view: 'FULL' | 'STAFF', onDate: string): Promise<LeaveCalendarEntry> {
    const employee = await this.employees.onDate(doc.employeeId, onDate < doc.requestedAt.slice(0, 10) ? doc.requestedAt.slice(0, 10) : onDate);
    return { requestId: doc._id, employeeId: doc.employeeId, name: employee?.name ?? null, unitId: doc.unitId, startDate: doc.startDate, endDate: doc.endDate, status: doc.status, kind: view === 'FULL' ? doc.kind : null };
  }
}

export class LeaveInboxQuery extends Query<ConnectionShape<LeaveRequest>> {
  constructor(readonly actor: Actor, readonly page: { first: number; after?: string }) {
    super();
  }
}

/** The approver's inbox: requests waiting for the caller's step (PEJABAT_PENILAI), or for the PPK in ADMIN_BKD's instansi. */
@QueryHandler(LeaveInboxQuery)
export class LeaveInboxQueryHandler implements IQueryHandler<LeaveInboxQuery> {
  constructor(private readonly readModels: ReadModels, private readonly pages: Paginator) {}
  execute({ actor, page }: LeaveInboxQuery): Promise<ConnectionShape<LeaveRequest>> {
    const mine = actor.roles.some((g) => g.role === Role.PEJABAT_PENILAI) ? [{ approverIds: { $in: [actor.id] } }] : [];
    const scope = instansiScope(actor, Role.ADMIN_BKD);
    const ppk = scope === 'all' ? [{ waitingForPpk: true }] : scope.length > 0 ? [{ waitingForPpk: true, instansiId: { $in: [...scope] } }] : [];
    const either = [...mine, ...ppk];
    const filter = either.length === 0 ? { _id: { $in: [] } } : { status: { $in: [...PENDING_STATUSES] }, $or: either };
    return this.pages.paginate(this.readModels.collection<RequestDoc>(LEAVE_REQUESTS), filter, page, 'requestedAt');
  }
}

