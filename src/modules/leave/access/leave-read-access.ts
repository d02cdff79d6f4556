import { Injectable } from '@nestjs/common';
import { Actor } from '@kernel/events';
import { OrganisationDirectory } from '../../organisation';
import { EmployeeDirectory } from '../../personnel';
import { LeaveRequest } from '../read-models/leave-request.schema';
import { appraiserUnits, isOwn, readsInstansi } from './leave-access';

/** What the chain of heads sees instead of the employee's reason (personal data, DOMAIN.md §1.12). */
export const MASKED = '(disembunyikan)';

/** Read access to leave records, one answer for the queries, the subscription and attachment downloads. */
@Injectable()
export class LeaveReadAccess {
  constructor(
    private readonly organisation: OrganisationDirectory,
    private readonly employees: EmployeeDirectory,
  ) {}

  /** A PEJABAT_PENILAI whose unit covers `unitId`: the unit's chain of heads. */
  async inChain(actor: Actor, unitId: string): Promise<boolean> {
    for (const unit of appraiserUnits(actor)) if (await this.organisation.isWithin(unitId, unit)) return true;
    return false;
  }

  /** The employee, an approver of the request (routed, escalated or who gave a step), the chain of its unit, ADMIN_BKD/AUDITOR of its instansi. */
  async mayReadRequest(actor: Actor, request: LeaveRequest): Promise<boolean> {
    return (await this.viewOf(actor, request)) !== null;
  }

  /**
   * FULL for the employee, the request's approvers and ADMIN_BKD/AUDITOR; CHAIN for the other heads
   * above the unit, who see the request without its personal parts; null for anyone else.
   */
  async viewOf(actor: Actor, request: LeaveRequest): Promise<'FULL' | 'CHAIN' | null> {
    if (isOwn(actor, request.employeeId) || readsInstansi(actor, request.instansiId)) return 'FULL';
    const approvers = [request.atasan, request.pejabat, request.escalatedTo, request.consideration?.by, request.decision?.by].map((a) => a?.employeeId);
    if (approvers.includes(actor.id) && actor.roles.some((g) => g.role === 'PEJABAT_PENILAI')) return 'FULL';
    return (await this.inChain(actor, request.unitId)) ? 'CHAIN' : null;
  }

  /** The request as the actor may see it (reason, address and evidence withheld from the chain), or null. */
  async visible<T extends LeaveRequest>(actor: Actor, request: T): Promise<T | null> {
    const view = await this.viewOf(actor, request);
    if (view === 'CHAIN') return { ...request, reason: MASKED, address: null, evidence: [] };
    return view === 'FULL' ? request : null;
  }

  /** An employee's leave record: themselves, the chain of their unit, ADMIN_BKD/AUDITOR of their instansi. */
  async mayReadEmployee(actor: Actor, employeeId: string, onDate: string): Promise<boolean> {
    if (isOwn(actor, employeeId)) return true;
    const employee = await this.employees.onDate(employeeId, onDate);
    if (!employee) return false;
    return readsInstansi(actor, employee.instansiId) || this.inChain(actor, employee.unitId);
  }
}
