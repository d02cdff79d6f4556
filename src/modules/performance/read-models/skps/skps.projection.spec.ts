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

  it('shows each segment of a transfer year with its period, months and transfers; a withdrawn one as WITHDRAWN', async () => {
    const transfer = { eventId: 'ev-t', effectiveDate: '2026-07-01', legalBasis: { skNumber: 'SK/MUTASI/7', skDate: '2026-06-20' } };
    const { draftedAt: _d, ...header } = drafted.data;
    const events = [
      recorded(drafted.type, drafted.data, { revision: 0 }),
      recorded('performance.SkpSegmentClosed', { skpId: 'emp-ani.2026', periodEnd: '2026-06-30', months: 6, nextSkpId: 'emp-ani.2026.2', transfer, closedAt: AT }, { revision: 1 }),
      recorded('performance.SkpSegmentOpened', { ...header, skpId: 'emp-ani.2026.2', unitId: 'kota-medan.dukcapil', skpDate: '2026-07-01', periodStart: '2026-07-01', periodEnd: '2026-12-31', months: 6, segment: 2, previousSkpId: 'emp-ani.2026', transfer, rhk: [], openedAt: AT }, { revision: 0, streamId: 'performance-skp-emp-ani.2026.2' }),
    ];
    const store = await projectEvents(skpsProjection, events);
    const [first, second] = await store.collection(PERFORMANCE_SKPS).find({}, { sort: { periodStart: 1 } });
    expect(first).toMatchObject({ _id: 'emp-ani.2026', segment: 1, periodStart: '2026-01-01', periodEnd: '2026-06-30', months: 6, nextSkpId: 'emp-ani.2026.2', closedBy: { effectiveDate: '2026-07-01', skNumber: 'SK/MUTASI/7', skDate: '2026-06-20' }, openedBy: null });
    expect(second).toMatchObject({ _id: 'emp-ani.2026.2', status: 'DRAFT', segment: 2, unitId: 'kota-medan.dukcapil', periodStart: '2026-07-01', months: 6, previousSkpId: 'emp-ani.2026', openedBy: { effectiveDate: '2026-07-01' }, closedBy: null, realisasi: [] });

    const withdrawn = await projectEvents(skpsProjection, [
      ...events,
      recorded('performance.SkpSegmentWithdrawn', { skpId: 'emp-ani.2026.2', annulmentEventId: 'ev-a', reason: 'Batal', withdrawnAt: AT }, { revision: 1, streamId: 'performance-skp-emp-ani.2026.2' }),
      recorded('performance.SkpSegmentReopened', { skpId: 'emp-ani.2026', periodEnd: '2026-12-31', months: 12, withdrawnSkpId: 'emp-ani.2026.2', annulmentEventId: 'ev-a', reopenedAt: AT }, { revision: 2 }),
    ]);
    expect(await withdrawn.collection(PERFORMANCE_SKPS).findById('emp-ani.2026.2')).toMatchObject({ status: 'WITHDRAWN' });
    expect(await withdrawn.collection(PERFORMANCE_SKPS).findById('emp-ani.2026')).toMatchObject({ periodEnd: '2026-12-31', months: 12, nextSkpId: null, closedBy: null });
  });
});
