import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import { Predikat } from '../../shared';
import { OrganisationPredikat, Rating } from '../predikat/rating';

export const unitPeriodStreamPrefix = 'performance-unit-period-';
/** One stream per unit kerja and period: `<unitId>.<period>`, e.g. `kota-medan.diskominfo.2026`. */
export const unitPeriodIdOf = (unitId: string, period: string): string => `${unitId}.${period}`;
export const unitPeriodStream = (unitId: string, period: string): string => `${unitPeriodStreamPrefix}${unitPeriodIdOf(unitId, period)}`;

/** The next-higher leader set the unit's result and predikat kinerja organisasi for the period. */
export type OrganisationPredikatSet = DomainEvent<
  'performance.OrganisationPredikatSet',
  {
    unitId: string;
    instansiId: string;
    period: string;
    organisationPredikat: OrganisationPredikat;
    /** The unit's rating hasil kerja: it is the unit head's (checklist 7). */
    unitResult: Rating;
    setBy: string;
    setAt: string;
  }
>;

export interface SignedEvaluation {
  readonly evaluationId: string;
  readonly employeeId: string;
  readonly predikat: Predikat;
}

/** Penetapan predikat kinerja ("Format Penetapan Predikat Kinerja"): the unit's predicates checked against the kurva. */
export type PredikatSignedOff = DomainEvent<
  'performance.PredikatSignedOff',
  {
    signOffId: string;
    unitId: string;
    instansiId: string;
    period: string;
    organisationPredikat: OrganisationPredikat;
    counts: { sangatBaik: number; baik: number; butuhPerbaikan: number; kurang: number; sangatKurang: number };
    total: number;
    /** Whether the predicates fit the kurva; false only with a justification. */
    allowed: boolean;
    violations: { rule: string; actual: string; required: string }[];
    /** The documented justification for signing off outside the kurva (audited with this event). */
    justification: string | null;
    kurvaPolicyVersion: string;
    evaluations: SignedEvaluation[];
    signedBy: string;
    signedAt: string;
  }
>;

export type UnitPeriodEvent = OrganisationPredikatSet | PredikatSignedOff;

eventRegistry.register([
  { type: 'performance.OrganisationPredikatSet', version: 1, description: "The next-higher leader set a unit's result and predikat kinerja organisasi for a period" },
  { type: 'performance.PredikatSignedOff', version: 1, description: "A unit's predicates for a period were signed off against the kurva distribusi (with a justification when outside it); the period is closed" },
]);
