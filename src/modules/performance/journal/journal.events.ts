import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';

export const journalStreamPrefix = 'performance-journal-';
/**
 * One journal stream per SKP and working day (`YYYY-MM-DD`): the day is what the decider checks (the
 * 24-hour total), so an append reads only that day's entries however long the month's journal grows.
 * Entries logged before this layout live in one stream per SKP and month (`YYYY-MM`, the same function).
 */
export const journalStream = (skpId: string, dayOrMonth: string): string => `${journalStreamPrefix}${skpId}-${dayOrMonth}`;

/** One entry of the daily journal (catatan harian): what was done, when, for how long, for which RHK. */
export type ActivityLogged = DomainEvent<
  'performance.ActivityLogged',
  {
    activityId: string;
    skpId: string;
    employeeId: string;
    instansiId: string;
    unitId: string;
    /** The pejabat penilai on the SKP when the entry was logged (whose board it updates). */
    pejabatPenilaiEmployeeId: string | null;
    atasanEmployeeId: string | null;
    /** The working day (YYYY-MM-DD, WIB). */
    date: string;
    durationMinutes: number;
    rhkId: string;
    description: string;
    /** Bukti dukung: SHA-256 content hashes of uploaded attachments. */
    evidence: string[];
    loggedAt: string;
  }
>;

export type JournalEvent = ActivityLogged;

eventRegistry.register([{ type: 'performance.ActivityLogged', version: 1, description: 'An employee logged a daily activity against an RHK of the approved SKP, with optional bukti dukung' }]);
