/**
 * The public surface of Training for other modules: the Nest module and the rule codes. Training
 * consumes performance.PerformanceGapIdentified and publishes shared.UnitMetricPublished through the
 * shared contracts, never by import.
 */
export { TrainingModule } from './training.module';
export { TrainingRule } from './training.rules';
