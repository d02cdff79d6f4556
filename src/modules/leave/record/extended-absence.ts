import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';

/** What happened to an extended absence since it was granted. */
export type ExtendedAbsenceChange = 'GRANTED' | 'SHORTENED' | 'CANCELLED';

/**
 * A published fact for personnel and performance (the contract, exported from leave's index.ts):
 * an employee is away for long, so masa kerja, KP, Satyalancana and the SKP period may be affected.
 * Emitted on the leave record stream when CLTN or sick leave of at least the policy's threshold is
 * granted, shortened by an early return, or cancelled. Consumers react by type, never import.
 */
export type ExtendedAbsenceRecorded = DomainEvent<
  'leave.ExtendedAbsenceRecorded',
  {
    employeeId: string;
    instansiId: string;
    requestId: string;
    kind: 'CLTN' | 'SAKIT';
    change: ExtendedAbsenceChange;
    /** The absence as it now stands (both days included); after CANCELLED the dates that no longer hold. */
    startDate: string;
    endDate: string;
    calendarDays: number;
    /** PP 11/2017 ps. 337 [S]: CLTN is not counted as masa kerja PNS (KP, Satyalancana, pension); sick leave is. */
    countsAsService: boolean;
    /** The SKP period pro-rates over the absence (PermenPANRB 6/2022: appraisal covers time actually worked) [M]. */
    prorateSkp: boolean;
    recordedAt: string;
  }
>;

eventRegistry.register([
  { type: 'leave.ExtendedAbsenceRecorded', version: 1, description: 'Published: CLTN or long sick leave was granted, shortened or cancelled (masa kerja, KP, Satyalancana, SKP pro-rating)' },
]);
