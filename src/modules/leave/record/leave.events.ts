import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import type { ExtendedAbsenceRecorded } from './extended-absence';
import './extended-absence';
import { CountingUnit, EmploymentKind, EvidenceKind, LeaveKind, LeaveSubKind, LeaveVerdict } from '../policy/leave.vocabulary';

/** One employee's leave record (all requests and the cuti tahunan ledger): one stream, so balance and overlap are decided on one state. */
export const leaveRecordStream = (employeeId: string): string => `leave-record-${employeeId}`;
export const leaveRecordStreamPrefix = 'leave-record-';

/** A supporting document: an uploaded attachment, referenced by its content hash. */
export interface LeaveEvidence {
  readonly hash: string;
  readonly kind: EvidenceKind;
}

/**
 * Who gives a step: a unit head position's occupant (definitive, or Plt/Plh), or the PPK/kepala
 * daerah, whose decision ADMIN_BKD records.
 */
export interface LeaveApprover {
  /** The employee who acts; null for the kepala daerah or a vacant post. */
  readonly employeeId: string | null;
  readonly positionId: string | null;
  /** PLH or PLT when the occupant acts for the post. */
  readonly acting: 'PLH' | 'PLT' | null;
  /** The kepala daerah (PPK): not an ASN; ADMIN_BKD of the instansi records the step. */
  readonly kepalaDaerah: boolean;
  /** Set when the step was routed past this employee because they are on leave themselves. */
  readonly delegatedFrom: string | null;
}

/** Years before the record was kept here, as the paper catatan cuti shows them. */
export interface PriorYear {
  readonly year: number;
  /** Cuti tahunan taken that year (working days). */
  readonly taken: number;
  /** Sisa cuti tahunan at the end of that year (working days). */
  readonly remaining: number;
}

/** The leave record of an employee was opened: the ledger counts from `firstYear`, with the prior catatan cuti. */
export type LeaveRecordOpened = DomainEvent<
  'leave.LeaveRecordOpened',
  {
    employeeId: string;
    instansiId: string;
    employmentType: EmploymentKind;
    /** TMT CPNS / first PPPK contract: service for eligibility counts from here. */
    tmt: string;
    firstYear: number;
    /** Catatan cuti of the years before `firstYear` (N-1, N-2), when known. */
    priorYears: PriorYear[];
    openedAt: string;
  }
>;

/** An employee asked for leave; the route names the atasan langsung and the pejabat yang berwenang as resolved on the day. */
export type LeaveRequested = DomainEvent<
  'leave.LeaveRequested',
  {
    employeeId: string;
    requestId: string;
    instansiId: string;
    /** The unit kerja of the employee on the request day (the leave calendar's unit). */
    unitId: string;
    employmentType: EmploymentKind;
    kind: LeaveKind;
    subKind: LeaveSubKind | null;
    /** YYYY-MM-DD, both days included. */
    startDate: string;
    endDate: string;
    /** The length as the kind counts it (`counting`): working days for cuti tahunan, calendar days otherwise. */
    days: number;
    counting: CountingUnit;
    /** Leave spent abroad (a Plh/Plt may not grant it). */
    abroad: boolean;
    /** Alamat selama menjalankan cuti (address during leave). */
    address: string | null;
    reason: string;
    evidence: LeaveEvidence[];
    /** Cuti melahirkan: which child (1–3). */
    childOrder: number | null;
    /** Cuti tahunan to a place hard to reach: the last `travelDays` calendar days (up to `endDate`) are travel, not charged. */
    travelDays: number;
    /** Plt/Plh terms the employee holds during the leave: flagged for the deciding official. */
    actingDuringLeave: { kind: 'PLH' | 'PLT'; positionId: string }[];
    atasan: LeaveApprover;
    pejabat: LeaveApprover;
    policyVersion: string;
    /** The working-day calendar's version that counted the days. */
    calendarVersion: string;
    requestedAt: string;
  }
>;

/** The atasan langsung gave a consideration (pertimbangan). */
export type LeaveConsidered = DomainEvent<
  'leave.LeaveConsidered',
  {
    employeeId: string;
    requestId: string;
    verdict: LeaveVerdict;
    reason: string | null;
    /** With PERUBAHAN: the dates the atasan proposes. */
    proposedStart: string | null;
    proposedEnd: string | null;
    by: LeaveApprover;
    consideredAt: string;
  }
