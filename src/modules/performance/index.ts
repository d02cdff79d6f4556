/**
 * The public surface of Performance for other modules: the Nest module, the rule codes, the predikat
 * matrix and the kurva validator. Performance publishes performance.PerformanceGapIdentified (the
 * shared contract, registered in modules/shared/contracts.ts) from its evaluation streams when a
 * sign-off closes an evaluation with predikat BUTUH_PERBAIKAN or below or an RHK rated DI_BAWAH, and
 * when a correction shows a new gap; and performance.AnnualPredikatFinalised (shared contract) when a
 * sign-off closes an annual evaluation and after each correction — personnel's KP Reguler reads it.
 * It consumes shared.UnitMetricPublished (a unit target's realisasi source).
 */
export { PerformanceModule } from './performance.module';
export { PerformanceRule } from './performance.rules';
export { predikatOf, predikatExplanation } from './predikat/predikat-matrix';
export { checkDistribution, KURVA_POLICY_2022 } from './predikat/kurva-distribusi';
export type { PredikatCounts, DistributionCheck, DistributionViolation, KurvaPolicy } from './predikat/kurva-distribusi';
export { Rating, OrganisationPredikat } from './predikat/rating';
export type { AnnualPredikatFinalised, PerformanceGapIdentified, PerformanceGapSource } from '../shared';
// Angka kredit conversion for jabatan fungsional (checklist 12), for the module that keeps the AK ledger.
export { angkaKredit, AK_PERCENT } from './consequences/angka-kredit';
// What the transparency portal may publish: closed annual predicate counts per OPD (unsuppressed: the
// publisher applies k) and approved perjanjian kinerja with the heads' SKP outputs (never a rating).
export { PerformancePublicData } from './public-data/performance-public-data';
export type { OpdPredikatCounts, PublicAgreement, AgreementTarget, HeadOutput } from './public-data/performance-public-data';

export { KOEFISIEN_AK_2023 } from './consequences/koefisien';
export { AWARD_POLICY_2026 } from './award/award.policy';
export { ProjectRule } from './project/project.rules';
export { AwardRule } from './award/award.rules';
export { EvaluationRule } from './evaluation/evaluation.rules';
