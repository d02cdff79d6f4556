import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import { LegalBasis } from '../../shared';

export const awardStreamPrefix = 'performance-award-';
/** One stream per employee: their performance award nominations and decisions. */
export const awardStream = (employeeId: string): string => `${awardStreamPrefix}${employeeId}`;
export const nominationIdOf = (employeeId: string, year: number): string => `${employeeId}.${year}`;

/** The system found the employee eligible (SANGAT_BAIK in consecutive closed years) and proposed the award for a person to decide. */
export type PerformanceAwardProposed = DomainEvent<
  'performance.PerformanceAwardProposed',
  {
    nominationId: string;
    employeeId: string;
    instansiId: string;
    /** PENGHARGAAN_KINERJA. */
    award: string;
    /** The last year of the run. */
    year: number;
    /** The consecutive SKP years the rule counted. */
    years: number[];
    policyVersion: string;
    proposedAt: string;
  }
>;

/** A person confirmed the award: it enters the public award log (award name, person and unit only). */
export type PerformanceAwardConfirmed = DomainEvent<
  'performance.PerformanceAwardConfirmed',
  {
    nominationId: string;
    employeeId: string;
    instansiId: string;
    /** Unit kerja on the decision day (the public log shows it). */
    unitId: string;
    /** The name as the personnel record holds it on the decision day (the public log shows it). */
    employeeName: string;
    award: string;
    year: number;
    decidedOn: string;
    reason: string;
    legalBasis: LegalBasis | null;
    decidedBy: string;
  }
>;

export type PerformanceAwardRejected = DomainEvent<'performance.PerformanceAwardRejected', { nominationId: string; employeeId: string; decidedOn: string; reason: string; decidedBy: string }>;

export type AwardEvent = PerformanceAwardProposed | PerformanceAwardConfirmed | PerformanceAwardRejected;

eventRegistry.register([
  { type: 'performance.PerformanceAwardProposed', version: 1, description: 'The system found an employee eligible for a performance award (SANGAT_BAIK in consecutive closed years) and proposed it' },
  { type: 'performance.PerformanceAwardConfirmed', version: 1, description: 'A person confirmed a proposed performance award; it enters the public award log' },
  { type: 'performance.PerformanceAwardRejected', version: 1, description: 'A person rejected a proposed performance award, with a reason' },
]);
