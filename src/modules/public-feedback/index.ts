/**
 * The public surface of Public feedback: the Nest module, the rule codes and the IKM engine (pure).
 * It publishes shared.UnitMetricPublished (IKM, SLA compliance, response time) through the shared
 * contracts, never by import.
 */
export { PublicFeedbackModule } from './public-feedback.module';
export { FeedbackRule } from './feedback.rules';
export { computeIkm, computeIkmOfTotals, gradeOf, SKM_UNSUR, SKM_UNSUR_LABELS } from './skm/ikm';
export { minimumSample, sampleAdequacy } from './skm/sample-size';
