import { Decider } from '@kernel/decider';
import { problem, refuse, refuseIfAny } from '@kernel/rules';
import { jakartaDate, WorkingDayCalendar, workingDays } from '@infrastructure/scheduling';
import { addCalendarDays, calendarDaysInclusive, countLeaveDays } from '../policy/leave-days';
import { actingMayDecide, leavePolicyOn } from '../policy/leave-policy';
import { GRANTED_STATUSES, LeaveKind, LeaveVerdict, PENDING_STATUSES } from '../policy/leave.vocabulary';
import { LeaveRule } from '../leave.rules';
import { ExtendedAbsenceChange, ExtendedAbsenceRecorded } from './extended-absence';
import {
  CancelLeave,
  ConsiderLeave,
  DecideLeave,
  EmployeeFacts,
  EscalateStep,
  LeaveCommand,
  OpenLeaveRecord,
  RecordCutiBersamaWork,
  RemindApprover,
  RequestLeave,
  ReturnEarly,
} from './leave.commands';
import { LeaveRecordEvent, LeaveRecordOpened } from './leave.events';
import { chargedEnd, datedProblems, requestProblems } from './request-rules';
import { evolveLeaveRecord, initialLeaveRecord, LeaveRecordState, LeaveRequestState, stepOf } from './leave.state';

/**
 * One employee's leave record. Counting uses the one working-day calendar (reference data, no I/O);
 * the policy version valid on the first day of leave applies and is recorded with the request.
 */
export function leaveRecordDecider(calendar: WorkingDayCalendar = workingDays): Decider<LeaveCommand, LeaveRecordEvent, LeaveRecordState> {
  return {
    initialState: initialLeaveRecord,
    evolve: evolveLeaveRecord,
    decide: (command, state) => decideLeave(command, state, calendar),
  };
}

export const leaveDecider = leaveRecordDecider();

function decideLeave(command: LeaveCommand, state: LeaveRecordState, calendar: WorkingDayCalendar): LeaveRecordEvent[] {
  switch (command.type) {
    case 'OpenLeaveRecord':
      return openRecord(command, state);
    case 'RequestLeave':
      return request(command, state, calendar);
    case 'ConsiderLeave':
      return consider(command, state);
    case 'DecideLeave':
      return decide(command, state, calendar);
    case 'CancelLeave':
      return cancel(command, state);
    case 'ReturnEarly':
      return returnEarly(command, state, calendar);
    case 'RemindApprover':
      return remind(command, state);
    case 'EscalateStep':
      return escalate(command, state);
    case 'RecordCutiBersamaWork':
      return cutiBersamaWork(command, state, calendar);
  }
}

function opened(employee: EmployeeFacts, firstYear: number, at: string, priorYears: OpenLeaveRecord['priorYears'] = []): LeaveRecordOpened {
  return {
    type: 'leave.LeaveRecordOpened',
    data: { employeeId: employee.employeeId, instansiId: employee.instansiId, employmentType: employee.employmentType, tmt: employee.tmt, firstYear, priorYears: [...priorYears], openedAt: at },
  };
}

/**
 * The record opens by itself with the first command (from the earlier of this year and the year of
 * the leave's first day; nothing known before) or explicitly with the prior catatan cuti.
 */
function withOpening(state: LeaveRecordState, employee: EmployeeFacts, at: string, firstDay?: string): { state: LeaveRecordState; events: LeaveRecordEvent[] } {
  if (state.opened) return { state, events: [] };
  const year = Number(jakartaDate(new Date(at)).slice(0, 4));
  const event = opened(employee, Math.min(year, firstDay ? Number(firstDay.slice(0, 4)) : year), at);
  return { state: evolveLeaveRecord(state, event), events: [event] };
}

function openRecord(command: OpenLeaveRecord, state: LeaveRecordState): LeaveRecordEvent[] {
  if (state.opened) refuse(LeaveRule.REQUEST_EXISTS, `Catatan cuti ${command.employee.employeeId} sudah dibuka sejak ${state.firstYear}`);
  refuseIfAny(
    command.priorYears.map(
      (p) =>
        (p.year >= command.firstYear || p.year < command.firstYear - 2 || p.taken < 0 || p.remaining < 0) &&
        problem(LeaveRule.DATES_INVALID, `Catatan cuti sebelumnya hanya untuk tahun ${command.firstYear - 2}–${command.firstYear - 1}, dengan angka ≥ 0`),
    ),
  );
  return [opened(command.employee, command.firstYear, command.at, command.priorYears)];
}

