import { assertNever } from '@kernel/decider';
import { CountingUnit, EmploymentKind, LeaveKind, LeaveStatus, LeaveSubKind, LeaveVerdict } from '../policy/leave.vocabulary';
import { LeaveApprover, LeaveRecordEvent, LeaveStep, PriorYear } from './leave.events';

/** One request as the decisions need it. */
export interface LeaveRequestState {
  readonly requestId: string;
  readonly kind: LeaveKind;
  readonly subKind: LeaveSubKind | null;
  readonly startDate: string;
  readonly endDate: string;
  readonly days: number;
  readonly counting: CountingUnit;
  readonly abroad: boolean;
  /** Uncharged travel days at the end of a cuti tahunan to a remote place. */
  readonly travelDays: number;
  readonly status: LeaveStatus;
  readonly atasan: LeaveApprover;
  readonly pejabat: LeaveApprover;
  /** Who may also give a step after an escalation. */
  readonly escalatedTo: Partial<Record<LeaveStep, LeaveApprover>>;
  readonly consideration: LeaveVerdict | null;
  readonly decision: LeaveVerdict | null;
  readonly returnedOn: string | null;
  /** An ExtendedAbsenceRecorded (GRANTED) was published for it. */
  readonly publishedAbsence: boolean;
}

export interface LeaveRecordState {
  readonly opened: boolean;
  readonly employeeId: string | null;
  readonly instansiId: string | null;
  readonly employmentType: EmploymentKind | null;
  readonly tmt: string | null;
  readonly firstYear: number | null;
  readonly priorYears: readonly PriorYear[];
  /** Cuti bersama dates worked, per year (added to that year's cuti tahunan). */
  readonly cutiBersamaWorked: Readonly<Record<number, readonly string[]>>;
  readonly requests: Readonly<Record<string, LeaveRequestState>>;
}

export const initialLeaveRecord = (): LeaveRecordState => ({
  opened: false,
  employeeId: null,
  instansiId: null,
  employmentType: null,
  tmt: null,
  firstYear: null,
  priorYears: [],
  cutiBersamaWorked: {},
  requests: {},
});

/** The step a request waits for, or null when it waits for nobody. */
export function stepOf(request: LeaveRequestState): LeaveStep | null {
  if (request.status === LeaveStatus.MENUNGGU_PERTIMBANGAN) return 'PERTIMBANGAN';
  if (request.status === LeaveStatus.MENUNGGU_KEPUTUSAN) return 'KEPUTUSAN';
  return null;
}

const DECIDED_STATUS: Record<LeaveVerdict, LeaveStatus> = {
  DISETUJUI: LeaveStatus.DISETUJUI,
  PERUBAHAN: LeaveStatus.DISETUJUI_PERUBAHAN,
  DITANGGUHKAN: LeaveStatus.DITANGGUHKAN,
  TIDAK_DISETUJUI: LeaveStatus.TIDAK_DISETUJUI,
};

export function evolveLeaveRecord(state: LeaveRecordState, event: LeaveRecordEvent): LeaveRecordState {
  const update = (requestId: string, change: Partial<LeaveRequestState>): LeaveRecordState => {
    const request = state.requests[requestId];
    return request ? { ...state, requests: { ...state.requests, [requestId]: { ...request, ...change } } } : state;
  };
  switch (event.type) {
    case 'leave.LeaveRecordOpened': {
      const { employeeId, instansiId, employmentType, tmt, firstYear, priorYears } = event.data;
      return { ...state, opened: true, employeeId, instansiId, employmentType, tmt, firstYear, priorYears };
    }
    case 'leave.LeaveRequested': {
      const d = event.data;
      const request: LeaveRequestState = {
        requestId: d.requestId,
        kind: d.kind,
        subKind: d.subKind,
        startDate: d.startDate,
        endDate: d.endDate,
        days: d.days,
        counting: d.counting,
        abroad: d.abroad,
        travelDays: d.travelDays,
        status: LeaveStatus.MENUNGGU_PERTIMBANGAN,
        atasan: d.atasan,
        pejabat: d.pejabat,
        escalatedTo: {},
        consideration: null,
        decision: null,
        returnedOn: null,
        publishedAbsence: false,
      };
      return { ...state, requests: { ...state.requests, [d.requestId]: request } };
    }
    case 'leave.LeaveConsidered':
      return update(event.data.requestId, { status: LeaveStatus.MENUNGGU_KEPUTUSAN, consideration: event.data.verdict });
    case 'leave.LeaveDecided': {
      const { requestId, verdict, startDate, endDate, days } = event.data;
      return update(requestId, { status: DECIDED_STATUS[verdict], decision: verdict, startDate, endDate, days });
    }
    case 'leave.LeaveCancelled':
      return update(event.data.requestId, { status: LeaveStatus.DIBATALKAN });
    case 'leave.LeaveEndedEarly':
      return update(event.data.requestId, { endDate: event.data.endDate, days: event.data.days, returnedOn: event.data.returnDate });
    case 'leave.LeaveStepEscalated': {
      const request = state.requests[event.data.requestId];
      return request ? update(request.requestId, { escalatedTo: { ...request.escalatedTo, [event.data.step]: event.data.to } }) : state;
    }
    case 'leave.CutiBersamaWorked': {
      const known = state.cutiBersamaWorked[event.data.year] ?? [];
      return { ...state, cutiBersamaWorked: { ...state.cutiBersamaWorked, [event.data.year]: [...known, ...event.data.dates].sort() } };
    }
    case 'leave.ExtendedAbsenceRecorded':
      return update(event.data.requestId, { publishedAbsence: true });
    case 'leave.LeaveApproverReminded':
      return state;
    default:
      return assertNever(event);
  }
}
