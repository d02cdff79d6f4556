import { EmployeeFacts, RequestLeave } from '../leave.commands';
import { LeaveApprover, LeaveRecordEvent } from '../leave.events';
import { leaveDecider } from '../leave.decider';
import { fold } from '@kernel/decider';

/** Ani: PNS since 2015, staff of the Aptika field (Kota Medan); Budi heads the field, the Kadis the OPD. */
export const ani: EmployeeFacts = {
  employeeId: 'emp-ani',
  instansiId: 'kota-medan',
  unitId: 'kota-medan.aptika',
  employmentType: 'PNS',
  tmt: '2015-05-01',
  sex: 'FEMALE',
  active: true,
  acting: [],
};
export const budiApprover: LeaveApprover = { employeeId: 'emp-budi', positionId: 'kota-medan.aptika.kabid', acting: null, kepalaDaerah: false, delegatedFrom: null };
export const kadisApprover: LeaveApprover = { employeeId: 'emp-kadis', positionId: 'kota-medan.diskominfo.kadis', acting: null, kepalaDaerah: false, delegatedFrom: null };
export const plhKadis: LeaveApprover = { ...kadisApprover, employeeId: 'emp-sekdis', acting: 'PLH' };
export const ppk: LeaveApprover = { employeeId: null, positionId: null, acting: null, kepalaDaerah: true, delegatedFrom: null };

export function requestOf(fields: Partial<RequestLeave> & Pick<RequestLeave, 'requestId' | 'kind' | 'startDate' | 'endDate'>): RequestLeave {
  return {
    type: 'RequestLeave',
    employee: ani,
    subKind: null,
    abroad: false,
    address: 'Jl. Gatot Subroto 12, Medan',
    reason: 'Keperluan keluarga',
    evidence: [],
    childOrder: null,
    travelDays: 0,
    atasan: budiApprover,
    pejabat: kadisApprover,
    at: `${fields.startDate.slice(0, 4)}-01-05T02:00:00.000Z`,
    ...fields,
  };
}

/** The events a command appends on a history (for building histories from commands). */
export function after(history: readonly LeaveRecordEvent[], ...commands: Parameters<typeof leaveDecider.decide>[0][]): LeaveRecordEvent[] {
  const events = [...history];
  for (const command of commands) events.push(...leaveDecider.decide(command, fold(leaveDecider, events)));
  return events;
}

export const at = (date: string) => `${date}T03:00:00.000Z`;

/** Requested, considered and granted as asked. */
export function granted(history: readonly LeaveRecordEvent[], request: RequestLeave): LeaveRecordEvent[] {
  return after(
    history,
    request,
    { type: 'ConsiderLeave', requestId: request.requestId, verdict: 'DISETUJUI', reason: null, proposedStart: null, proposedEnd: null, by: budiApprover, at: request.at },
    { type: 'DecideLeave', requestId: request.requestId, verdict: 'DISETUJUI', reason: null, changedStart: null, changedEnd: null, by: request.pejabat, skNumber: null, skDate: null, at: request.at },
  );
}
