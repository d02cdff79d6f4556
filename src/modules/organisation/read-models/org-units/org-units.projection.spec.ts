import { projectEvents, recorded } from '@infrastructure/projections/testing/projection-spec';
import { DomainEvent } from '@kernel/events';
import { AT, instansiRegistered, MEDAN, positionCreated, unitCreated } from '../../domain/testing/instansi.fixtures';
import { JenisJabatan, UnitKind } from '../../domain/organisation.vocabulary';
import { ORG_UNITS, OrgUnitSchema } from './org-unit.schema';
import { orgUnitsProjection } from './org-units.projection';

const asRecorded = (events: DomainEvent[]) => events.map((e) => recorded(e.type, e.data));
const tree: DomainEvent[] = [
  instansiRegistered(),
  unitCreated('DINKES', UnitKind.OPD, null, 'Dinas Kesehatan'),
  unitCreated('YANKES', UnitKind.BIDANG, 'DINKES', 'Bidang Pelayanan Kesehatan'),
  unitCreated('RUJUKAN', UnitKind.SEKSI, 'YANKES', 'Seksi Rujukan'),
  unitCreated('P2P', UnitKind.BIDANG, 'DINKES', 'Bidang P2P'),
];

async function project(...more: DomainEvent[]) {
  const store = await projectEvents(orgUnitsProjection, asRecorded([...tree, ...more]));
  return (id: string) => store.collection(ORG_UNITS).findById(`kota-medan.${id}`);
}

describe('org_units projection', () => {
  it('declares the ancestors index and (instansiId | parentUnitId | both), _id indexes for id-ordered pages', () => {
    const indexed = OrgUnitSchema.indexes().map(([fields]) => Object.keys(fields).join('+'));
    expect(indexed).toEqual(expect.arrayContaining(['instansiId+_id', 'parentUnitId+_id', 'ancestors', 'instansiId+parentUnitId+_id']));
  });

  it('builds each unit with its ancestors, breadcrumb and count of active sub-units', async () => {
    const unit = await project();
    expect(await unit('rujukan')).toMatchObject({
      instansiId: MEDAN,
      parentUnitId: 'kota-medan.yankes',
      ancestors: ['kota-medan.dinkes', 'kota-medan.yankes'],
      path: ['Dinas Kesehatan', 'Bidang Pelayanan Kesehatan', 'Seksi Rujukan'],
      code: 'RUJUKAN',
      kind: UnitKind.SEKSI,
      status: 'ACTIVE',
      positions: [],
      childCount: 0,
      createdAt: AT,
      dissolvedAt: null,
    });
    expect(await unit('dinkes')).toMatchObject({ parentUnitId: null, ancestors: [], path: ['Dinas Kesehatan'], childCount: 2 });
  });

  it('shows a new name in the unit and in every descendant breadcrumb', async () => {
    const unit = await project({ type: 'personnel.UnitRenamed', data: { unitId: 'kota-medan.yankes', instansiId: MEDAN, name: 'Bidang Yankes', previousName: 'x', renamedAt: AT } });
    expect(await unit('yankes')).toMatchObject({ name: 'Bidang Yankes', path: ['Dinas Kesehatan', 'Bidang Yankes'] });
    expect((await unit('rujukan'))!.path).toEqual(['Dinas Kesehatan', 'Bidang Yankes', 'Seksi Rujukan']);
    expect((await unit('p2p'))!.path).toEqual(['Dinas Kesehatan', 'Bidang P2P']);
  });

  it('moves a whole subtree and moves the child counts with it', async () => {
    const extra = [
      unitCreated('PUSK', UnitKind.UPT, 'DINKES', 'Puskesmas'),
      unitCreated('PUSK-TU', UnitKind.SUBBAGIAN, 'PUSK', 'Subbag TU'),
      { type: 'personnel.UnitMoved', data: { unitId: 'kota-medan.pusk', instansiId: MEDAN, parentUnitId: 'kota-medan.yankes', previousParentUnitId: 'kota-medan.dinkes', movedAt: AT } },
    ];
    const unit = await project(...extra);
    expect(await unit('pusk')).toMatchObject({ parentUnitId: 'kota-medan.yankes', ancestors: ['kota-medan.dinkes', 'kota-medan.yankes'], path: ['Dinas Kesehatan', 'Bidang Pelayanan Kesehatan', 'Puskesmas'] });
    expect(await unit('pusk-tu')).toMatchObject({
      ancestors: ['kota-medan.dinkes', 'kota-medan.yankes', 'kota-medan.pusk'],
      path: ['Dinas Kesehatan', 'Bidang Pelayanan Kesehatan', 'Puskesmas', 'Subbag TU'],
    });
    expect((await unit('dinkes'))!.childCount).toBe(2);
    expect((await unit('yankes'))!.childCount).toBe(2);
  });

  it('marks a dissolved unit and stops counting it as a child', async () => {
    const unit = await project({ type: 'personnel.UnitDissolved', data: { unitId: 'kota-medan.p2p', instansiId: MEDAN, dissolvedAt: AT } });
    expect(await unit('p2p')).toMatchObject({ status: 'DISSOLVED', dissolvedAt: AT });
    expect((await unit('dinkes'))!.childCount).toBe(1);
  });

  it('lists the positions of a unit, abolished ones marked', async () => {
    const unit = await project(
      positionCreated('DINKES', 'KADIS', JenisJabatan.JPT_PRATAMA, true),
      positionCreated('DINKES', 'ANALIS', JenisJabatan.PELAKSANA),
      { type: 'personnel.PositionAbolished', data: { positionId: 'kota-medan.dinkes.analis', unitId: 'kota-medan.dinkes', instansiId: MEDAN, abolishedAt: AT } },
    );
    expect((await unit('dinkes'))!.positions).toEqual([
      { positionId: 'kota-medan.dinkes.kadis', code: 'KADIS', name: 'Jabatan KADIS', jenisJabatan: 'JPT_PRATAMA', isUnitHead: true, kelasJabatan: null, capacity: 1, status: 'ACTIVE' },
      { positionId: 'kota-medan.dinkes.analis', code: 'ANALIS', name: 'Jabatan ANALIS', jenisJabatan: 'PELAKSANA', isUnitHead: false, kelasJabatan: null, capacity: null, status: 'ABOLISHED' },
    ]);
  });

  it('shows the recorded formation, and 1 for a structural post created before capacities were recorded', async () => {
    const legacyHead = positionCreated('DINKES', 'KADIS', JenisJabatan.JPT_PRATAMA, true);
    const { capacity: _capacity, ...legacyData } = legacyHead.data;
    const unit = await project(
      { ...legacyHead, data: legacyData },
      positionCreated('DINKES', 'PERAWAT', JenisJabatan.JF_AHLI_PERTAMA, false, MEDAN, 8),
      positionCreated('DINKES', 'ANALIS', JenisJabatan.PELAKSANA),
      {
        type: 'personnel.PositionCapacitySet',
        data: { positionId: 'kota-medan.dinkes.analis', unitId: 'kota-medan.dinkes', instansiId: MEDAN, capacity: 4, previousCapacity: null, legalBasis: { skNumber: 'SK-1', skDate: '2026-01-02' }, setAt: AT },
      },
    );
    expect((await unit('dinkes'))!.positions.map((p: { code: string; capacity: number | null }) => [p.code, p.capacity])).toEqual([['KADIS', 1], ['PERAWAT', 8], ['ANALIS', 4]]);
  });
});
