import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import { UnitMetric } from '../../shared';

export const unitPlanStreamPrefix = 'performance-unit-plan-';
/** One plan per unit kerja and year: `<unitId>.<year>`. */
export const unitPlanIdOf = (unitId: string, year: number): string => `${unitId}.${year}`;
export const unitPlanStream = (unitId: string, year: number): string => `${unitPlanStreamPrefix}${unitPlanIdOf(unitId, year)}`;

/** One target of the unit: a sasaran with its IKU (indikator kinerja utama) and target value. */
export interface UnitTarget {
  readonly targetId: string;
  readonly sasaran: string;
  readonly indikator: string;
  readonly target: string;
  /** The published unit metric (shared.UnitMetricPublished) the realisasi comes from, when the indikator is one (IKM, % complaints within SLA…); null otherwise. */
  readonly metric: UnitMetric | null;
}

/** The unit head set (or revised) the unit's targets for the year: the root of the SKP cascade. */
export type UnitTargetsSet = DomainEvent<
  'performance.UnitTargetsSet',
  {
    unitId: string;
    instansiId: string;
    year: number;
    targets: UnitTarget[];
    /** Number of the perjanjian kinerja document, when signed. */
    perjanjianKinerja: string | null;
    setBy: string;
    setAt: string;
  }
>;

/** The next-higher leader approved the unit's targets. */
export type UnitTargetsApproved = DomainEvent<'performance.UnitTargetsApproved', { unitId: string; instansiId: string; year: number; approvedBy: string; approvedAt: string }>;

/** A target's realisasi for a period, taken from the unit metric it names when that metric was published. */
export type UnitTargetRealisasiRecorded = DomainEvent<
  'performance.UnitTargetRealisasiRecorded',
  {
    unitId: string;
    instansiId: string;
    year: number;
    targetId: string;
    metric: UnitMetric;
    /** The metric's period (`2026`, `2026-S1`, `2026-Q3`, `2026-07`). */
    period: string;
    /** Exact decimal as published. */
    value: string;
    basis: number;
    /** Module and record the figure was computed from. */
    source: string;
    recordedAt: string;
  }
>;

export type UnitPlanEvent = UnitTargetsSet | UnitTargetsApproved | UnitTargetRealisasiRecorded;

eventRegistry.register([
  { type: 'performance.UnitTargetsSet', version: 2, description: "The unit head set the unit's targets (IKU / perjanjian kinerja) for the year, the root of the SKP cascade" },
  { type: 'performance.UnitTargetsApproved', version: 1, description: "The next-higher leader approved the unit's targets" },
  { type: 'performance.UnitTargetRealisasiRecorded', version: 1, description: "A unit target's realisasi was taken from the published unit metric it names (IKM, SLA compliance…)" },
]);

/** v1 targets named no realisasi source (added with the unit-metric contract): none. */
eventRegistry.registerUpcaster('performance.UnitTargetsSet', 1, (data: Record<string, any>) => ({ ...data, targets: (data.targets as Record<string, unknown>[]).map((t) => ({ metric: null, ...t })) }));
