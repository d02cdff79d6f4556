import { projectEvents, recorded } from '@infrastructure/projections/testing/projection-spec';
import { ReadModels } from '@infrastructure/projections/read-models';
import { DomainEvent } from '@kernel/events';
import { AT, instansiRegistered, MEDAN, positionCreated, unitCreated } from '../domain/testing/instansi.fixtures';
import { JenisJabatan, UnitKind } from '../domain/organisation.vocabulary';
import { instansiProjection } from '../read-models/instansi/instansi.projection';
import { INSTANSI } from '../read-models/instansi/instansi.schema';
import { orgUnitsProjection } from '../read-models/org-units/org-units.projection';
import { OrganisationDirectory } from './organisation-directory';

const events: DomainEvent[] = [
  instansiRegistered(),
  unitCreated('DINKES', UnitKind.OPD, null, 'Dinas Kesehatan'),
  unitCreated('YANKES', UnitKind.BIDANG, 'DINKES', 'Bidang Pelayanan Kesehatan'),
  unitCreated('RUJUKAN', UnitKind.SEKSI, 'YANKES', 'Seksi Rujukan'),
  unitCreated('DISDIK', UnitKind.OPD, null, 'Dinas Pendidikan'),
  positionCreated('DINKES', 'KADIS', JenisJabatan.JPT_PRATAMA, true),
  positionCreated('YANKES', 'KABID', JenisJabatan.ADMINISTRATOR, true),
  positionCreated('RUJUKAN', 'KASI', JenisJabatan.PENGAWAS, true),
  positionCreated('RUJUKAN', 'ANALIS', JenisJabatan.PELAKSANA),
  { type: 'personnel.PositionAbolished', data: { positionId: 'kota-medan.rujukan.analis', unitId: 'kota-medan.rujukan', instansiId: MEDAN, abolishedAt: AT } },
];

let directory: OrganisationDirectory;
beforeAll(async () => {
  const stream = events.map((e) => recorded(e.type, e.data));
  const units = await projectEvents(orgUnitsProjection, stream);
  const instansi = await projectEvents(instansiProjection, stream);
  const readModels = { collection: (name: string) => (name === INSTANSI ? instansi : units).collection(name) };
  directory = new OrganisationDirectory(readModels as unknown as ReadModels);
});

describe('OrganisationDirectory', () => {
  it('finds a unit and a position with its unit', async () => {
    expect(await directory.unit('kota-medan.yankes')).toMatchObject({ name: 'Bidang Pelayanan Kesehatan' });
    expect(await directory.unit('kota-medan.nope')).toBeNull();
    const found = await directory.position('kota-medan.rujukan.kasi');
    expect(found?.position).toMatchObject({ jenisJabatan: 'PENGAWAS', isUnitHead: true });
    expect(found?.unit).toMatchObject({ _id: 'kota-medan.rujukan' });
    expect(await directory.position('kota-medan.rujukan.nope')).toBeNull();
  });

  it('names the instansi of a unit', async () => {
    expect(await directory.instansiOfUnit('kota-medan.rujukan')).toMatchObject({ _id: MEDAN, kepalaDaerahTitle: 'Wali Kota' });
    expect(await directory.instansiOfUnit('kota-medan.nope')).toBeNull();
  });

  it('tells whether a unit lies within another (or is it)', async () => {
    expect(await directory.isWithin('kota-medan.rujukan', 'kota-medan.dinkes')).toBe(true);
    expect(await directory.isWithin('kota-medan.rujukan', 'kota-medan.rujukan')).toBe(true);
    expect(await directory.isWithin('kota-medan.dinkes', 'kota-medan.rujukan')).toBe(false);
    expect(await directory.isWithin('kota-medan.rujukan', 'kota-medan.disdik')).toBe(false);
    expect(await directory.isWithin('kota-medan.nope', 'kota-medan.dinkes')).toBe(false);
  });

  it('lists the unit ids of a subtree', async () => {
    expect(await directory.subtreeUnitIds('kota-medan.dinkes')).toEqual(['kota-medan.dinkes', 'kota-medan.rujukan', 'kota-medan.yankes']);
    expect(await directory.subtreeUnitIds('kota-medan.rujukan')).toEqual(['kota-medan.rujukan']);
    expect(await directory.subtreeUnitIds('kota-medan.nope')).toEqual([]);
  });

  it('gives the tree of an instansi for resolveAppraisers', async () => {
    const tree = await directory.tree(MEDAN);
    expect(tree).toMatchObject({ instansiId: MEDAN, kepalaDaerahTitle: 'Wali Kota' });
    expect(tree!.units).toHaveLength(4);
    expect(tree!.units).toContainEqual({ unitId: 'kota-medan.rujukan', parentUnitId: 'kota-medan.yankes', kind: 'SEKSI', name: 'Seksi Rujukan', status: 'ACTIVE' });
    expect(tree!.positions).toContainEqual({ positionId: 'kota-medan.rujukan.analis', unitId: 'kota-medan.rujukan', name: 'Jabatan ANALIS', jenisJabatan: 'PELAKSANA', isUnitHead: false, status: 'ABOLISHED' });
    expect(await directory.tree('kota-binjai')).toBeNull();
  });

  it('resolves the appraisers of a position from the tree and the holders it is given', async () => {
    const holders = { 'kota-medan.yankes.kabid': { holder: { employeeId: 'e-kabid', since: '2024-01-01' } } };
    const result = await directory.appraisersOf('kota-medan.rujukan.kasi', holders, '2026-03-01');
    expect(result.pejabatPenilai).toMatchObject({ positionId: 'kota-medan.yankes.kabid', employeeId: 'e-kabid' });
    expect(result.atasanPejabatPenilai).toMatchObject({ positionId: 'kota-medan.dinkes.kadis', employeeId: null });
    expect((await directory.appraisersOf('kota-binjai.x.y', {}, '2026-03-01')).pejabatPenilai).toMatchObject({ unresolved: 'POSITION_NOT_FOUND' });
  });
});
