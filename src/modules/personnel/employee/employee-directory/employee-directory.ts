import { Inject, Injectable } from '@nestjs/common';
import { IsoDate } from '@kernel/calendar-date';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { eventRegistry } from '@kernel/event-registry';
import { EmployeeEvent, employeeStreamId } from '../domain';
import { EmployeeOnDate, employeeOnDate } from './employee-on-date';

/**
 * The employee directory other modules use (published in personnel's index.ts): where someone is,
 * their golongan, jabatan and status on a date. It reads the employee's own stream, so it never
 * trails the log and answers for any past date.
 */
@Injectable()
export class EmployeeDirectory {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onDate(employeeId: string, onDate: IsoDate): Promise<EmployeeOnDate | null> {
    const events = (await this.store.readStream(employeeStreamId(employeeId))).map((event) => eventRegistry.upcast(event));
    return employeeOnDate(events as unknown as EmployeeEvent[], onDate);
  }
}
