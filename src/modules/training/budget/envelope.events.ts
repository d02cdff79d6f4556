import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import { LegalBasis } from '../../shared';

/** One stream per OPD and budget year: every reservation and commitment against it is decided on it. */
export const envelopeStream = (unitId: string, year: number): string => `training-envelope-${unitId}-${year}`;
export const envelopeStreamPrefix = 'training-envelope-';

/** What a plan item addresses (PP 11/2017 ps. 205–206): a competency gap or a performance gap. */
export const GapKind = { COMPETENCY: 'COMPETENCY', PERFORMANCE: 'PERFORMANCE' } as const;
export type GapKind = (typeof GapKind)[keyof typeof GapKind];

export interface GapReference {
  readonly kind: GapKind;
  /** The competency name (COMPETENCY) or the performance module's gapId (PERFORMANCE). */
  readonly reference: string;
  readonly description: string;
}

/** The OPD's yearly training envelope was set (or revised) from its budget document. */
export type BudgetEnvelopeSet = DomainEvent<
  'training.BudgetEnvelopeSet',
  {
    unitId: string;
    instansiId: string;
    year: number;
    /** The envelope from the budget document (DPA), whole rupiah, before reallocations. */
    amount: number;
    /** Optional per-employee annual cap in rupiah; null for none. */
    perEmployeeCap: number | null;
    /** The budget document (DPA number and date). */
    legalBasis: LegalBasis;
    setAt: string;
  }
>;

/** A plan item for one employee and year, naming the gap it addresses; it reserves the program's cost. */
export type TrainingPlanned = DomainEvent<
  'training.TrainingPlanned',
  {
    planItemId: string;
    unitId: string;
    instansiId: string;
    year: number;
    employeeId: string;
    programId: string;
    gap: GapReference;
    /** Rupiah reserved from the envelope. */
    reservedAmount: number;
    plannedAt: string;
  }
>;

/** Money committed to an activity for one participant (from a plan item's reservation, or with a reason). */
export type BudgetCommitted = DomainEvent<
  'training.BudgetCommitted',
  {
    commitmentId: string;
    unitId: string;
    year: number;
    employeeId: string;
    /** The plan item whose reservation it converts; null for a commitment without a plan item. */
    planItemId: string | null;
    amount: number;
    /** Why there is no plan item (required when planItemId is null). */
    reason: string | null;
    committedAt: string;
  }
>;

/** A commitment was paid (realised) after completion. */
export type BudgetRealised = DomainEvent<
  'training.BudgetRealised',
  {
    commitmentId: string;
    unitId: string;
    year: number;
    amount: number;
    realisedAt: string;
  }
>;

/** Part of this envelope moved to another OPD's envelope of the same year. */
export type BudgetReallocatedOut = DomainEvent<
  'training.BudgetReallocatedOut',
  { reallocationId: string; unitId: string; year: number; toUnitId: string; amount: number; legalBasis: LegalBasis; at: string }
>;

/** This envelope received a reallocation from another OPD's envelope of the same year. */
export type BudgetReallocatedIn = DomainEvent<
  'training.BudgetReallocatedIn',
  { reallocationId: string; unitId: string; year: number; fromUnitId: string; amount: number; legalBasis: LegalBasis; at: string }
>;

export type EnvelopeEvent = BudgetEnvelopeSet | TrainingPlanned | BudgetCommitted | BudgetRealised | BudgetReallocatedOut | BudgetReallocatedIn;

eventRegistry.register([
  { type: 'training.BudgetEnvelopeSet', version: 1, description: "An OPD's yearly training envelope was set or revised from its budget document" },
  { type: 'training.TrainingPlanned', version: 1, description: 'A plan item for an employee and year, naming its gap, reserved budget' },
  { type: 'training.BudgetCommitted', version: 1, description: 'Training money was committed for one participant' },
  { type: 'training.BudgetRealised', version: 1, description: 'A training commitment was realised (paid)' },
  { type: 'training.BudgetReallocatedOut', version: 1, description: 'Training budget moved out of this envelope to another OPD' },
  { type: 'training.BudgetReallocatedIn', version: 1, description: 'Training budget moved into this envelope from another OPD' },
]);
