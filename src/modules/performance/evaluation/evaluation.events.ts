import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import { AnnualPredikatFinalised, PerformanceGapIdentified, Predikat } from '../../shared';
import { Rating } from '../predikat/rating';
import { RhkKategori } from '../skp/skp.vocabulary';

export const evaluationStreamPrefix = 'performance-evaluation-';
export const evaluationStream = (evaluationId: string): string => `${evaluationStreamPrefix}${evaluationId}`;
/** One evaluation per SKP and period: `<skpId>.<period>`, e.g. `emp-ani.2026.2026-Q1`, `emp-ani.2026.2026`. */
export const evaluationIdOf = (skpId: string, period: string): string => `${skpId}.${period}`;

export interface RatedRhk {
  readonly rhkId: string;
  readonly kategori: RhkKategori;
  readonly rencanaKinerja: string;
  readonly rating: Rating;
  readonly note: string | null;
}

/** Where the rating hasil kerja came from. */
export type HasilKerjaSource = 'AGGREGATE' | 'OVERRIDE' | 'UNIT_RESULT';

/** The appraisal of one period as decided: per-RHK ratings, the two ratings and the predikat by the matrix. */
export interface Assessment {
  readonly ratings: RatedRhk[];
  /** What the aggregation rule gives from the per-RHK ratings. */
  readonly aggregateRating: Rating;
  readonly hasilKerjaSource: HasilKerjaSource;
  /** The appraiser's reason when the rating hasil kerja overrides the aggregate. */
  readonly hasilKerjaOverrideReason: string | null;
  readonly ratingHasilKerja: Rating;
  readonly ratingPerilaku: Rating;
  readonly perilakuNote: string | null;
  readonly predikat: Predikat;
  /** The matrix cell in words. */
  readonly explanation: string;
  readonly aggregationPolicyVersion: string;
}

export type PeriodEvaluated = DomainEvent<
  'performance.PeriodEvaluated',
  Assessment & {
    evaluationId: string;
    skpId: string;
    employeeId: string;
    instansiId: string;
    unitId: string;
    year: number;
    /** `2026` (tahunan) or a periodic period (`2026-Q1`…). */
    period: string;
    /** The appraiser chain recorded for this evaluation (who may read it). */
    pejabatPenilaiEmployeeId: string | null;
    atasanEmployeeId: string | null;
    evaluatedBy: string;
    evaluatedAt: string;
  }
>;

/** The unit's sign-off (penetapan predikat) closed the evaluation: from now on only corrections. */
export type EvaluationClosed = DomainEvent<'performance.EvaluationClosed', { evaluationId: string; signOffId: string; predikat: Predikat; closedAt: string }>;

/** A closed evaluation corrected, with a reason and the atasan pejabat penilai's approval. */
export type EvaluationCorrected = DomainEvent<
  'performance.EvaluationCorrected',
  Assessment & { evaluationId: string; previousPredikat: Predikat; reason: string; approvedBy: string; correctedAt: string }
>;

export type EvaluationEvent = PeriodEvaluated | EvaluationClosed | EvaluationCorrected | PerformanceGapIdentified | AnnualPredikatFinalised;

eventRegistry.register([
  { type: 'performance.PeriodEvaluated', version: 1, description: 'The pejabat penilai rated an SKP for a period: per-RHK ratings, rating hasil kerja (aggregate or override), rating perilaku, predikat' },
  { type: 'performance.EvaluationClosed', version: 1, description: "The unit's sign-off closed an evaluation; it is immutable from then on" },
  { type: 'performance.EvaluationCorrected', version: 1, description: "A closed evaluation was corrected, with a reason and the atasan pejabat penilai's approval" },
]);
