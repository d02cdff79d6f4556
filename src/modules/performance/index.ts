/**
 * The public surface of Performance for other modules: the Nest module, the rule codes, the predikat
 * matrix and the kurva validator. Performance publishes performance.PerformanceGapIdentified (the
 * shared contract, registered in modules/shared/contracts.ts) from its evaluation streams.
 */
export { PerformanceModule } from './performance.module';
export { PerformanceRule } from './performance.rules';
export { predikatOf, predikatExplanation } from './predikat/predikat-matrix';
export { checkDistribution, KURVA_POLICY_2022 } from './predikat/kurva-distribusi';
export type { PredikatCounts, DistributionCheck, DistributionViolation, KurvaPolicy } from './predikat/kurva-distribusi';
export { Rating, OrganisationPredikat } from './predikat/rating';
