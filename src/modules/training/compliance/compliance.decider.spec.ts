import { deciderSpec } from '@kernel/testing/decider-spec';
import { complianceDecider, compliancePct } from './compliance.decider';

const spec = deciderSpec(complianceDecider);
const at = '2026-12-01T02:00:00.000Z';
const staff = [
  { employeeId: 'a', totalJp: 32 },
  { employeeId: 'b', totalJp: 20 },
  { employeeId: 'c', totalJp: 19.5 },
];

describe('unit JP compliance', () => {
  it('computes the share at ≥ 20 JP as exact text with 2 decimals', () => {
    expect(compliancePct(staff)).toBe('66.67');
    expect(compliancePct([])).toBe('0.00');
    expect(compliancePct([{ employeeId: 'a', totalJp: 20 }])).toBe('100.00');
    expect(compliancePct([...staff, { employeeId: 'd', totalJp: 0 }, { employeeId: 'e', totalJp: 0 }, { employeeId: 'f', totalJp: 0 }, { employeeId: 'g', totalJp: 0 }, { employeeId: 'h', totalJp: 40 }])).toBe('37.50');
  });

  it('publishes shared.UnitMetricPublished JP_COMPLIANCE_PCT, and nothing when the figure is unchanged', () => {
    const [event] = spec.given([]).when({ type: 'PublishCompliance', unitId: 'kota-binjai.bkpsdm', instansiId: 'kota-binjai', year: 2026, staff, at }).events();
    expect(event).toEqual({
      type: 'shared.UnitMetricPublished',
      data: { metric: 'JP_COMPLIANCE_PCT', instansiId: 'kota-binjai', unitId: 'kota-binjai.bkpsdm', period: '2026', value: '66.67', basis: 3, source: 'training:compliance-kota-binjai.bkpsdm-2026', publishedAt: at },
    });
    spec.given([event]).when({ type: 'PublishCompliance', unitId: 'kota-binjai.bkpsdm', instansiId: 'kota-binjai', year: 2026, staff, at }).then([]);
  });

  it('a Q4 reminder lists the PNS below 20 JP with the shortfall', () => {
    const [event] = spec.given([]).when({ type: 'IssueReminder', unitId: 'kota-binjai.bkpsdm', instansiId: 'kota-binjai', year: 2026, staff, at }).events();
    expect(event.data).toMatchObject({ below: [{ employeeId: 'c', totalJp: 19.5, shortfall: 0.5 }] });
  });
});
