import { projectEvents, recorded } from '@infrastructure/projections/testing/projection-spec';
import { AT, instansiRegistered, MEDAN, unitCreated } from '../../domain/testing/instansi.fixtures';
import { UnitKind } from '../../domain/organisation.vocabulary';
import { INSTANSI } from './instansi.schema';
import { instansiProjection } from './instansi.projection';

describe('instansi projection', () => {
  it('records each instansi with the number of its active units', async () => {
    const events = [
      instansiRegistered(),
      instansiRegistered('kota-binjai', 'Pemerintah Kota Binjai'),
      unitCreated('DINKES', UnitKind.OPD),
      unitCreated('YANKES', UnitKind.BIDANG, 'DINKES'),
      unitCreated('DISDIK', UnitKind.OPD),
      { type: 'personnel.UnitDissolved', data: { unitId: 'kota-medan.yankes', instansiId: MEDAN, dissolvedAt: AT } },
    ];
    const store = await projectEvents(instansiProjection, events.map((e) => recorded(e.type, e.data)));
    const all = await store.collection(INSTANSI).find({}, { sort: { _id: 1 } });
    expect(all).toEqual([
      expect.objectContaining({ _id: 'kota-binjai', name: 'Pemerintah Kota Binjai', unitCount: 0 }),
      expect.objectContaining({ _id: MEDAN, name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota', registeredAt: AT, unitCount: 2 }),
    ]);
  });
});
