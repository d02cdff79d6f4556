import { assertNever, Decider } from '@kernel/decider';
import { UnitMetricPublished } from '../../shared';
import { JpReminderIssued } from './compliance.events';

export type ComplianceEvent = UnitMetricPublished | JpReminderIssued;

export interface StaffJp {
  readonly employeeId: string;
  readonly totalJp: number;
}

/** Share of PNS at ≥ 20 JP, percent with 2 decimals, as exact text; "0.00" for a unit without PNS. */
export function compliancePct(staff: readonly StaffJp[], minJp = 20): string {
  if (staff.length === 0) return '0.00';
  const met = staff.filter((s) => s.totalJp >= minJp).length;
  // Integer arithmetic in hundredths: round half up.
  const hundredths = Math.floor((met * 10000 * 2 + staff.length) / (2 * staff.length));
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

export interface PublishCompliance {
  readonly type: 'PublishCompliance';
  readonly unitId: string;
  readonly instansiId: string;
  readonly year: number;
  readonly staff: readonly StaffJp[];
  readonly at: string;
}
export interface IssueReminder {
  readonly type: 'IssueReminder';
  readonly unitId: string;
  readonly instansiId: string;
  readonly year: number;
  readonly staff: readonly StaffJp[];
  readonly at: string;
}
export type ComplianceCommand = PublishCompliance | IssueReminder;

export interface ComplianceState {
  readonly lastValue: string | null;
  readonly lastBasis: number | null;
  readonly reminders: number;
}

export const complianceDecider: Decider<ComplianceCommand, ComplianceEvent, ComplianceState> = {
  initialState: () => ({ lastValue: null, lastBasis: null, reminders: 0 }),
  evolve(s, e) {
    switch (e.type) {
      case 'shared.UnitMetricPublished':
        return { ...s, lastValue: e.data.value, lastBasis: e.data.basis };
      case 'training.JpReminderIssued':
        return { ...s, reminders: s.reminders + 1 };
      default:
        return assertNever(e);
    }
  },
  decide(c, s) {
    switch (c.type) {
      case 'PublishCompliance': {
        const value = compliancePct(c.staff);
        // A revision is published only when the figure or its basis changed.
        if (s.lastValue === value && s.lastBasis === c.staff.length) return [];
        return [
          {
            type: 'shared.UnitMetricPublished',
            data: { metric: 'JP_COMPLIANCE_PCT', instansiId: c.instansiId, unitId: c.unitId, period: String(c.year), value, basis: c.staff.length, source: `training:compliance-${c.unitId}-${c.year}`, publishedAt: c.at },
          },
        ];
      }
      case 'IssueReminder': {
        const below = c.staff.filter((x) => x.totalJp < 20).map((x) => ({ employeeId: x.employeeId, totalJp: x.totalJp, shortfall: Math.round((20 - x.totalJp) * 100) / 100 }));
        return [{ type: 'training.JpReminderIssued', data: { unitId: c.unitId, instansiId: c.instansiId, year: c.year, below, issuedAt: c.at } }];
      }
      default:
        return assertNever(c);
    }
  },
};
