import { Injectable } from '@nestjs/common';
import { childContext, CommandContext, CommandExecutor, CommandResult } from '@kernel/command-handling';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { refuse } from '@kernel/rules';
import { ReadModels } from '@infrastructure/projections/read-models';
import { Deadlines, deadlineIdFor, jakartaDate } from '@infrastructure/scheduling';
import { OrganisationDirectory } from '../organisation';
import { AppraiserLookup, EmployeeDirectory, EmployeeOnDate } from '../personnel';
import { administers, actsAs, isOwn } from './access/leave-access';
import { LeaveRule } from './leave.rules';
import { actingMayDecide, leaveAuthorityOf, leavePolicyOn } from './policy/leave-policy';
import { GRANTED_STATUSES, LeaveKind, LeaveSubKind, LeaveVerdict } from './policy/leave.vocabulary';
import { LEAVE_REQUESTS, LeaveRequest } from './read-models/leave-request.schema';
import { EmployeeFacts } from './record/leave.commands';
import { leaveDecider } from './record/leave.decider';
import { LeaveApprover, LeaveEvidence, leaveRecordStream, LeaveStep, PriorYear } from './record/leave.events';
import { LeaveRecordState, LeaveRequestState, stepOf } from './record/leave.state';
import { ApproverCandidate, LeaveRoute, PPK_APPROVER, routeLeave } from './routing/approver-routing';

export const REMIND_TARGET = 'leave.RemindApprover';
export const ESCALATE_TARGET = 'leave.EscalateLeaveStep';

export interface StepPayload {
  readonly employeeId: string;
  readonly requestId: string;
  readonly step: LeaveStep;
}

export interface RequestLeaveFields {
  readonly requestId: string;
  readonly employeeId: string;
  readonly kind: LeaveKind;
  readonly subKind: LeaveSubKind | null;
  readonly startDate: string;
  readonly endDate: string;
  readonly abroad: boolean;
  readonly address: string | null;
  readonly reason: string;
  readonly evidence: readonly LeaveEvidence[];
  readonly childOrder: number | null;
  readonly travelDays: number;
}

export interface StepFields {
  readonly employeeId: string;
  readonly requestId: string;
  readonly verdict: LeaveVerdict;
  readonly reason: string | null;
  readonly fromDate: string | null;
  readonly toDate: string | null;
  readonly skNumber?: string | null;
  readonly skDate?: string | null;
}

type RequestDoc = LeaveRequest & { _id: string };

/**
 * Every leave write after the resolver validated its input: reads the employee from the personnel
 * directory and the approvers from the organisation tree on the day, authorises the actor on the
 * loaded record (the approver is checked against the record's route and the route as it stands now,
 * so a Plh appointed since may act), runs the one command path and schedules the step's reminder
 * and escalation through the platform Deadlines.
 */
