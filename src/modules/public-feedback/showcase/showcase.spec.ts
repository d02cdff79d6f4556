import { deciderSpec } from '@kernel/testing/decider-spec';
import { MAX_PUBLISHED_ENTRIES, showcaseDecider, WorkKind } from './showcase';

const spec = deciderSpec(showcaseDecider);
const at = '2026-06-01T03:00:00.000Z';
const publish = (entryId: string, title = 'Satyalancana Karya Satya X') => ({ type: 'PublishWork' as const, employeeId: 'emp-ani', entryId, instansiId: 'kota-medan', unitId: 'kota-medan.diskominfo', kind: WorkKind.AWARD, title, description: 'Dianugerahkan atas 10 tahun pengabdian tanpa hukuman disiplin.', year: 2025, at });
const consented = (entryId: string) => spec.given([]).when(publish(entryId)).events()[0];

describe('An ASN publishes their own work with consent, withdrawable at any time', () => {
  it('records the consent with the instansi and unit of the day', () => {
    expect(consented('emp-ani.1')).toEqual({ type: 'public-feedback.WorkPublicationConsented', data: { employeeId: 'emp-ani', entryId: 'emp-ani.1', instansiId: 'kota-medan', unitId: 'kota-medan.diskominfo', kind: 'AWARD', title: 'Satyalancana Karya Satya X', description: 'Dianugerahkan atas 10 tahun pengabdian tanpa hukuman disiplin.', year: 2025, consentedAt: at } });
  });

  it('a withdrawal removes the entry; withdrawing it again is refused', () => {
    const withdraw = { type: 'WithdrawWork' as const, employeeId: 'emp-ani', entryId: 'emp-ani.1', at };
    const [withdrawn] = spec.given([consented('emp-ani.1')]).when(withdraw).events();
    expect(withdrawn).toEqual({ type: 'public-feedback.WorkPublicationWithdrawn', data: { employeeId: 'emp-ani', entryId: 'emp-ani.1', instansiId: 'kota-medan', withdrawnAt: at } });
    spec.given([consented('emp-ani.1'), withdrawn]).when(withdraw).thenViolates('FEEDBACK.WORK_ENTRY_NOT_FOUND');
    spec.given([]).when(withdraw).thenViolates('FEEDBACK.WORK_ENTRY_NOT_FOUND');
  });

  it('refuses blank text and more than the limit of published entries', () => {
    spec.given([]).when(publish('emp-ani.1', '   ')).thenViolates('FEEDBACK.TEXT_REQUIRED');
    const many = Array.from({ length: MAX_PUBLISHED_ENTRIES }, (_, i) => consented(`emp-ani.${i}`));
    spec.given(many).when(publish('emp-ani.x')).thenViolates('FEEDBACK.WORK_ENTRIES_LIMIT');
  });
});
