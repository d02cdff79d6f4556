import { deciderSpec } from '@kernel/testing/decider-spec';
import { deskDecider } from './coordinator-desk';

const spec = deciderSpec(deskDecider);
const at = '2026-03-13T03:00:00.000Z';
const set = (employeeId: string, employeeInstansiId: string | null) => ({ type: 'SetFeedbackCoordinator' as const, instansiId: 'kota-medan', employeeId, employeeInstansiId, at });
const ani = { type: 'public-feedback.FeedbackCoordinatorSet' as const, data: { instansiId: 'kota-medan', employeeId: 'e-ani', setAt: at } };

describe('The Admin Koordinator of an instansi (receives SLA escalations)', () => {
  it('names an active ASN of the instansi; the same again is a no-op; another replaces them', () => {
    spec.given([]).when(set('e-ani', 'kota-medan')).then([ani]);
    spec.given([ani]).when(set('e-ani', 'kota-medan')).then([]);
    expect(spec.given([ani]).when(set('e-budi', 'kota-medan')).events()[0].data.employeeId).toBe('e-budi');
  });

  it('refuses an employee of another instansi or no active employee', () => {
    spec.given([]).when(set('e-ani', 'kota-binjai')).thenViolates('FEEDBACK.COORDINATOR_NOT_IN_INSTANSI');
    spec.given([]).when(set('e-tidak-ada', null)).thenViolates('FEEDBACK.COORDINATOR_NOT_IN_INSTANSI');
  });
});
