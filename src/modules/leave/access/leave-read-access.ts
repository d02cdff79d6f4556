import { Injectable } from '@nestjs/common';
import { Actor } from '@kernel/events';
import { OrganisationDirectory } from '../../organisation';
import { EmployeeDirectory } from '../../personnel';
import { LeaveRequest } from '../read-models/leave-request.schema';
import { appraiserUnits, isOwn, readsInstansi } from './leave-access';

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
    if (isOwn(actor, request.employeeId) || readsInstansi(actor, request.instansiId)) return true;
    const approvers = [request.atasan, request.pejabat, request.escalatedTo, request.consideration?.by, request.decision?.by].map((a) => a?.employeeId);
    if (approvers.includes(actor.id) && actor.roles.some((g) => g.role === 'PEJABAT_PENILAI')) return true;
    return this.inChain(actor, request.unitId);
  }

  /** An employee's leave record: themselves, the chain of their unit, ADMIN_BKD/AUDITOR of their instansi. */
  async mayReadEmployee(actor: Actor, employeeId: string, onDate: string): Promise<boolean> {
    if (isOwn(actor, employeeId)) return true;
    const employee = await this.employees.onDate(employeeId, onDate);
    if (!employee) return false;
    return readsInstansi(actor, employee.instansiId) || this.inChain(actor, employee.unitId);
  }
}
