import { Injectable } from '@nestjs/common';
import { Role } from '@infrastructure/auth/roles';
import { ReadModels } from '@infrastructure/projections/read-models';
import { EventFeed } from '@infrastructure/subscriptions/event-feed';
import { ALL_INSTANSI } from '@kernel/grant-scope';
import { Actor } from '@kernel/events';
import { LeaveReadAccess } from '../access/leave-read-access';
import { LEAVE_REQUESTS, LeaveRequest } from '../read-models/leave-request.schema';

/** The events that change a request's status or who must act, and the reminders of a waiting step (the approver's nudge). */
export const LEAVE_STATUS_EVENTS = ['leave.LeaveRequested', 'leave.LeaveConsidered', 'leave.LeaveDecided', 'leave.LeaveCancelled', 'leave.LeaveEndedEarly', 'leave.LeaveApproverReminded', 'leave.LeaveStepEscalated'];

/**
 * The read side of the feed reader: the platform feed filters by instansi grants, which an EMPLOYEE
 * or an approver does not hold, so this feed reads the leave events as the module itself and lets
 * each one through only when the subscriber may read the request (the same check as the
 * `leaveRequest` query). Closed by default: no access, no event.
 */
const FEED_READER: Actor = { id: 'system:leave-feed', roles: [{ role: Role.AUDITOR, unit: ALL_INSTANSI }] };

@Injectable()
export class LeaveStatusFeed {
  constructor(
    private readonly feed: EventFeed,
    private readonly readModels: ReadModels,
    private readonly access: LeaveReadAccess,
  ) {}

  async *subscribe(actor: Actor, after: number, employeeId: string | null): AsyncGenerator<LeaveRequest> {
    const events = this.feed.subscribe(FEED_READER, { after, types: LEAVE_STATUS_EVENTS, roles: [Role.AUDITOR] });
    try {
      for await (const event of events) {
        const requestId = (event.data as { requestId?: string }).requestId;
        if (!requestId || (employeeId && (event.data as { employeeId?: string }).employeeId !== employeeId)) continue;
        await this.readModels.waitFor(event.position, LEAVE_REQUESTS);
        const request = await this.readModels.collection<LeaveRequest & { _id: string }>(LEAVE_REQUESTS).findById(requestId);
        const visible = request ? await this.access.visible(actor, request) : null;
        if (visible) yield visible;
      }
    } finally {
      await events.return?.(undefined);
    }
  }
}