function request(command: RequestLeave, current: LeaveRecordState, calendar: WorkingDayCalendar): LeaveRecordEvent[] {
  if (current.requests[command.requestId]) refuse(LeaveRule.REQUEST_EXISTS, `Permintaan cuti ${command.requestId} sudah ada`);
  const { state, events } = withOpening(current, command.employee, command.at, command.startDate);
  const policy = leavePolicyOn(command.startDate);
  const checked = requestProblems(command, state, policy, calendar);
  refuseIfAny([...checked.problems, !command.reason.trim() && problem(LeaveRule.REASON_REQUIRED, 'Alasan cuti wajib diisi')]);
  const { employee } = command;
  return [
    ...events,
    {
      type: 'leave.LeaveRequested',
      data: {
        employeeId: employee.employeeId,
        requestId: command.requestId,
        instansiId: employee.instansiId,
        unitId: employee.unitId,
        employmentType: employee.employmentType,
        kind: command.kind,
        subKind: command.subKind,
        startDate: command.startDate,
        endDate: command.endDate,
        days: checked.days,
        counting: checked.rule!.counting,
        abroad: command.abroad,
        address: command.address,
        reason: command.reason,
        evidence: command.evidence.map(({ hash, kind }) => ({ hash, kind })),
        childOrder: command.childOrder,
        travelDays: command.travelDays,
        actingDuringLeave: employee.acting.map(({ kind, positionId }) => ({ kind, positionId })),
        atasan: command.atasan,
        pejabat: command.pejabat,
        policyVersion: policy.version,
        calendarVersion: calendar.version,
        requestedAt: command.at,
      },
    },
  ];
}

function known(state: LeaveRecordState, requestId: string): LeaveRequestState {
  const found = state.requests[requestId];
  if (!found) refuse(LeaveRule.REQUEST_UNKNOWN, `Permintaan cuti ${requestId} tidak ada`);
  return found;
}

const needsReason = (verdict: LeaveVerdict, reason: string | null) =>
  verdict !== LeaveVerdict.DISETUJUI && !reason?.trim() && problem(LeaveRule.REASON_REQUIRED, `Keputusan ${verdict} wajib disertai alasan`);

function consider(command: ConsiderLeave, state: LeaveRecordState): LeaveRecordEvent[] {
  const found = known(state, command.requestId);
  const dates = command.proposedStart !== null || command.proposedEnd !== null;
  refuseIfAny([
    stepOf(found) !== 'PERTIMBANGAN' && problem(LeaveRule.WRONG_STEP, `Permintaan ${command.requestId} tidak menunggu pertimbangan atasan (status ${found.status})`),
    needsReason(command.verdict, command.reason),
    dates && (command.verdict !== LeaveVerdict.PERUBAHAN || !command.proposedStart || !command.proposedEnd || command.proposedEnd < command.proposedStart) &&
      problem(LeaveRule.CHANGE_DATES_REQUIRED, 'Usulan tanggal hanya dengan PERUBAHAN, lengkap dan berurutan'),
  ]);
  return [
    {
      type: 'leave.LeaveConsidered',
      data: {
        employeeId: state.employeeId!,
        requestId: command.requestId,
        verdict: command.verdict,
        reason: command.reason,
        proposedStart: command.proposedStart,
        proposedEnd: command.proposedEnd,
        by: command.by,
        consideredAt: command.at,
      },
    },
  ];
}

