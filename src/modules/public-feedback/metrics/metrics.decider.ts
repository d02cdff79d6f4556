import { assertNever, Decider } from '@kernel/decider';
import { UnitMetric, UnitMetricPublished } from '../../shared';

/** One stream per OPD and period: the published complaint figures (shared.UnitMetricPublished). */
export const metricsStreamPrefix = 'public-feedback-metrics-';
export const metricsStream = (unitId: string, period: string): string => `${metricsStreamPrefix}${unitId}-${period}`;

export interface PublishFeedbackMetrics {
  readonly type: 'PublishFeedbackMetrics';
  readonly unitId: string;
  readonly instansiId: string;
  readonly period: string;
  readonly figures: readonly { metric: UnitMetric; value: string | null; basis: number }[];
  readonly at: string;
}

export interface MetricsState {
  readonly last: Readonly<Record<string, string>>;
}

/** Publishes each figure that has a value and changed since its last publication (value or basis). */
export const metricsDecider: Decider<PublishFeedbackMetrics, UnitMetricPublished, MetricsState> = {
  initialState: () => ({ last: {} }),
  evolve(s, e) {
    switch (e.type) {
      case 'shared.UnitMetricPublished':
        return { last: { ...s.last, [e.data.metric]: `${e.data.value}|${e.data.basis}` } };
      default:
        return assertNever(e.type);
    }
  },
  decide(c, s) {
    return c.figures
      .filter((f) => f.value !== null && s.last[f.metric] !== `${f.value}|${f.basis}`)
      .map((f) => ({
        type: 'shared.UnitMetricPublished' as const,
        data: { metric: f.metric, instansiId: c.instansiId, unitId: c.unitId, period: c.period, value: f.value!, basis: f.basis, source: `public-feedback:complaints-${c.unitId}-${c.period}`, publishedAt: c.at },
      }));
  },
};
