import { Injectable, OnModuleInit } from '@nestjs/common';
import { EmailAddressee, NotificationRecipients } from '@infrastructure/notifications';
import { ReadModels } from '@infrastructure/projections/read-models';
import { jakartaDate } from '@infrastructure/scheduling';
import { Clock } from '@kernel/clock';
import { OrganisationDirectory, PositionStatus } from '../../../organisation';
import { EMPLOYEES, Employee } from '../read-models/employees/employee.schema';
import { POSITION_HOLDERS, PositionHolder } from '../read-models/position-holders/position-holder.schema';

/** Recipient kinds personnel answers for the notification outbox (ids, never addresses, travel in events). */
export const EMPLOYEE_RECIPIENT = 'personnel.employee';
/** The head of a unit kerja on the day of sending: the definitive holder, else a Plt/Plh acting that day. */
export const UNIT_HEAD_RECIPIENT = 'personnel.unit-head';

/**
 * Resolves an employee's or a unit head's e-mail at send time from the personnel record, so a
 * corrected address or a new head is used by pending retries, and an employee without an e-mail
 * gets none (the outbox dead-letters it, visibly).
 */
@Injectable()
export class EmployeeRecipients implements OnModuleInit {
  constructor(
    private readonly recipients: NotificationRecipients,
    private readonly readModels: ReadModels,
    private readonly organisation: OrganisationDirectory,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.recipients.register({ kind: EMPLOYEE_RECIPIENT, resolve: (employeeId) => this.employee(employeeId) });
    this.recipients.register({ kind: UNIT_HEAD_RECIPIENT, resolve: async (unitId) => this.employee(await this.headOf(unitId)) });
  }

  async employee(employeeId: string | null): Promise<EmailAddressee | null> {
    if (!employeeId) return null;
    const employee = await this.readModels.collection<Employee & { _id: string }>(EMPLOYEES).findById(employeeId);
    const email = employee?.contacts?.email;
    return email ? { email, name: employee.name } : null;
  }

  /** The employee heading `unitId` today (WIB), or null when the post is vacant and nobody acts in it. */
  async headOf(unitId: string): Promise<string | null> {
    const unit = await this.organisation.unit(unitId);
    const head = unit?.positions.find((p) => p.isUnitHead && p.status === PositionStatus.ACTIVE);
    if (!head) return null;
    const holders = await this.readModels.collection<PositionHolder>(POSITION_HOLDERS).findById(head.positionId);
    if (!holders) return null;
    if (holders.holders.length) return holders.holders[0].employeeId;
    const today = jakartaDate(this.clock.now());
    return holders.acting.find((a) => a.from <= today && today <= a.until)?.employeeId ?? null;
  }
}