function decide(command: DecideLeave, state: LeaveRecordState, calendar: WorkingDayCalendar): LeaveRecordEvent[] {
  const found = known(state, command.requestId);
  const changing = command.verdict === LeaveVerdict.PERUBAHAN;
  const missingDates = changing && (!command.changedStart || !command.changedEnd);
  refuseIfAny([
    stepOf(found) !== 'KEPUTUSAN' && problem(LeaveRule.WRONG_STEP, `Permintaan ${command.requestId} tidak menunggu keputusan pejabat (status ${found.status})`),
    // PP 11/2017 ps. 309 jo. SE Kepala BKN 1/SE/I/2021: a Plh/Plt may grant leave except CLTN and leave abroad.
    command.by.acting !== null && !actingMayDecide(found.kind, found.abroad) && problem(LeaveRule.ACTING_MAY_NOT_DECIDE, `Plh/Plt tidak berwenang memutuskan ${found.kind === LeaveKind.CLTN ? 'CLTN' : 'cuti di luar negeri'}`),
    needsReason(command.verdict, command.reason),
    missingDates && problem(LeaveRule.CHANGE_DATES_REQUIRED, 'PERUBAHAN memerlukan tanggal mulai dan selesai yang baru'),
  ]);
  let { startDate, endDate, days } = found;
  if (changing) {
    startDate = command.changedStart!;
    endDate = command.changedEnd!;
    const dated = { requestId: found.requestId, kind: found.kind, subKind: found.subKind, startDate, endDate, employmentType: state.employmentType!, tmt: state.tmt!, travelDays: found.travelDays };
    const checked = datedProblems(dated, state, leavePolicyOn(startDate), calendar);
    refuseIfAny(checked.problems);
    days = checked.days;
  }
  const decided: LeaveRecordEvent = {
    type: 'leave.LeaveDecided',
    data: {
      employeeId: state.employeeId!,
      requestId: command.requestId,
      verdict: command.verdict,
      reason: command.reason,
      startDate,
      endDate,
      days,
      by: command.by,
      skNumber: command.skNumber,
      skDate: command.skDate,
      decidedAt: command.at,
    },
  };
  const granted = command.verdict === LeaveVerdict.DISETUJUI || changing;
  const published = granted && isExtendedAbsence(found.kind, startDate, endDate) ? [absence(state, found, 'GRANTED', startDate, endDate, command.at)] : [];
  return [decided, ...published];
}

function isExtendedAbsence(kind: LeaveKind, startDate: string, endDate: string): boolean {
  if (kind === LeaveKind.CLTN) return true;
  return kind === LeaveKind.SAKIT && calendarDaysInclusive(startDate, endDate) >= leavePolicyOn(startDate).longSickLeaveDays;
}

function absence(state: LeaveRecordState, found: LeaveRequestState, change: ExtendedAbsenceChange, startDate: string, endDate: string, at: string): ExtendedAbsenceRecorded {
  return {
    type: 'leave.ExtendedAbsenceRecorded',
    data: {
      employeeId: state.employeeId!,
      instansiId: state.instansiId!,
      requestId: found.requestId,
      kind: found.kind === LeaveKind.CLTN ? 'CLTN' : 'SAKIT',
      change,
      startDate,
      endDate,
      calendarDays: calendarDaysInclusive(startDate, endDate),
      countsAsService: found.kind !== LeaveKind.CLTN,
      prorateSkp: true,
      recordedAt: at,
    },
  };
}

function cancel(command: CancelLeave, state: LeaveRecordState): LeaveRecordEvent[] {
  const found = known(state, command.requestId);
  const live = PENDING_STATUSES.includes(found.status) || GRANTED_STATUSES.includes(found.status);
  const today = jakartaDate(new Date(command.at));
  refuseIfAny([
    !live && problem(LeaveRule.WRONG_STEP, `Permintaan ${command.requestId} sudah ${found.status}`),
    live && today >= found.startDate && problem(LeaveRule.ALREADY_STARTED, `Cuti mulai ${found.startDate}: pembatalan hanya sebelum hari pertama; gunakan kembali lebih awal`),
    !command.reason.trim() && problem(LeaveRule.REASON_REQUIRED, 'Alasan pembatalan wajib diisi'),
  ]);
  const cancelled: LeaveRecordEvent = { type: 'leave.LeaveCancelled', data: { employeeId: state.employeeId!, requestId: command.requestId, reason: command.reason, cancelledAt: command.at } };
  return found.publishedAbsence ? [cancelled, absence(state, found, 'CANCELLED', found.startDate, found.endDate, command.at)] : [cancelled];
}

