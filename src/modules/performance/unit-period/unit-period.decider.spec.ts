import { deciderSpec } from '@kernel/testing/decider-spec';
import { Predikat } from '../../shared';
import { KURVA_POLICY_2022 } from '../predikat/kurva-distribusi';
import { SignOffPredikat, unitPeriodDecider } from './unit-period.decider';
import { UnitPeriodEvent } from './unit-period.events';

const AT = '2027-01-08T03:00:00.000Z';
const set: UnitPeriodEvent = { type: 'performance.OrganisationPredikatSet', data: { unitId: 'kota-medan.diskominfo', instansiId: 'kota-medan', period: '2026', organisationPredikat: 'BAIK', unitResult: 'SESUAI', setBy: 'bkd-medan', setAt: AT } };
const evaluations = (predikats: Predikat[]) => predikats.map((predikat, i) => ({ evaluationId: `e${i}.2026.2026`, employeeId: `e${i}`, predikat }));
const fits = evaluations(['SANGAT_BAIK', 'BAIK', 'BAIK', 'BAIK', 'BUTUH_PERBAIKAN']);
const signOff: SignOffPredikat = { type: 'SignOffPredikat', signOffId: 'so-1', unitId: 'kota-medan.diskominfo', instansiId: 'kota-medan', period: '2026', evaluations: fits, missing: [], justification: null, policy: KURVA_POLICY_2022, today: '2027-01-08', by: 'emp-kadis', at: AT };
const spec = deciderSpec(unitPeriodDecider);

describe('unit period decider: organisation predikat and the sign-off (penetapan predikat)', () => {
  it('signs off predicates within the kurva of the organisation predikat', () => {
    const [event] = spec.given([set]).when(signOff).events();
    expect(event).toMatchObject({ type: 'performance.PredikatSignedOff', data: { organisationPredikat: 'BAIK', counts: { sangatBaik: 1, baik: 3, butuhPerbaikan: 1, kurang: 0, sangatKurang: 0 }, total: 5, allowed: true, violations: [], justification: null, kurvaPolicyVersion: 'permenpanrb-6-2022/v1' } });
  });

  it('refuses a sign-off before the organisation predikat, and with evaluations missing', () => {
    spec.given([]).when(signOff).thenViolates('PERFORMANCE.ORGANISATION_PREDIKAT_REQUIRED');
    spec.given([set]).when({ ...signOff, missing: ['emp-x.2026'] }).thenViolates('PERFORMANCE.EVALUATIONS_MISSING');
  });

  it('refuses a proposal outside the kurva, naming each violation, unless justified; the justification is kept with the violations', () => {
    const allBaik = { ...signOff, evaluations: evaluations(['BAIK', 'BAIK', 'BAIK', 'BAIK', 'BAIK']) };
    const refusal = spec.given([set]).when(allBaik).thenViolates('PERFORMANCE.KURVA_BAIK_BAIK_MAX', 'PERFORMANCE.KURVA_BAIK_BUTUH_PERBAIKAN_OR_KURANG_REQUIRED', 'PERFORMANCE.KURVA_JUSTIFICATION_REQUIRED');
    expect(refusal.details).toEqual({ kurva: [expect.objectContaining({ rule: 'PERFORMANCE.KURVA_BAIK_BAIK_MAX', actual: '5 dari 5 pegawai (100%) Baik', required: 'paling banyak 70% (3 dari 5 pegawai)' }), expect.objectContaining({ rule: 'PERFORMANCE.KURVA_BAIK_BUTUH_PERBAIKAN_OR_KURANG_REQUIRED' })] });
    const [event] = spec.given([set]).when({ ...allBaik, justification: 'Unit baru dibentuk; seluruh pegawai mutasi masuk Oktober (BA rapat 12/2026)' }).events();
    expect(event.data).toMatchObject({ allowed: false, justification: expect.stringContaining('Unit baru'), violations: [expect.objectContaining({ rule: 'PERFORMANCE.KURVA_BAIK_BAIK_MAX' }), expect.objectContaining({ rule: 'PERFORMANCE.KURVA_BAIK_BUTUH_PERBAIKAN_OR_KURANG_REQUIRED' })] });
  });

  it('closes the period: no second sign-off, no new organisation predikat', () => {
    const signed = spec.given([set]).when(signOff).events();
    spec.given([set, ...signed]).when(signOff).thenViolates('PERFORMANCE.ALREADY_SIGNED_OFF');
    spec.given([set, ...signed]).when({ type: 'SetOrganisationPredikat', unitId: 'kota-medan.diskominfo', instansiId: 'kota-medan', period: '2026', organisationPredikat: 'ISTIMEWA', unitResult: 'DI_ATAS', today: '2027-01-08', by: 'x', at: AT }).thenViolates('PERFORMANCE.ALREADY_SIGNED_OFF');
  });

  it('judges a period only from its last day on: neither the organisation predikat nor the sign-off before it has ended', () => {
    const organisation = { type: 'SetOrganisationPredikat' as const, unitId: 'kota-medan.diskominfo', instansiId: 'kota-medan', period: '2026-Q4', organisationPredikat: 'BAIK' as const, unitResult: 'SESUAI' as const, today: '2026-12-30', by: 'x', at: AT };
    spec.given([]).when(organisation).thenViolates('PERFORMANCE.PERIOD_NOT_ENDED');
    expect(spec.given([]).when({ ...organisation, today: '2026-12-31' }).events()).toHaveLength(1);
    spec.given([set]).when({ ...signOff, today: '2026-12-30' }).thenViolates('PERFORMANCE.PERIOD_NOT_ENDED');
    expect(spec.given([set]).when({ ...signOff, today: '2026-12-31' }).events()).toHaveLength(1);
  });
});

