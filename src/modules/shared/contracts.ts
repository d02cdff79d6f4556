import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import { IsoDate } from '@kernel/calendar-date';
import { LegalBasis } from './legal-basis';
import { Predikat } from './predikat';

/**
 * Published contracts between modules that must not import each other: the types are registered
 * here, once; the emitting module appends them to its own streams; consumers react to them by type
 * with `defineReaction`. Changing a shape here is a versioned change (an upcaster in the emitting module).
 */

/** Where a performance gap was found (PermenPANRB 6/2022 evaluation). */
export const PerformanceGapSource = {
  /** Annual or periodic predikat BUTUH_PERBAIKAN or below. */
  PREDIKAT: 'PREDIKAT',
  /** One RHK (rencana hasil kerja, planned work result) rated DI_BAWAH (below expectation). */
  RHK_DI_BAWAH: 'RHK_DI_BAWAH',
} as const;
export type PerformanceGapSource = (typeof PerformanceGapSource)[keyof typeof PerformanceGapSource];

/**
 * Emitted by performance when a closed evaluation shows a gap; consumed by training's needs analysis
 * (PP 11/2017 ps. 205–206), which plans development for it.
 */
export type PerformanceGapIdentified = DomainEvent<
  'performance.PerformanceGapIdentified',
  {
    /** Stable id of the gap (derived from the evaluation and the RHK), so a replay names the same gap. */
    gapId: string;
    employeeId: string;
    instansiId: string;
    /** Unit kerja of the employee on the evaluation's date. */
    unitId: string;
    /** SKP year. */
    year: number;
    /** Evaluation period, e.g. `2025` (annual), `2025-Q3`, `2025-07`. */
    period: string;
    source: PerformanceGapSource;
    /** Set when source is PREDIKAT. */
    predikat?: Predikat;
    /** Set when source is RHK_DI_BAWAH. */
    rhkId?: string;
    /** What fell short, in plain words (the RHK's rencana kinerja, or the predikat's explanation). */
    description: string;
    /** The evaluation it comes from. */
    evaluationId: string;
  }
>;

/**
 * Emitted by performance when an annual evaluation is closed by its unit's sign-off (penetapan
 * predikat), and again when a closed annual evaluation is corrected: the employee's predikat of the
 * SKP year as it now stands. Consumed by personnel (KP Reguler takes the two years before the TMT year
 * from it) and by whoever needs a final annual predikat. Only finalised predicates are published.
 */
export type AnnualPredikatFinalised = DomainEvent<
  'performance.AnnualPredikatFinalised',
  {
    employeeId: string;
    instansiId: string;
    /** SKP year. */
    year: number;
    predikat: Predikat;
    /** The annual evaluation it comes from (`<employeeId>.<year>.<year>`). */
    evaluationId: string;
    /** CLOSE (the sign-off) or CORRECTION (an approved correction after the close). */
    source: 'CLOSE' | 'CORRECTION';
    finalisedAt: string;
  }
>;

/**
 * Unit metrics one module publishes and another uses as a realisasi source (a unit IKI may name
 * one): public feedback publishes IKM and SLA figures, training the JP compliance.
 */
export const UnitMetric = {
  /** Indeks Kepuasan Masyarakat, 25 × mean NRR, 2 dp (PermenPANRB 14/2017). */
  IKM: 'IKM',
  /** Share of complaints closed within their SLA, percent, 2 dp. */
  COMPLAINTS_WITHIN_SLA_PCT: 'COMPLAINTS_WITHIN_SLA_PCT',
  /** Median working days from disposition to the first follow-up. */
  MEDIAN_RESPONSE_WORKING_DAYS: 'MEDIAN_RESPONSE_WORKING_DAYS',
  /** Share of the unit's PNS at ≥ 20 JP in the calendar year, percent, 2 dp. */
  JP_COMPLIANCE_PCT: 'JP_COMPLIANCE_PCT',
} as const;
export type UnitMetric = (typeof UnitMetric)[keyof typeof UnitMetric];

/** Emitted by the module that owns the figure each time a period's value is published or revised. */
export type UnitMetricPublished = DomainEvent<
  'shared.UnitMetricPublished',
  {
    metric: UnitMetric;
    instansiId: string;
    unitId: string;
    /** `2025`, `2025-S1`, `2025-Q3` or `2025-07`. */
    period: string;
    /** Exact decimal as text (no float rounding across modules), e.g. `"82.37"`. */
    value: string;
    /** How many observations stand behind the value (respondents, complaints, employees). */
    basis: number;
    /** Module and record it was computed from, e.g. `public-feedback:skm-<id>`. */
    source: string;
    publishedAt: string;
  }
>;

/** A unit kerja and position, as published. */
export interface PublishedPlacement {
  readonly unitId: string;
  readonly positionId: string;
}

/**
 * Emitted by personnel when an employee moves to another unit and/or position (mutasi), effective on
 * its TMT. Consumed by performance: a TMT inside an SKP segment's period closes it for the post left
 * and opens one for the new post.
 */
export type EmployeeTransferred = DomainEvent<'personnel.EmployeeTransferred', { employeeId: string; from: PublishedPlacement; to: PublishedPlacement; effectiveDate: IsoDate; legalBasis: LegalBasis }>;

/**
 * Emitted by personnel when a career action (a transfer, promotion, hukuman disiplin or retirement)
 * is annulled (pembatalan). The published part: which event was annulled (its type and id), why and
 * on what basis; personnel's own type adds what the record holds again. Consumed by performance (an
 * annulled transfer withdraws the SKP segment it opened while that is still empty).
 */
export type CareerActionAnnulledPublished = PublishedPart<
  'personnel.CareerActionAnnulled',
  {
    employeeId: string;
    annulled: { readonly eventId: string; readonly type: string; readonly revision: number; readonly position: number; readonly ordinal: number };
    reason: string;
    legalBasis: LegalBasis;
  }
>;

/**
 * The fields other modules may rely on of an event whose full data its module declares (the event
 * catalogue documents that declaration); the emitting module's type must stay assignable to it.
 */
// (An intersection, not a bare `DomainEvent<…>` alias: the catalogue reads those as declarations.)
export type PublishedPart<T extends string, D extends object> = DomainEvent<T, D> & unknown;

eventRegistry.register([
  { type: 'personnel.EmployeeTransferred', version: 1, description: 'The employee moved to another unit and/or position (mutasi), effective on its TMT.' },
  {
    type: 'personnel.CareerActionAnnulled',
    version: 1,
    description: 'Pembatalan: a transfer, promotion, hukuman disiplin or retirement was annulled; names the annulled event and what the record holds again. The annulled event stays in the log.',
  },
  { type: 'performance.PerformanceGapIdentified', version: 1, description: 'A closed evaluation showed a performance gap (predikat or an RHK below expectation) that development should address' },
  { type: 'performance.AnnualPredikatFinalised', version: 1, description: "An employee's annual predikat was finalised by the unit's sign-off, or changed by a correction after it" },
  { type: 'shared.UnitMetricPublished', version: 1, description: "A unit's published metric for a period (IKM, SLA compliance, response time, JP compliance)" },
]);
