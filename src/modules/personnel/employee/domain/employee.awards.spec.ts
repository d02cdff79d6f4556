import { deciderSpec } from '@kernel/testing/decider-spec';
import { employeeDecider } from './employee.decider';
import { EMPLOYEE_ID, SK, awardProposed, budiRegistered, confirmAward, hukdisRecorded, proposeAward, rejectAward, retired, sariRegistered } from './testing/employee.fixtures';

const spec = deciderSpec(employeeDecider);

const confirmed = {
  type: 'personnel.AwardNominationConfirmed' as const,
  data: { employeeId: EMPLOYEE_ID, nominationId: 'nom-1', awardClass: 'X' as const, decidedOn: '2025-06-02', reason: 'Memenuhi syarat', legalBasis: null },
};

describe('ProposeAward (Satyalancana Karya Satya)', () => {
  it('proposes class X after 10 years from TMT CPNS', () => {
    spec.given([budiRegistered]).when(proposeAward).then([awardProposed]);
  });

  it('refuses at 9 years 11 months', () => {
    spec.given([budiRegistered]).when({ ...proposeAward, asOf: '2025-04-30' }).thenViolates('PERSONNEL.AWARD_SERVICE_YEARS_NOT_MET');
  });

  it('is disqualified by a SEDANG punishment in the record', () => {
    spec.given([budiRegistered, hukdisRecorded()]).when(proposeAward).thenViolates('PERSONNEL.AWARD_DISQUALIFIED_BY_HUKDIS');
  });

  it('is not disqualified by a RINGAN punishment', () => {
    const teguran = hukdisRecorded({ hukdisType: 'TEGURAN_TERTULIS', level: 'RINGAN', activeUntil: '2025-01-15' });
    spec.given([budiRegistered, teguran]).when(proposeAward).then([awardProposed]);
  });

  it('refuses while a nomination awaits a decision', () => {
    spec.given([budiRegistered, awardProposed]).when({ ...proposeAward, nominationId: 'nom-2' }).thenViolates('PERSONNEL.AWARD_NOMINATION_PENDING');
  });

  it('does not propose a class already awarded', () => {
    spec.given([budiRegistered, awardProposed, confirmed]).when({ ...proposeAward, nominationId: 'nom-2', asOf: '2026-01-01' }).thenViolates('PERSONNEL.AWARD_SERVICE_YEARS_NOT_MET');
  });

  it('proposes the next class once it is earned', () => {
    const [event] = spec.given([budiRegistered, awardProposed, confirmed]).when({ ...proposeAward, nominationId: 'nom-2', asOf: '2035-05-01' }).events();
    expect(event.data).toMatchObject({ awardClass: 'XX', serviceYears: 20 });
  });

  it('may propose again after a rejection', () => {
    const rejected = spec.given([budiRegistered, awardProposed]).when(rejectAward).events();
    expect(spec.given([budiRegistered, awardProposed, ...rejected]).when({ ...proposeAward, nominationId: 'nom-2' }).events()).toHaveLength(1);
  });

  it('applies to PNS only', () => {
    spec.given([sariRegistered]).when({ ...proposeAward, employeeId: 'emp-sari', asOf: '2040-01-01' }).thenViolates('PERSONNEL.AWARD_PNS_ONLY');
  });

  it('needs a nomination id and a real date', () => {
    spec.given([budiRegistered]).when({ ...proposeAward, nominationId: '', asOf: 'today' }).thenViolates('PERSONNEL.FIELD_REQUIRED', 'PERSONNEL.DATE_INVALID');
  });
});

describe('ConfirmAward / RejectAward (a person decides)', () => {
  it('confirms the pending nomination', () => {
    spec.given([budiRegistered, awardProposed]).when(confirmAward).then([confirmed]);
  });

  it('records the legal basis when one is given', () => {
    const [event] = spec.given([budiRegistered, awardProposed]).when({ ...confirmAward, legalBasis: SK }).events();
    expect(event.data).toMatchObject({ legalBasis: SK });
  });

  it('rejects the pending nomination', () => {
    spec
      .given([budiRegistered, awardProposed])
      .when(rejectAward)
      .then([{ type: 'personnel.AwardNominationRejected', data: { employeeId: EMPLOYEE_ID, nominationId: 'nom-1', awardClass: 'X', decidedOn: '2025-06-02', reason: 'Pernah CLTN' } }]);
  });

  it('decides only a pending nomination', () => {
    spec.given([budiRegistered]).when(confirmAward).thenViolates('PERSONNEL.AWARD_NOMINATION_NOT_PENDING');
    spec.given([budiRegistered, awardProposed]).when({ ...confirmAward, nominationId: 'nom-9' }).thenViolates('PERSONNEL.AWARD_NOMINATION_NOT_PENDING');
    spec.given([budiRegistered, awardProposed, confirmed]).when(confirmAward).thenViolates('PERSONNEL.AWARD_NOMINATION_NOT_PENDING');
    spec.given([budiRegistered, awardProposed, confirmed]).when(rejectAward).thenViolates('PERSONNEL.AWARD_NOMINATION_NOT_PENDING');
  });

  it('needs a reason', () => {
    spec.given([budiRegistered, awardProposed]).when({ ...confirmAward, reason: '' }).thenViolates('PERSONNEL.REASON_REQUIRED');
    spec.given([budiRegistered, awardProposed]).when({ ...rejectAward, reason: ' ' }).thenViolates('PERSONNEL.REASON_REQUIRED');
  });

  it('refuses to confirm after a SEDANG punishment recorded since the proposal', () => {
    spec.given([budiRegistered, awardProposed, hukdisRecorded({ decidedAt: '2025-05-10', effectiveFrom: '2025-05-15' })]).when(confirmAward).thenViolates('PERSONNEL.AWARD_DISQUALIFIED_BY_HUKDIS');
  });

  it('still decides a nomination after retirement', () => {
    spec.given([budiRegistered, awardProposed, retired('PENSIUN_BUP')]).when(confirmAward).then([confirmed]);
  });

  it('never confirms after a dishonourable discharge (PTDH), but may reject', () => {
    spec.given([budiRegistered, awardProposed, retired('PTDH')]).when(confirmAward).thenViolates('PERSONNEL.AWARD_BARRED_BY_PTDH');
    expect(spec.given([budiRegistered, awardProposed, retired('PTDH')]).when(rejectAward).events()).toHaveLength(1);
  });
});
