import { projectEvents, recorded } from '@infrastructure/projections/testing/projection-spec';
import { PERFORMANCE_AWARD_LOG, PERFORMANCE_AWARD_NOMINATIONS } from './award.schema';
import { awardsProjection } from './awards.projection';

describe('awards projection: nominations, and a public log with nothing but the award', () => {
  it('logs a confirmed award publicly without years, reasons or ratings; a rejected one not at all', async () => {
    const proposed = (employeeId: string) => recorded('performance.PerformanceAwardProposed', { nominationId: `${employeeId}.2026`, employeeId, instansiId: 'kota-binjai', award: 'PENGHARGAAN_KINERJA', year: 2026, years: [2025, 2026], policyVersion: 'penghargaan-kinerja/v1', proposedAt: 'x' });
    const store = await projectEvents(awardsProjection, [
      proposed('emp-a'),
      proposed('emp-b'),
      recorded('performance.PerformanceAwardConfirmed', { nominationId: 'emp-a.2026', employeeId: 'emp-a', instansiId: 'kota-binjai', unitId: 'kota-binjai.p2p', employeeName: 'dr. A', award: 'PENGHARGAAN_KINERJA', year: 2026, decidedOn: '2027-01-25', reason: 'Rahasia sidang', legalBasis: null, decidedBy: 'bkd' }),
      recorded('performance.PerformanceAwardRejected', { nominationId: 'emp-b.2026', employeeId: 'emp-b', decidedOn: '2027-01-25', reason: 'Kuota', decidedBy: 'bkd' }),
    ]);
    const log = await store.collection(PERFORMANCE_AWARD_LOG).find({});
    expect(log).toEqual([expect.objectContaining({ _id: 'emp-a.2026', instansiId: 'kota-binjai', unitId: 'kota-binjai.p2p', employeeName: 'dr. A', award: 'PENGHARGAAN_KINERJA', awardName: 'Penghargaan Kinerja', year: 2026, decidedOn: '2027-01-25' })]);
    expect(JSON.stringify(log)).not.toMatch(/Rahasia|2025|SANGAT/);
    expect((await store.collection(PERFORMANCE_AWARD_NOMINATIONS).find({}, { sort: { _id: 1 } })).map((n: any) => n.status)).toEqual(['CONFIRMED', 'REJECTED']);
  });
});
