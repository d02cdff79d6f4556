import { Sex } from '../../shared';
import { EmploymentKind, LeaveKind, LeaveSubKind, LeaveVerdict } from '../policy/leave.vocabulary';
import { LeaveApprover, LeaveEvidence, LeaveStep, PriorYear } from './leave.events';

/** What the leave rules need of the employee, from the personnel directory on the request day. */
export interface EmployeeFacts {
  readonly employeeId: string;
  readonly instansiId: string;
  readonly unitId: string;
  readonly employmentType: EmploymentKind;
  readonly tmt: string;
  readonly sex: Sex;
  readonly active: boolean;
  /** Plt/Plh terms running on the first day of the leave. */
  readonly acting: readonly { readonly kind: 'PLH' | 'PLT'; readonly positionId: string }[];
}

export interface OpenLeaveRecord {
  readonly type: 'OpenLeaveRecord';
  readonly employee: EmployeeFacts;
  readonly firstYear: number;
  readonly priorYears: readonly PriorYear[];
  readonly at: string;
}

export interface RequestLeave {
  readonly type: 'RequestLeave';
  readonly requestId: string;
  readonly employee: EmployeeFacts;
  readonly kind: LeaveKind;
  readonly subKind: LeaveSubKind | null;
  readonly startDate: string;
  readonly endDate: string;
  readonly abroad: boolean;
  readonly address: string | null;
  readonly reason: string;
  readonly evidence: readonly LeaveEvidence[];
  readonly childOrder: number | null;
  /** Cuti tahunan to a place hard to reach: calendar days of travel at the end of the leave, not charged. */
  readonly travelDays: number;
  readonly atasan: LeaveApprover;
  readonly pejabat: LeaveApprover;
  readonly at: string;
}

export interface ConsiderLeave {
  readonly type: 'ConsiderLeave';
  readonly requestId: string;
  readonly verdict: LeaveVerdict;
  readonly reason: string | null;
  readonly proposedStart: string | null;
  readonly proposedEnd: string | null;
  readonly by: LeaveApprover;
  readonly at: string;
}

export interface DecideLeave {
  readonly type: 'DecideLeave';
  readonly requestId: string;
  readonly verdict: LeaveVerdict;
  readonly reason: string | null;
  readonly changedStart: string | null;
  readonly changedEnd: string | null;
  readonly by: LeaveApprover;
  readonly skNumber: string | null;
  readonly skDate: string | null;
  readonly at: string;
}

export interface CancelLeave {
  readonly type: 'CancelLeave';
  readonly requestId: string;
  readonly reason: string;
  readonly at: string;
}

export interface ReturnEarly {
  readonly type: 'ReturnEarly';
  readonly requestId: string;
  readonly returnDate: string;
  readonly at: string;
}

export interface RemindApprover {
  readonly type: 'RemindApprover';
  readonly requestId: string;
  readonly step: LeaveStep;
  readonly at: string;
}

export interface EscalateStep {
  readonly type: 'EscalateStep';
  readonly requestId: string;
  readonly step: LeaveStep;
  readonly to: LeaveApprover;
  readonly at: string;
}

export interface RecordCutiBersamaWork {
  readonly type: 'RecordCutiBersamaWork';
  readonly employee: EmployeeFacts;
  readonly year: number;
  readonly dates: readonly string[];
  readonly reason: string;
  readonly at: string;
}

export type LeaveCommand = OpenLeaveRecord | RequestLeave | ConsiderLeave | DecideLeave | CancelLeave | ReturnEarly | RemindApprover | EscalateStep | RecordCutiBersamaWork;
