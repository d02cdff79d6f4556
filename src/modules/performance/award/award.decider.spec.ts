import { deciderSpec } from '@kernel/testing/decider-spec';
import { awardDecider, ConfirmAward, ProposeAward } from './award.decider';
import { AwardEvent } from './award.events';
import { AWARD_POLICY_2026, YearFact } from './award.policy';

const AT = '2027-01-20T03:00:00.000Z';
const spec = deciderSpec(awardDecider);
const sb = (year: number): YearFact => ({ year, predikat: 'SANGAT_BAIK' });
const propose: ProposeAward = { type: 'ProposeAward', employeeId: 'emp-epi', instansiId: 'kota-binjai', year: 2026, facts: [sb(2025), sb(2026)], policy: AWARD_POLICY_2026, at: AT };
const proposed: AwardEvent = {
  type: 'performance.PerformanceAwardProposed',
  data: { nominationId: 'emp-epi.2026', employeeId: 'emp-epi', instansiId: 'kota-binjai', award: 'PENGHARGAAN_KINERJA', year: 2026, years: [2025, 2026], policyVersion: 'penghargaan-kinerja/v1', proposedAt: AT },
};
const employee = { instansiId: 'kota-binjai', unitId: 'kota-binjai.p2p', name: 'dr. Epi', hukdisActive: false };
const confirm: ConfirmAward = { type: 'ConfirmAward', nominationId: 'emp-epi.2026', decidedOn: '2027-01-25', reason: 'Sidang baperjakat', by: 'bkd', facts: propose.facts, policy: AWARD_POLICY_2026, employee, legalBasis: null };

describe('performance award decider (penghargaan kinerja: SANGAT_BAIK in consecutive closed years, policy data)', () => {
  it('proposes when both years are closed at SANGAT_BAIK; nothing otherwise (a proposal is a suggestion)', () => {
    spec.given([]).when(propose).then([proposed]);
    spec.given([]).when({ ...propose, facts: [sb(2026), { year: 2025, predikat: 'BAIK' }] }).then([]);
    spec.given([]).when({ ...propose, facts: [sb(2026)] }).then([]);
    spec.given([]).when({ ...propose, facts: [sb(2026), { year: 2025, predikat: null }] }).then([]);
  });

  it('proposes a year once, not while another is pending, and a year counts towards one award only', () => {
    spec.given([proposed]).when(propose).then([]);
    spec.given([proposed]).when({ ...propose, year: 2027, facts: [sb(2026), sb(2027)] }).then([]);
    const confirmed = spec.given([proposed]).when(confirm).events();
    spec.given([proposed, ...confirmed]).when({ ...propose, year: 2027, facts: [sb(2026), sb(2027)] }).then([]);
    expect(spec.given([proposed, ...confirmed]).when({ ...propose, year: 2028, facts: [sb(2027), sb(2028)] }).events()).toHaveLength(1);
  });

  it('a person confirms with a reason; the confirmation names the person and unit for the public log', () => {
    spec.given([proposed]).when(confirm).then([
      { type: 'performance.PerformanceAwardConfirmed', data: { nominationId: 'emp-epi.2026', employeeId: 'emp-epi', instansiId: 'kota-binjai', unitId: 'kota-binjai.p2p', employeeName: 'dr. Epi', award: 'PENGHARGAAN_KINERJA', year: 2026, decidedOn: '2027-01-25', reason: 'Sidang baperjakat', legalBasis: null, decidedBy: 'bkd' } },
    ]);
  });

  it('refuses a decision on no pending nomination, without a reason, after a correction undid the run, or under an active hukdis', () => {
    spec.given([]).when(confirm).thenViolates('PERFORMANCE.AWARD_NOMINATION_NOT_PENDING');
    spec.given([proposed]).when({ ...confirm, reason: ' ' }).thenViolates('PERFORMANCE.REASON_REQUIRED');
    spec.given([proposed]).when({ ...confirm, facts: [sb(2025), { year: 2026, predikat: 'BAIK' }] }).thenViolates('PERFORMANCE.AWARD_NO_LONGER_ELIGIBLE');
    spec.given([proposed]).when({ ...confirm, employee: { ...employee, hukdisActive: true } }).thenViolates('PERFORMANCE.AWARD_BLOCKED_BY_HUKDIS');
  });

  it('a person rejects with a reason; the year is not proposed again', () => {
    const [rejected] = spec.given([proposed]).when({ type: 'RejectAward', nominationId: 'emp-epi.2026', decidedOn: '2027-01-25', reason: 'Kuota OPD', by: 'bkd' }).events();
    expect(rejected).toEqual({ type: 'performance.PerformanceAwardRejected', data: { nominationId: 'emp-epi.2026', employeeId: 'emp-epi', decidedOn: '2027-01-25', reason: 'Kuota OPD', decidedBy: 'bkd' } });
    spec.given([proposed, rejected]).when(propose).then([]);
  });
});
