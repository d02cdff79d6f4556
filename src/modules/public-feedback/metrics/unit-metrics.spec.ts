import { deciderSpec } from '@kernel/testing/decider-spec';
import { metricsDecider } from './metrics.decider';
import { medianResponseWorkingDays, withinSlaPct } from './unit-metrics';

const r = (status: string, breaches: number, disposedAt: string | null = null, firstFollowUpAt: string | null = null) => ({ status, slaBreaches: Array(breaches).fill({}), disposedAt, firstFollowUpAt });

describe('unit complaint metrics', () => {
  it('% closed within SLA counts closed reports without a breach, 2 dp half up', () => {
    expect(withinSlaPct([r('CLOSED', 0), r('CLOSED', 1), r('CLOSED', 0), r('DISPOSED', 0)])).toEqual({ value: '66.67', basis: 3 });
    expect(withinSlaPct([r('DISPOSED', 0)])).toEqual({ value: null, basis: 0 });
    expect(withinSlaPct([r('CLOSED', 0), r('CLOSED', 0), r('CLOSED', 0), r('CLOSED', 0), r('CLOSED', 0), r('CLOSED', 0), r('CLOSED', 2), r('CLOSED', 0)])).toEqual({ value: '87.50', basis: 8 });
  });

  it('median response in working days from disposition to the first follow-up, across a holiday', () => {
    // Mon 11 May 2026 → Fri 15 May: 12, 13, (14 L), (15 CB) = 2 working days.
    const a = r('FOLLOWED_UP', 0, '2026-05-11T03:00:00.000Z', '2026-05-15T03:00:00.000Z');
    const b = r('CLOSED', 0, '2026-05-11T03:00:00.000Z', '2026-05-12T03:00:00.000Z'); // 1
    const c = r('CLOSED', 0, '2026-05-11T03:00:00.000Z', '2026-05-19T03:00:00.000Z'); // 12, 13, 18, 19 = 4
    expect(medianResponseWorkingDays([a, b, c])).toEqual({ value: '2.00', basis: 3 });
    expect(medianResponseWorkingDays([a, b])).toEqual({ value: '1.50', basis: 2 });
    expect(medianResponseWorkingDays([r('DISPOSED', 0, '2026-05-11T03:00:00.000Z')])).toEqual({ value: null, basis: 0 });
  });

  it('publishes changed figures as shared.UnitMetricPublished, nothing when unchanged or empty', () => {
    const spec = deciderSpec(metricsDecider);
    const command = {
      type: 'PublishFeedbackMetrics' as const,
      unitId: 'kota-medan.dinkes',
      instansiId: 'kota-medan',
      period: '2026',
      figures: [{ metric: 'COMPLAINTS_WITHIN_SLA_PCT' as const, value: '66.67', basis: 3 }, { metric: 'MEDIAN_RESPONSE_WORKING_DAYS' as const, value: null, basis: 0 }],
      at: '2026-12-01T00:00:00.000Z',
    };
    const events = spec.given([]).when(command).events();
    expect(events).toEqual([{ type: 'shared.UnitMetricPublished', data: { metric: 'COMPLAINTS_WITHIN_SLA_PCT', instansiId: 'kota-medan', unitId: 'kota-medan.dinkes', period: '2026', value: '66.67', basis: 3, source: 'public-feedback:complaints-kota-medan.dinkes-2026', publishedAt: '2026-12-01T00:00:00.000Z' } }]);
    spec.given(events).when(command).then([]);
  });
});
