import { deciderSpec } from '@kernel/testing/decider-spec';
import { serviceKeyOf, standardDecider } from './service-standard';

const spec = deciderSpec(standardDecider);
const at = '2026-01-05T03:00:00.000Z';
const set = (followUpDays: number, serviceName = 'Perekaman KTP-el') => ({ type: 'SetServiceStandard' as const, unitId: 'kota-medan.disdukcapil', instansiId: 'kota-medan', serviceName, followUpDays, skNumber: 'SK-SP/2026/01', at });

describe('Standar Pelayanan SLAs', () => {
  it('sets a service follow-up SLA in working days; the same again is a no-op; a change is recorded', () => {
    const [event] = spec.given([]).when(set(2)).events();
    expect(event.data).toMatchObject({ serviceKey: 'perekaman ktp el', followUpDays: 2 });
    spec.given([event]).when(set(2, 'Perekaman KTP-el')).then([]);
    expect(spec.given([event]).when(set(14)).events()).toHaveLength(1);
  });

  it('refuses days outside 1–60 and a blank service', () => {
    spec.given([]).when(set(0, '  ')).thenViolates('FEEDBACK.SLA_DAYS_INVALID', 'FEEDBACK.TEXT_REQUIRED');
    spec.given([]).when(set(61)).thenViolates('FEEDBACK.SLA_DAYS_INVALID');
  });

  it('matches service names regardless of case and punctuation', () => {
    expect(serviceKeyOf('  Perekaman   KTP-EL! ')).toBe(serviceKeyOf('perekaman ktp el'));
  });
});
