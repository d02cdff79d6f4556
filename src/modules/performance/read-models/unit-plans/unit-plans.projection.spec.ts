import { projectEvents, recorded } from '@infrastructure/projections/testing/projection-spec';
import { PERFORMANCE_UNIT_PLANS } from './unit-plan.schema';
import { unitPlansProjection } from './unit-plans.projection';

const AT = '2026-01-10T03:00:00.000Z';
const targets = [{ targetId: 'iku-1', sasaran: 's', indikator: 'IKM', target: '85', metric: 'IKM' }];

describe('unit plans projection', () => {
  it('keeps the latest targets and the approval', async () => {
    const store = await projectEvents(unitPlansProjection, [
      recorded('performance.UnitTargetsSet', { unitId: 'kota-medan.diskominfo', instansiId: 'kota-medan', year: 2026, targets, perjanjianKinerja: null, setBy: 'emp-sari', setAt: AT }, { revision: 0 }),
      recorded('performance.UnitTargetsApproved', { unitId: 'kota-medan.diskominfo', instansiId: 'kota-medan', year: 2026, approvedBy: 'bkd', approvedAt: AT }, { revision: 1 }),
      ...['84.10', '86.12'].map((value, i) =>
        recorded('performance.UnitTargetRealisasiRecorded', { unitId: 'kota-medan.diskominfo', instansiId: 'kota-medan', year: 2026, targetId: 'iku-1', metric: 'IKM', period: '2026-S1', value, basis: 400 + i, source: 'public-feedback:skm-1', recordedAt: AT }, { revision: 2 + i }),
      ),
    ]);
    expect(await store.collection(PERFORMANCE_UNIT_PLANS).find({})).toEqual([
      expect.objectContaining({ _id: 'kota-medan.diskominfo.2026', status: 'APPROVED', targets, approvedBy: 'bkd', revision: 3, targetRealisasi: [{ targetId: 'iku-1', metric: 'IKM', period: '2026-S1', value: '86.12', basis: 401, source: 'public-feedback:skm-1', recordedAt: AT }] }),
    ]);
  });
});