function returnEarly(command: ReturnEarly, state: LeaveRecordState, calendar: WorkingDayCalendar): LeaveRecordEvent[] {
  const found = known(state, command.requestId);
  if (!GRANTED_STATUSES.includes(found.status)) refuse(LeaveRule.NOT_APPROVED, `Cuti ${command.requestId} tidak dalam status disetujui`);
  const today = jakartaDate(new Date(command.at));
  const valid = command.returnDate > found.startDate && command.returnDate <= found.endDate && command.returnDate <= addCalendarDays(today, 1);
  if (!valid) refuse(LeaveRule.RETURN_DATE_INVALID, `Tanggal kembali harus sesudah ${found.startDate}, paling lambat ${found.endDate}, dan tidak di masa depan`);
  const endDate = addCalendarDays(command.returnDate, -1);
  const charged = chargedEnd(found);
  const days = countLeaveDays(found.counting, found.startDate, endDate < charged ? endDate : charged, calendar);
  const ended: LeaveRecordEvent = {
    type: 'leave.LeaveEndedEarly',
    data: { employeeId: state.employeeId!, requestId: command.requestId, returnDate: command.returnDate, endDate, days, daysReturned: found.days - days, recordedAt: command.at },
  };
  return found.publishedAbsence ? [ended, absence(state, found, 'SHORTENED', found.startDate, endDate, command.at)] : [ended];
}

/** A deadline's reminder: only while the step still waits (a step already given makes it a no-op). */
function remind(command: RemindApprover, state: LeaveRecordState): LeaveRecordEvent[] {
  const found = state.requests[command.requestId];
  if (!found || stepOf(found) !== command.step) return [];
  const approver = found.escalatedTo[command.step] ?? (command.step === 'PERTIMBANGAN' ? found.atasan : found.pejabat);
  return [{ type: 'leave.LeaveApproverReminded', data: { employeeId: state.employeeId!, requestId: command.requestId, step: command.step, approver, remindedAt: command.at } }];
}

function escalate(command: EscalateStep, state: LeaveRecordState): LeaveRecordEvent[] {
  const found = state.requests[command.requestId];
  if (!found || stepOf(found) !== command.step || found.escalatedTo[command.step]) return [];
  const from = command.step === 'PERTIMBANGAN' ? found.atasan : found.pejabat;
  return [{ type: 'leave.LeaveStepEscalated', data: { employeeId: state.employeeId!, requestId: command.requestId, step: command.step, from, to: command.to, escalatedAt: command.at } }];
}

// Keppres cuti bersama: for ASN kept at work by the post, the days are added to cuti tahunan.
function cutiBersamaWork(command: RecordCutiBersamaWork, current: LeaveRecordState, calendar: WorkingDayCalendar): LeaveRecordEvent[] {
  const { state, events } = withOpening(current, command.employee, command.at, `${command.year}-01-01`);
  const recorded = state.cutiBersamaWorked[command.year] ?? [];
  refuseIfAny([
    command.dates.length === 0 && problem(LeaveRule.NOT_CUTI_BERSAMA, 'Sebutkan minimal satu tanggal cuti bersama'),
    ...command.dates.map((d) => (Number(d.slice(0, 4)) !== command.year || calendar.closure(d) !== 'CUTI_BERSAMA') && problem(LeaveRule.NOT_CUTI_BERSAMA, `${d} bukan cuti bersama tahun ${command.year}`)),
    ...command.dates.map((d) => recorded.includes(d) && problem(LeaveRule.CUTI_BERSAMA_ALREADY_RECORDED, `${d} sudah dicatat`)),
    new Set(command.dates).size !== command.dates.length && problem(LeaveRule.CUTI_BERSAMA_ALREADY_RECORDED, 'Tanggal ganda'),
    !command.reason.trim() && problem(LeaveRule.REASON_REQUIRED, 'Dasar penugasan wajib diisi'),
  ]);
  return [
    ...events,
    { type: 'leave.CutiBersamaWorked', data: { employeeId: command.employee.employeeId, year: command.year, dates: [...command.dates].sort(), reason: command.reason, calendarVersion: calendar.version, recordedAt: command.at } },
  ];
}
