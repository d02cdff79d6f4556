import { JenisJabatan, OrgUnit, PositionStatus, UnitKind, UnitStatus } from '@modules/organisation';
import { placementProblems } from './placement-check';

const position = (positionId: string, status = PositionStatus.ACTIVE) => ({ positionId, code: 'X', name: 'X', jenisJabatan: JenisJabatan.PELAKSANA, isUnitHead: false, kelasJabatan: null, capacity: null, status });
const unit = (id: string, status = UnitStatus.ACTIVE, positions = [position(`${id}.analis`)]): OrgUnit => ({
  _id: id,
  instansiId: id.split('.')[0],
  revision: 0,
  parentUnitId: null,
  ancestors: [],
  path: [id],
  code: 'X',
  name: id,
  kind: UnitKind.OPD,
  status,
  positions,
  childCount: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  dissolvedAt: null,
});
const rules = (...args: Parameters<typeof placementProblems>) => placementProblems(...args).map((p) => p.rule);

describe('placement in the organisation tree', () => {
  const dinkes = unit('kota-medan.dinkes');

  it('accepts an active position of the active unit', () => {
    expect(rules('kota-medan.dinkes', 'kota-medan.dinkes.analis', dinkes, { unit: dinkes, position: dinkes.positions[0] })).toEqual([]);
  });

  it('names a missing unit and a missing position together', () => {
    expect(rules('kota-medan.nope', 'kota-medan.nope.analis', null, null)).toEqual(['PERSONNEL.UNIT_NOT_FOUND', 'PERSONNEL.POSITION_NOT_FOUND']);
  });

  it('treats a dissolved unit and an abolished position as not found', () => {
    const dissolved = unit('kota-medan.lama', UnitStatus.DISSOLVED, [position('kota-medan.lama.analis', PositionStatus.ABOLISHED)]);
    expect(rules('kota-medan.lama', 'kota-medan.lama.analis', dissolved, { unit: dissolved, position: dissolved.positions[0] })).toEqual([
      'PERSONNEL.UNIT_NOT_FOUND',
      'PERSONNEL.POSITION_NOT_FOUND',
    ]);
  });

  it('refuses a position of another unit', () => {
    const yankes = unit('kota-medan.yankes');
    expect(rules('kota-medan.dinkes', 'kota-medan.yankes.analis', dinkes, { unit: yankes, position: yankes.positions[0] })).toEqual(['PERSONNEL.POSITION_NOT_IN_UNIT']);
  });
});
