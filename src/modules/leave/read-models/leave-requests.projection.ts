import { defineProjection, ProjectionWriter } from '@infrastructure/projections/projection';
import { LeaveStatus, LeaveVerdict } from '../policy/leave.vocabulary';
import { LeaveApprover, LeaveRecordEvent } from '../record/leave.events';
import { LEAVE_REQUESTS, LeaveRequest, LeaveRequestSchema } from './leave-request.schema';

type Doc = LeaveRequest & { _id: string };

const DECIDED: Record<LeaveVerdict, LeaveStatus> = {
  DISETUJUI: LeaveStatus.DISETUJUI,
  PERUBAHAN: LeaveStatus.DISETUJUI_PERUBAHAN,
  DITANGGUHKAN: LeaveStatus.DITANGGUHKAN,
  TIDAK_DISETUJUI: LeaveStatus.TIDAK_DISETUJUI,
};

/** Who must act: the approver's id (null for the PPK), the ids who may, and whether ADMIN_BKD records for the PPK. */
function waiting(...approvers: (LeaveApprover | null)[]) {
  const present = approvers.filter((a): a is LeaveApprover => a !== null);
  const ids = present.map((a) => a.employeeId).filter((id): id is string => id !== null);
  return { waitingFor: present[0]?.employeeId ?? null, approverIds: [...new Set(ids)], waitingForPpk: present.some((a) => a.kepalaDaerah) };
}
const NOBODY = { waitingFor: null, approverIds: [], waitingForPpk: false };

async function update(writer: ProjectionWriter, requestId: string, revision: number, change: (doc: Doc) => Partial<Doc>) {
  const doc = await writer.findById<Doc>(LEAVE_REQUESTS, requestId);
  if (doc) await writer.upsert(LEAVE_REQUESTS, requestId, { $set: { ...change(doc), revision } });
}

/** Leave requests with their steps: the calendar, the approver's inbox and the surat izin cuti read it. */
export const leaveRequestsProjection = defineProjection<LeaveRecordEvent>({
  name: LEAVE_REQUESTS,
  version: 1,
  collections: [{ name: LEAVE_REQUESTS, schema: LeaveRequestSchema }],
  canHandle: ['leave.LeaveRecordOpened', 'leave.LeaveRequested', 'leave.LeaveConsidered', 'leave.LeaveDecided', 'leave.LeaveCancelled', 'leave.LeaveEndedEarly', 'leave.LeaveApproverReminded', 'leave.LeaveStepEscalated'],
  async apply(event, writer) {
    switch (event.type) {
      case 'leave.LeaveRequested': {
        const { requestedAt, ...d } = event.data;
        const doc: Omit<Doc, '_id'> = {
          ...d,
          revision: event.revision,
          status: LeaveStatus.MENUNGGU_PERTIMBANGAN,
          escalatedTo: null,
          ...waiting(d.atasan),
          consideration: null,
          decision: null,
          requestedAt,
          lastRemindedAt: null,
          returnedOn: null,
          cancelledAt: null,
          decisionPosition: null,
          decisionHash: null,
        };
        return writer.upsert(LEAVE_REQUESTS, d.requestId, { $set: doc });
      }
      case 'leave.LeaveConsidered': {
        const d = event.data;
        return update(writer, d.requestId, event.revision, (doc) => ({
          status: LeaveStatus.MENUNGGU_KEPUTUSAN,
          consideration: { verdict: d.verdict, reason: d.reason, by: d.by, at: d.consideredAt, proposedStart: d.proposedStart, proposedEnd: d.proposedEnd, skNumber: null, skDate: null },
          escalatedTo: null,
          ...waiting(doc.pejabat),
        }));
      }
      case 'leave.LeaveDecided': {
        const d = event.data;
        return update(writer, d.requestId, event.revision, () => ({
          status: DECIDED[d.verdict],
          startDate: d.startDate,
          endDate: d.endDate,
          days: d.days,
          decision: { verdict: d.verdict, reason: d.reason, by: d.by, at: d.decidedAt, proposedStart: null, proposedEnd: null, skNumber: d.skNumber, skDate: d.skDate },
          escalatedTo: null,
          ...NOBODY,
          decisionPosition: event.position,
          decisionHash: event.hash,
        }));
      }
      case 'leave.LeaveCancelled':
        return update(writer, event.data.requestId, event.revision, () => ({ status: LeaveStatus.DIBATALKAN, cancelledAt: event.data.cancelledAt, ...NOBODY }));
      case 'leave.LeaveEndedEarly': {
        const d = event.data;
        return update(writer, d.requestId, event.revision, () => ({ endDate: d.endDate, days: d.days, returnedOn: d.returnDate }));
      }
      case 'leave.LeaveApproverReminded':
        return update(writer, event.data.requestId, event.revision, () => ({ lastRemindedAt: event.data.remindedAt }));
      case 'leave.LeaveStepEscalated': {
        const d = event.data;
        return update(writer, d.requestId, event.revision, () => ({ escalatedTo: d.to, ...waiting(d.from, d.to) }));
      }
      case 'leave.LeaveRecordOpened':
      case 'leave.CutiBersamaWorked':
      case 'leave.ExtendedAbsenceRecorded':
        return;
    }
  },
});
