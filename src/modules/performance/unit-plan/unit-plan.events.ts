import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';

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

export type UnitPlanEvent = UnitTargetsSet | UnitTargetsApproved;

eventRegistry.register([
  { type: 'performance.UnitTargetsSet', version: 1, description: "The unit head set the unit's targets (IKU / perjanjian kinerja) for the year, the root of the SKP cascade" },
  { type: 'performance.UnitTargetsApproved', version: 1, description: "The next-higher leader approved the unit's targets" },
]);
