import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';

export const annualCloseStreamPrefix = 'performance-annual-close-';
/** One stream per instansi and SKP year: `<instansiId>.<year>`. */
export const annualCloseStream = (instansiId: string, year: number): string => `${annualCloseStreamPrefix}${instansiId}.${year}`;

/** Appraisers with SKPs whose annual evaluation is not closed yet, and those SKPs. */
export interface OpenAppraisal {
  readonly appraiserEmployeeId: string | null;
  readonly skpIds: string[];
}

/** ADMIN_BKD set the date by which the year's annual evaluations must be closed (BKN used 10 January). */
export type AnnualCloseScheduled = DomainEvent<
  'performance.AnnualCloseScheduled',
  {
    instansiId: string;
    year: number;
    /** Last day (YYYY-MM-DD, WIB) to close the annual evaluations. */
    closeBy: string;
    /** The day the reminder goes out (YYYY-MM-DD, WIB). */
    remindOn: string;
    scheduledBy: string;
    scheduledAt: string;
  }
>;

/** The reminder fired: appraisers with open annual evaluations, on that day. */
export type AnnualCloseReminderIssued = DomainEvent<'performance.AnnualCloseReminderIssued', { instansiId: string; year: number; open: OpenAppraisal[]; issuedAt: string }>;

/** The close date passed with annual evaluations still open: the overdue list. */
export type AnnualCloseOverdue = DomainEvent<'performance.AnnualCloseOverdue', { instansiId: string; year: number; closeBy: string; open: OpenAppraisal[]; recordedAt: string }>;

export type AnnualCloseEvent = AnnualCloseScheduled | AnnualCloseReminderIssued | AnnualCloseOverdue;

eventRegistry.register([
  { type: 'performance.AnnualCloseScheduled', version: 1, description: "ADMIN_BKD set the date by which the year's annual evaluations must be closed, and when to remind appraisers" },
  { type: 'performance.AnnualCloseReminderIssued', version: 1, description: 'Reminder to the appraisers whose annual evaluations are still open' },
  { type: 'performance.AnnualCloseOverdue', version: 1, description: 'The annual close date passed with evaluations still open (the overdue list)' },
]);
