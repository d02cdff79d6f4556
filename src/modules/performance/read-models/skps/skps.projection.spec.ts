import { projectEvents, recorded } from '@infrastructure/projections/testing/projection-spec';
import { AT, drafted, kabid } from '../../skp/testing/skp.fixtures';
import { PERFORMANCE_SKPS } from './skp.schema';
import { skpsProjection } from './skps.projection';

describe('SKP projection', () => {
  it('follows the SKP from draft through an override and a return to approval', async () => {
    const sekdis = { ...kabid, employeeId: 'emp-sekdis', source: 'OVERRIDE' };
    const events = [
      recorded(drafted.type, drafted.data, { revision: 0 }),
      recorded('performance.SkpAppraiserOverridden', { skpId: 'emp-ani.2026', pejabatPenilai: sekdis, reason: 'Kabid kosong', overriddenBy: 'bkd', overriddenAt: AT }, { revision: 1 }),
      recorded('performance.SkpSubmitted', { skpId: 'emp-ani.2026', submittedBy: 'emp-ani', submittedAt: AT }, { revision: 2 }),
      recorded('performance.SkpReturned', { skpId: 'emp-ani.2026', returnedBy: 'emp-sekdis', notes: 'Lengkapi target', returnedAt: AT }, { revision: 3 }),
    ];
    const store = await projectEvents(skpsProjection, events);
    const [skp] = await store.collection(PERFORMANCE_SKPS).find({});
    expect(skp).toMatchObject({
      _id: 'emp-ani.2026',
      revision: 3,
      status: 'RETURNED',
      returnNotes: 'Lengkapi target',
      pejabatPenilaiEmployeeId: 'emp-sekdis',
      atasanEmployeeId: 'emp-kadis',
      appraiserOverrideReason: 'Kabid kosong',
      submittedAt: AT,
      approvedAt: null,
    });
    expect((skp as unknown as { rhk: unknown[] }).rhk).toHaveLength(2);
  });
  it('keeps the latest project contribution per project, RHK and period', async () => {
    const contribution = (rating: string, revision: number) =>
      recorded('performance.ProjectContributionRecorded', { skpId: 'emp-ani.2026', projectId: 'p-1', projectName: 'Stunting', rhkId: 'r1', period: '2026-Q1', rating, feedback: 'ok', ratedBy: 'emp-lead', recordedAt: AT }, { revision });
    const store = await projectEvents(skpsProjection, [recorded(drafted.type, drafted.data, { revision: 0 }), contribution('SESUAI', 1), contribution('DI_ATAS', 2)]);
    const [skp] = await store.collection(PERFORMANCE_SKPS).find({});
    expect((skp as unknown as { projectContributions: unknown[] }).projectContributions).toEqual([{ projectId: 'p-1', projectName: 'Stunting', rhkId: 'r1', period: '2026-Q1', rating: 'DI_ATAS', feedback: 'ok', ratedBy: 'emp-lead', recordedAt: AT }]);
  });
});
