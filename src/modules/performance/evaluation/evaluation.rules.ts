/**
 * Rule codes of evaluation added since the English catalogue exists (PerformanceRule's older
 * evaluation codes keep their place). Kept apart so the catalogue covers them one by one.
 */
export const EvaluationRule = {
  /** A period is rated from its last day on (Asia/Jakarta), never before it has ended [M]. */
  PERIOD_NOT_ENDED: 'PERFORMANCE.PERIOD_NOT_ENDED',
} as const;
export type EvaluationRule = (typeof EvaluationRule)[keyof typeof EvaluationRule];