>;

/** The pejabat yang berwenang memberikan cuti decided; with PERUBAHAN the leave runs on the changed dates. */
export type LeaveDecided = DomainEvent<
  'leave.LeaveDecided',
  {
    employeeId: string;
    requestId: string;
    verdict: LeaveVerdict;
    reason: string | null;
    /** The dates granted (the request's, or the changed ones); the requested ones when not granted. */
    startDate: string;
    endDate: string;
    days: number;
    by: LeaveApprover;
    /** For a PPK decision recorded by ADMIN_BKD: the SK number and date. */
    skNumber: string | null;
    skDate: string | null;
    decidedAt: string;
  }
>;

/** The employee (or ADMIN_BKD) cancelled a request or granted leave before its first day. */
export type LeaveCancelled = DomainEvent<'leave.LeaveCancelled', { employeeId: string; requestId: string; reason: string; cancelledAt: string }>;

/** The employee came back before the end of granted leave: it ends the day before `returnDate`. */
export type LeaveEndedEarly = DomainEvent<
  'leave.LeaveEndedEarly',
  {
    employeeId: string;
    requestId: string;
    returnDate: string;
    /** The new last day of leave. */
    endDate: string;
    /** The length now, in the kind's unit. */
    days: number;
    /** Days given back (for cuti tahunan: back to the balance). */
    daysReturned: number;
    recordedAt: string;
  }
>;

/** A step waited past the reminder limit: the approver was reminded. */
export type LeaveApproverReminded = DomainEvent<
  'leave.LeaveApproverReminded',
  { employeeId: string; requestId: string; step: LeaveStep; approver: LeaveApprover; remindedAt: string }
>;

/** A step waited past the escalation limit: it may now also be given by `to` (the next official up). */
export type LeaveStepEscalated = DomainEvent<
  'leave.LeaveStepEscalated',
  { employeeId: string; requestId: string; step: LeaveStep; from: LeaveApprover; to: LeaveApprover; escalatedAt: string }
>;

/** The employee worked on cuti bersama days by order of the post: the days are added to that year's cuti tahunan. */
export type CutiBersamaWorked = DomainEvent<
  'leave.CutiBersamaWorked',
  { employeeId: string; year: number; dates: string[]; reason: string; calendarVersion: string; recordedAt: string }
>;

/** The two steps of a request. */
export type LeaveStep = 'PERTIMBANGAN' | 'KEPUTUSAN';

export type LeaveRecordEvent =
  | LeaveRecordOpened
  | LeaveRequested
  | LeaveConsidered
  | LeaveDecided
  | LeaveCancelled
  | LeaveEndedEarly
  | LeaveApproverReminded
  | LeaveStepEscalated
  | CutiBersamaWorked
  | ExtendedAbsenceRecorded;

eventRegistry.register([
  { type: 'leave.LeaveRecordOpened', version: 1, description: "An employee's leave record was opened, with the catatan cuti of the years before" },
  { type: 'leave.LeaveRequested', version: 1, description: 'An employee requested leave (cuti); counted days, evidence and the resolved approvers' },
  { type: 'leave.LeaveConsidered', version: 1, description: 'The atasan langsung gave a consideration on a leave request' },
  { type: 'leave.LeaveDecided', version: 1, description: 'The pejabat yang berwenang memberikan cuti decided a leave request' },
  { type: 'leave.LeaveCancelled', version: 1, description: 'A leave request or granted leave was cancelled before its first day' },
  { type: 'leave.LeaveEndedEarly', version: 1, description: 'An employee returned early from granted leave' },
  { type: 'leave.LeaveApproverReminded', version: 1, description: 'A leave step waited past its reminder limit; the approver was reminded' },
  { type: 'leave.LeaveStepEscalated', version: 1, description: 'A leave step waited past its escalation limit and was escalated to the next official' },
  { type: 'leave.CutiBersamaWorked', version: 1, description: 'An employee worked on cuti bersama days; the days are added to cuti tahunan' },
]);