@Injectable()
export class LeaveCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly employees: EmployeeDirectory,
    private readonly appraisers: AppraiserLookup,
    private readonly organisation: OrganisationDirectory,
    private readonly readModels: ReadModels,
    private readonly deadlines: Deadlines,
  ) {}

  async request(fields: RequestLeaveFields, context: CommandContext): Promise<CommandResult> {
    const today = jakartaDate(new Date(context.occurredAt));
    const employee = await this.employeeOn(fields.employeeId, today, context.actor);
    const facts = await this.factsOf(employee, fields.startDate);
    const route = await this.route(employee, fields.kind, today, fields.abroad);
    const result = await this.executor.execute(
      leaveDecider,
      leaveRecordStream(fields.employeeId),
      { type: 'RequestLeave', ...fields, employee: facts, atasan: route.atasan, pejabat: route.pejabat, at: context.occurredAt },
      context,
      { authorize: (_state, actor) => this.assertSelfOrAdmin(actor, employee, 'Mengajukan cuti') },
    );
    if (!result.duplicate) await this.scheduleStep(fields.employeeId, fields.requestId, 'PERTIMBANGAN', context);
    return result;
  }

  async consider(fields: StepFields, context: CommandContext): Promise<CommandResult> {
    let by: LeaveApprover = PPK_APPROVER;
    const result = await this.executor.execute(
      leaveDecider,
      leaveRecordStream(fields.employeeId),
      () => ({ type: 'ConsiderLeave' as const, requestId: fields.requestId, verdict: fields.verdict, reason: fields.reason, proposedStart: fields.fromDate, proposedEnd: fields.toDate, by, at: context.occurredAt }),
      context,
      { authorize: async (state, actor) => void (by = await this.approverActing(state, fields.requestId, 'PERTIMBANGAN', actor, context.occurredAt)) },
    );
    if (!result.duplicate) await this.scheduleStep(fields.employeeId, fields.requestId, 'KEPUTUSAN', context);
    return result;
  }

  async decide(fields: StepFields, context: CommandContext): Promise<CommandResult> {
    let by: LeaveApprover = PPK_APPROVER;
    return this.executor.execute(
      leaveDecider,
      leaveRecordStream(fields.employeeId),
      () => ({
        type: 'DecideLeave' as const,
        requestId: fields.requestId,
        verdict: fields.verdict,
        reason: fields.reason,
        changedStart: fields.fromDate,
        changedEnd: fields.toDate,
        by,
        skNumber: fields.skNumber ?? null,
        skDate: fields.skDate ?? null,
        at: context.occurredAt,
      }),
      context,
      { authorize: async (state, actor) => void (by = await this.approverActing(state, fields.requestId, 'KEPUTUSAN', actor, context.occurredAt)) },
    );
  }

  cancel(employeeId: string, requestId: string, reason: string, context: CommandContext): Promise<CommandResult> {
    return this.executor.execute(leaveDecider, leaveRecordStream(employeeId), { type: 'CancelLeave', requestId, reason, at: context.occurredAt }, context, {
      authorize: (state, actor) => this.assertOwnRecord(state, employeeId, actor, 'Membatalkan cuti'),
    });
  }

  returnEarly(employeeId: string, requestId: string, returnDate: string, context: CommandContext): Promise<CommandResult> {
    return this.executor.execute(leaveDecider, leaveRecordStream(employeeId), { type: 'ReturnEarly', requestId, returnDate, at: context.occurredAt }, context, {
      authorize: (state, actor) => this.assertOwnRecord(state, employeeId, actor, 'Mencatat kembali lebih awal'),
    });
  }

  async recordCutiBersamaWork(employeeId: string, year: number, dates: readonly string[], reason: string, context: CommandContext): Promise<CommandResult> {
    const employee = await this.employeeOn(employeeId, dates[0] ?? `${year}-01-01`, context.actor);
    const facts = await this.factsOf(employee, dates[0] ?? `${year}-01-01`);
    return this.executor.execute(leaveDecider, leaveRecordStream(employeeId), { type: 'RecordCutiBersamaWork', employee: facts, year, dates, reason, at: context.occurredAt }, context, {
      authorize: (_state, actor) => this.assertAdmin(actor, employee.instansiId, 'Mencatat kerja saat cuti bersama'),
    });
  }

  async openRecord(employeeId: string, firstYear: number, priorYears: readonly PriorYear[], context: CommandContext): Promise<CommandResult> {
    const today = jakartaDate(new Date(context.occurredAt));
    const employee = await this.employeeOn(employeeId, today, context.actor);
    const facts = await this.factsOf(employee, today);
    return this.executor.execute(leaveDecider, leaveRecordStream(employeeId), { type: 'OpenLeaveRecord', employee: facts, firstYear, priorYears, at: context.occurredAt }, context, {
      authorize: (_state, actor) => this.assertAdmin(actor, employee.instansiId, 'Membuka catatan cuti'),
    });
  }

  /** Deadline target: remind the approver of a step still waiting. */
  remind(payload: StepPayload, context: CommandContext): Promise<CommandResult> {
    return this.executor.execute(leaveDecider, leaveRecordStream(payload.employeeId), { type: 'RemindApprover', requestId: payload.requestId, step: payload.step, at: context.occurredAt }, context);
  }

  /** Deadline target: a consideration escalates to the official above the atasan, a decision to the PPK. */
  async escalate(payload: StepPayload, context: CommandContext): Promise<CommandResult> {
    const loaded = await this.executor.load(leaveDecider, leaveRecordStream(payload.employeeId));
    const request = loaded.state.requests[payload.requestId];
    let to: LeaveApprover = PPK_APPROVER;
    if (request && payload.step === 'PERTIMBANGAN') {
      const employee = await this.employees.onDate(payload.employeeId, jakartaDate(new Date(context.occurredAt)));
      if (employee) to = (await this.route(employee, request.kind, jakartaDate(new Date(context.occurredAt)), request.abroad)).atasanEscalation;
    }
    return this.executor.execute(leaveDecider, leaveRecordStream(payload.employeeId), { type: 'EscalateStep', requestId: payload.requestId, step: payload.step, to, at: context.occurredAt }, context);
  }

  /** The atasan langsung, the pejabat yang berwenang and the escalation, as the tree and the leave calendar stand on `onDate`. */
  async route(employee: EmployeeOnDate, kind: LeaveKind, onDate: string, abroad: boolean): Promise<LeaveRoute> {
    const chain = await this.chain(employee, onDate);
    const unit = await this.organisation.unit(employee.unitId);
    const opdUnitId = unit?.ancestors[0] ?? employee.unitId;
    const ids = chain.map((c) => c.employeeId).filter((id): id is string => id !== null);
    return routeLeave({ authority: leaveAuthorityOf(employee.instansiId, kind), chain, opdUnitId, onLeave: await this.onLeave(ids, onDate), actingMayDecide: actingMayDecide(kind, abroad) });
  }

  /** The heads above the employee, nearest first, by the pejabat-penilai resolution applied hop by hop, ending with the kepala daerah. */
  private async chain(employee: EmployeeOnDate, onDate: string): Promise<ApproverCandidate[]> {
    const kepalaDaerah: ApproverCandidate = { employeeId: null, positionId: null, unitId: null, acting: null, kepalaDaerah: true };
    const chain: ApproverCandidate[] = [];
    let appraisee = { employeeId: employee.employeeId, positionId: employee.positionId };
    for (let hop = 0; hop < 8; hop++) {
      const { pejabatPenilai: found } = await this.appraisers.appraisersOf(appraisee, onDate);
      if ('unresolved' in found || found.kepalaDaerah) break;
      chain.push({ employeeId: found.employeeId, positionId: found.positionId, unitId: found.unitId, acting: found.acting ?? null, kepalaDaerah: false });
      appraisee = { employeeId: found.employeeId ?? `vacant:${found.positionId}`, positionId: found.positionId };
    }
    return [...chain, kepalaDaerah];
  }

  /** Of these employees, those on granted leave on `onDate`. */
  private async onLeave(employeeIds: readonly string[], onDate: string): Promise<Set<string>> {
    if (employeeIds.length === 0) return new Set();
    const away = await this.readModels
      .collection<RequestDoc>(LEAVE_REQUESTS)
      .find({ employeeId: { $in: [...employeeIds] }, status: { $in: [...GRANTED_STATUSES] }, startDate: { $lte: onDate }, endDate: { $gte: onDate } });
    return new Set(away.map((r) => r.employeeId));
  }

  /**
   * The approver the actor acts as for the waiting step: the routed one, the one escalated to, or who
   * the route names today (a Plh appointed since the request). Anyone else is FORBIDDEN.
   */
  private async approverActing(state: LeaveRecordState, requestId: string, step: LeaveStep, actor: Actor, at: string): Promise<LeaveApprover> {
    const request = state.requests[requestId];
    const instansiId = state.instansiId ?? '';
    if (!request) {
      if (administers(actor, instansiId) || actor.roles.some((g) => g.unit === '*')) refuse(LeaveRule.REQUEST_UNKNOWN, `Permintaan cuti ${requestId} tidak ada`);
      throw new ForbiddenError('Permintaan cuti ini tidak dalam cakupan Anda');
    }
    const candidates = [...this.recorded(request, step)];
    const today = jakartaDate(new Date(at));
    if (stepOf(request) === step) {
      const employee = await this.employees.onDate(state.employeeId!, today);
      if (employee) {
        const route = await this.route(employee, request.kind, today, request.abroad);
        candidates.push(step === 'PERTIMBANGAN' ? route.atasan : route.pejabat);
      }
    }
    const match = candidates.find((c) => actsAs(actor, c, instansiId));
    if (match) return match;
    // A step no longer waiting: its approvers and ADMIN_BKD learn why (the decider refuses WRONG_STEP).
    if (stepOf(request) !== step && administers(actor, instansiId)) return candidates[0];
    throw new ForbiddenError(`${step === 'PERTIMBANGAN' ? 'Pertimbangan atasan langsung' : 'Keputusan pejabat yang berwenang'}: Anda bukan pejabat yang ditunjuk untuk permintaan ini`);
  }

  private recorded(request: LeaveRequestState, step: LeaveStep): LeaveApprover[] {
    const routed = step === 'PERTIMBANGAN' ? request.atasan : request.pejabat;
    const escalated = request.escalatedTo[step];
    return escalated ? [routed, escalated] : [routed];
  }

  private async scheduleStep(employeeId: string, requestId: string, step: LeaveStep, context: CommandContext): Promise<void> {
    const { waiting } = leavePolicyOn(jakartaDate(new Date(context.occurredAt)));
    const payload: StepPayload = { employeeId, requestId, step };
    const cause = `${requestId}:${step}`;
    // The deadline streams are written under their own command id: the client's idempotency key and
    // expected revision belong to the leave record's write (the key is claimed by that one stream).
    const scheduling = childContext(context, `leave.deadlines:${step}`);
    await this.deadlines.schedule({ deadlineId: deadlineIdFor(cause, 'leave.reminder'), due: { afterWorkingDays: waiting.reminderAfterWorkingDays }, target: { type: REMIND_TARGET, payload: { ...payload } } }, scheduling);
    await this.deadlines.schedule({ deadlineId: deadlineIdFor(cause, 'leave.escalation'), due: { afterWorkingDays: waiting.escalateAfterWorkingDays }, target: { type: ESCALATE_TARGET, payload: { ...payload } } }, scheduling);
  }

  private async employeeOn(employeeId: string, onDate: string, actor: Actor): Promise<EmployeeOnDate> {
    const employee = await this.employees.onDate(employeeId, onDate);
    if (employee) return employee;
    if (actor.roles.some((g) => g.unit === '*') || isOwn(actor, employeeId)) refuse(LeaveRule.EMPLOYEE_UNKNOWN, `Pegawai ${employeeId} tidak tercatat pada ${onDate}`);
    throw new ForbiddenError('Pegawai ini tidak dalam cakupan Anda');
  }

  /** The employee's facts for the rules; acting terms are those running on the leave's first day. */
  private async factsOf(employee: EmployeeOnDate, firstDay: string): Promise<EmployeeFacts> {
    const onFirstDay = (await this.employees.onDate(employee.employeeId, firstDay)) ?? employee;
    return {
      employeeId: employee.employeeId,
      instansiId: employee.instansiId,
      unitId: employee.unitId,
      employmentType: employee.employmentType,
      tmt: employee.tmt,
      sex: employee.sex,
      active: employee.status === 'AKTIF',
      acting: onFirstDay.acting.map(({ kind, positionId }) => ({ kind, positionId })),
    };
  }

  private assertSelfOrAdmin(actor: Actor, employee: EmployeeOnDate, what: string): void {
    if (isOwn(actor, employee.employeeId) || administers(actor, employee.instansiId)) return;
    throw new ForbiddenError(`${what}: hanya pegawai yang bersangkutan atau ADMIN_BKD instansi ${employee.instansiId}`);
  }

  private assertOwnRecord(state: LeaveRecordState, employeeId: string, actor: Actor, what: string): void {
    if (isOwn(actor, employeeId) || (state.instansiId !== null && administers(actor, state.instansiId))) return;
    throw new ForbiddenError(`${what}: hanya pegawai yang bersangkutan atau ADMIN_BKD instansinya`);
  }

  private assertAdmin(actor: Actor, instansiId: string, what: string): void {
    if (!administers(actor, instansiId)) throw new ForbiddenError(`${what}: memerlukan ADMIN_BKD instansi ${instansiId}`);
  }
}
