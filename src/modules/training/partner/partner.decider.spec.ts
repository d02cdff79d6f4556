import { deciderSpec } from '@kernel/testing/decider-spec';
import { agreementCoverageProblems, agreementStatus, partnerDecider, SignAgreement } from './partner.decider';
import { PartnerEvent } from './partner.events';

const spec = deciderSpec(partnerDecider);
const at = '2026-02-02T02:00:00.000Z';
const registered: PartnerEvent = {
  type: 'training.PartnerRegistered',
  data: { partnerId: 'kota-medan.usu', instansiId: 'kota-medan', name: 'Universitas Sumatera Utara', kind: 'UNIVERSITAS', city: 'Medan', registeredAt: at },
};
const mou: SignAgreement = { type: 'SignAgreement', agreementId: 'kota-medan.usu.mou-2024', kind: 'MOU', number: '100.3/1021/2024', signedOn: '2024-02-12', validFrom: '2024-02-12', validUntil: '2029-02-11', scope: 'Pengembangan SDM aparatur, penelitian, magang mahasiswa', underAgreementId: null, at };
const mouSigned: PartnerEvent = {
  type: 'training.AgreementSigned',
  data: { partnerId: 'kota-medan.usu', instansiId: 'kota-medan', agreementId: mou.agreementId, kind: 'MOU', number: mou.number, signedOn: mou.signedOn, validFrom: mou.validFrom, validUntil: mou.validUntil, scope: mou.scope, underAgreementId: null, signedAt: at },
};
const pks: SignAgreement = { ...mou, agreementId: 'kota-medan.usu.pks-magang-2026', kind: 'PKS', number: '000.9/PKS/014/2026', signedOn: '2026-01-15', validFrom: '2026-02-01', validUntil: '2026-12-31', scope: 'Magang mahasiswa Fasilkom-TI', underAgreementId: mou.agreementId };

describe('partner decider', () => {
  it('registers a partner once, with a name', () => {
    spec.given([]).when({ type: 'RegisterPartner', partnerId: 'kota-medan.usu', instansiId: 'kota-medan', name: 'Universitas Sumatera Utara', kind: 'UNIVERSITAS', city: 'Medan', at }).then([registered]);
    spec.given([registered]).when({ type: 'RegisterPartner', partnerId: 'kota-medan.usu', instansiId: 'kota-medan', name: ' ', kind: 'UNIVERSITAS', city: null, at }).thenViolates('TRAINING.PARTNER_EXISTS', 'PERSONNEL.FIELD_REQUIRED');
  });

  it('signs an MoU with number, period and scope; an agreement needs a registered partner and a sound period', () => {
    spec.given([registered]).when(mou).then([mouSigned]);
    spec.given([]).when(mou).thenViolates('TRAINING.PARTNER_UNKNOWN');
    spec.given([registered]).when({ ...mou, validFrom: '2029-03-01' }).thenViolates('TRAINING.AGREEMENT_PERIOD_INVALID');
    spec.given([registered, mouSigned]).when({ ...mou, agreementId: 'kota-medan.usu.other' }).thenViolates('TRAINING.AGREEMENT_EXISTS');
  });

  it('a PKS sits under an MoU of the same partner and within its period', () => {
    const [event] = spec.given([registered, mouSigned]).when(pks).events();
    expect(event.data).toMatchObject({ kind: 'PKS', underAgreementId: mou.agreementId });
    spec.given([registered]).when(pks).thenViolates('TRAINING.AGREEMENT_UNKNOWN');
    spec.given([registered, mouSigned]).when({ ...pks, validUntil: '2029-06-30' }).thenViolates('TRAINING.AGREEMENT_OUTSIDE_MOU');
  });

  it('agreement expiry: status by day, and coverage of a new activity', () => {
    const terms = { agreementId: pks.agreementId, partnerId: 'kota-medan.usu', kind: 'PKS' as const, validFrom: pks.validFrom, validUntil: pks.validUntil };
    expect(agreementStatus(terms, '2026-01-31')).toBe('BELUM_BERLAKU');
    expect(agreementStatus(terms, '2026-12-31')).toBe('BERLAKU');
    expect(agreementStatus(terms, '2027-01-01')).toBe('KEDALUWARSA');
    const rules = (today: string, days: string[]) => agreementCoverageProblems(terms, today, days).filter(Boolean).map((p) => (p as { rule: string }).rule);
    expect(rules('2026-06-01', ['2026-07-01', '2026-12-31'])).toEqual([]);
    expect(rules('2027-01-02', ['2027-01-10'])).toEqual(['TRAINING.AGREEMENT_EXPIRED']);
    expect(rules('2026-06-01', ['2026-12-30', '2027-01-04'])).toEqual(['TRAINING.AGREEMENT_EXPIRED']);
    expect(rules('2026-01-10', ['2026-01-20'])).toEqual(['TRAINING.AGREEMENT_NOT_YET_VALID']);
  });
});
