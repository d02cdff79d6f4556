import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';

/** One stream per OPD and year: the published JP compliance (shared.UnitMetricPublished) and the Q4 reminders. */
export const complianceStream = (unitId: string, year: number): string => `training-compliance-${unitId}-${year}`;
export const complianceStreamPrefix = 'training-compliance-';

/** The Q4 reminder: the unit's PNS still below 20 JP on the day it fired. */
export type JpReminderIssued = DomainEvent<
  'training.JpReminderIssued',
  {
    unitId: string;
    instansiId: string;
    year: number;
    /** PNS below 20 JP, with their shortfall. */
    below: { employeeId: string; totalJp: number; shortfall: number }[];
    issuedAt: string;
  }
>;

eventRegistry.register([{ type: 'training.JpReminderIssued', version: 1, description: "Q4 reminder listing an OPD's PNS still below 20 JP in the year" }]);
