import { projectEvents, recorded } from '@infrastructure/projections/testing/projection-spec';
import { LeaveRecordEvent } from '../record/leave.events';
import { after, at, budiApprover, granted, kadisApprover, requestOf } from '../record/testing/leave.fixtures';
import { LEAVE_REQUESTS } from './leave-request.schema';
import { leaveRequestsProjection } from './leave-requests.projection';

const asRecorded = (events: readonly LeaveRecordEvent[]) => events.map((e, revision) => recorded(e.type, e.data, { streamId: 'leave-record-emp-ani', revision, hash: `${revision}`.padStart(64, 'a') }));
const project = async (events: readonly LeaveRecordEvent[]) => (await projectEvents(leaveRequestsProjection, asRecorded(events))).collection(LEAVE_REQUESTS);
const tahunan = requestOf({ requestId: 't1', kind: 'TAHUNAN', startDate: '2026-06-08', endDate: '2026-06-12', at: at('2026-05-04') });

describe('leave_requests projection (each event applied twice)', () => {
  it('a request waits for the atasan, then for the pejabat, then for nobody; the decision keeps its position and hash', async () => {
    const requested = await project(after([], tahunan));
    expect(await requested.findById('t1')).toMatchObject({ status: 'MENUNGGU_PERTIMBANGAN', waitingFor: 'emp-budi', approverIds: ['emp-budi'], days: 5 });
    const considered = await project(after([], tahunan, { type: 'ConsiderLeave', requestId: 't1', verdict: 'DISETUJUI', reason: null, proposedStart: null, proposedEnd: null, by: budiApprover, at: at('2026-05-05') }));
    expect(await considered.findById('t1')).toMatchObject({ status: 'MENUNGGU_KEPUTUSAN', waitingFor: 'emp-kadis', approverIds: ['emp-kadis'], consideration: { verdict: 'DISETUJUI' } });
    const decided = await project(granted([], tahunan));
    const doc = await decided.findById('t1');
    expect(doc).toMatchObject({ status: 'DISETUJUI', waitingFor: null, approverIds: [], decision: { verdict: 'DISETUJUI', by: { employeeId: 'emp-kadis' } }, revision: 3 });
    expect(doc!.decisionHash).toBe('3'.padStart(64, 'a'));
    expect(typeof doc!.decisionPosition).toBe('number');
  });

  it('an escalation lets the next official act too; an early return shortens the leave', async () => {
    const escalated = await project(after([], tahunan, { type: 'EscalateStep', requestId: 't1', step: 'PERTIMBANGAN', to: kadisApprover, at: at('2026-05-12') }));
    expect(await escalated.findById('t1')).toMatchObject({ waitingFor: 'emp-budi', approverIds: ['emp-budi', 'emp-kadis'], escalatedTo: { employeeId: 'emp-kadis' } });
    const back = await project(after(granted([], tahunan), { type: 'ReturnEarly', requestId: 't1', returnDate: '2026-06-11', at: at('2026-06-11') }));
    expect(await back.findById('t1')).toMatchObject({ endDate: '2026-06-10', days: 3, returnedOn: '2026-06-11' });
  });
});
