import { deciderSpec } from '@kernel/testing/decider-spec';
import { CreatePosition } from './instansi.commands';
import { instansiDecider } from './instansi.decider';
import { AT, instansiRegistered, MEDAN, positionCreated, unitCreated } from './testing/instansi.fixtures';
import { JenisJabatan, UnitKind } from './organisation.vocabulary';

const spec = deciderSpec(instansiDecider);
const tree = [
  instansiRegistered(),
  unitCreated('DINKES', UnitKind.OPD, null, 'Dinas Kesehatan'),
  unitCreated('YANKES', UnitKind.BIDANG, 'DINKES', 'Bidang Pelayanan Kesehatan'),
  unitCreated('RUJUKAN', UnitKind.SEKSI, 'YANKES', 'Seksi Pelayanan Rujukan'),
];
const kadis = positionCreated('DINKES', 'KADIS', JenisJabatan.JPT_PRATAMA, true);

function create(unitCode: string, code: string, jenisJabatan: JenisJabatan, isUnitHead = false, kelasJabatan: number | null = null, capacity: number | null = null): CreatePosition {
  return { type: 'CreatePosition', unitId: `kota-medan.${unitCode.toLowerCase()}`, code, name: `Jabatan ${code}`, jenisJabatan, isUnitHead, kelasJabatan, capacity, at: AT };
}

describe('instansi decider: CreatePosition', () => {
  it('creates the head position of an OPD and staff positions, ids derived from the codes', () => {
    spec.given(tree).when(create('DINKES', 'KADIS', JenisJabatan.JPT_PRATAMA, true)).then([kadis]);
    spec.given([...tree, kadis]).when(create('YANKES', 'DOKTER-AHLI-MUDA', JenisJabatan.JF_AHLI_MUDA, false, 11)).then([
      {
        type: 'personnel.PositionCreated',
        data: {
          positionId: 'kota-medan.yankes.dokter-ahli-muda', unitId: 'kota-medan.yankes', instansiId: MEDAN, code: 'DOKTER-AHLI-MUDA',
          name: 'Jabatan DOKTER-AHLI-MUDA', jenisJabatan: JenisJabatan.JF_AHLI_MUDA, isUnitHead: false, kelasJabatan: 11, capacity: null, createdAt: AT,
        },
      },
    ]);
  });

  it('refuses a position code already used in the unit, even by an abolished position', () => {
    spec.given([...tree, kadis]).when(create('DINKES', 'KADIS', JenisJabatan.PELAKSANA)).thenViolates('PERSONNEL.POSITION_CODE_TAKEN');
    const abolished = { type: 'personnel.PositionAbolished', data: { positionId: 'kota-medan.dinkes.kadis', unitId: 'kota-medan.dinkes', instansiId: MEDAN, abolishedAt: AT } } as const;
    spec.given([...tree, kadis, abolished]).when(create('DINKES', 'KADIS', JenisJabatan.JPT_PRATAMA, true)).thenViolates('PERSONNEL.POSITION_CODE_TAKEN');
  });

  it('allows the same position code in another unit', () => {
    const staff = positionCreated('YANKES', 'ANALIS', JenisJabatan.PELAKSANA);
    spec.given([...tree, staff]).when(create('RUJUKAN', 'ANALIS', JenisJabatan.PELAKSANA)).then([positionCreated('RUJUKAN', 'ANALIS', JenisJabatan.PELAKSANA)]);
  });

  it('allows at most one active head position per unit', () => {
    spec.given([...tree, kadis]).when(create('DINKES', 'KADIS2', JenisJabatan.JPT_PRATAMA, true)).thenViolates('PERSONNEL.UNIT_HEAD_ALREADY_EXISTS');
    const abolished = { type: 'personnel.PositionAbolished', data: { positionId: 'kota-medan.dinkes.kadis', unitId: 'kota-medan.dinkes', instansiId: MEDAN, abolishedAt: AT } } as const;
    spec.given([...tree, kadis, abolished]).when(create('DINKES', 'KADIS2', JenisJabatan.JPT_PRATAMA, true)).then([positionCreated('DINKES', 'KADIS2', JenisJabatan.JPT_PRATAMA, true)]);
  });

  it('requires the head jenis to fit the unit level (OPD: JPT or Administrator; bidang: Administrator; seksi: Pengawas)', () => {
    spec.given(tree).when(create('DINKES', 'KADIS', JenisJabatan.ADMINISTRATOR, true)).then([positionCreated('DINKES', 'KADIS', JenisJabatan.ADMINISTRATOR, true)]);
    spec.given(tree).when(create('DINKES', 'KADIS', JenisJabatan.PENGAWAS, true)).thenViolates('PERSONNEL.HEAD_JABATAN_MISMATCH');
    spec.given(tree).when(create('YANKES', 'KABID', JenisJabatan.JPT_PRATAMA, true)).thenViolates('PERSONNEL.HEAD_JABATAN_MISMATCH');
    spec.given(tree).when(create('RUJUKAN', 'KASI', JenisJabatan.PENGAWAS, true)).then([positionCreated('RUJUKAN', 'KASI', JenisJabatan.PENGAWAS, true)]);
    spec.given(tree).when(create('RUJUKAN', 'KASI', JenisJabatan.JF_AHLI_MUDA, true)).thenViolates('PERSONNEL.HEAD_JABATAN_MISMATCH');
  });

  it('names both head rules when both fail', () => {
    spec.given([...tree, kadis]).when(create('DINKES', 'X', JenisJabatan.PELAKSANA, true)).thenViolates('PERSONNEL.UNIT_HEAD_ALREADY_EXISTS', 'PERSONNEL.HEAD_JABATAN_MISMATCH');
  });

  it('refuses an unknown or dissolved unit', () => {
    spec.given(tree).when(create('NOPE', 'X1', JenisJabatan.PELAKSANA)).thenViolates('PERSONNEL.UNIT_NOT_FOUND');
    const gone = { type: 'personnel.UnitDissolved', data: { unitId: 'kota-medan.rujukan', instansiId: MEDAN, dissolvedAt: AT } } as const;
    spec.given([...tree, gone]).when(create('RUJUKAN', 'X1', JenisJabatan.PELAKSANA)).thenViolates('PERSONNEL.UNIT_DISSOLVED');
  });
});

describe('instansi decider: position capacity', () => {
  const analis = positionCreated('YANKES', 'ANALIS', JenisJabatan.PELAKSANA);
  const legalBasis = { skNumber: '800/17/BKPSDM/2026', skDate: '2026-01-02' };
  const setCapacity = (capacity: number, definitive = 0, positionId = 'kota-medan.yankes.analis') =>
    ({ type: 'SetPositionCapacity', positionId, capacity, legalBasis, occupancy: { definitive, acting: 0 }, at: AT }) as const;

  it('gives a structural post or a unit head a capacity of 1, and refuses any other', () => {
    const [event] = spec.given(tree).when(create('DINKES', 'KADIS', JenisJabatan.JPT_PRATAMA, true)).events();
    expect(event.type === 'personnel.PositionCreated' && event.data.capacity).toBe(1);
    spec.given(tree).when(create('DINKES', 'KADIS', JenisJabatan.JPT_PRATAMA, true, null, 2)).thenViolates('PERSONNEL.POSITION_CAPACITY_STRUCTURAL');
    spec.given(tree).when(create('RUJUKAN', 'KASUBAG', JenisJabatan.PENGAWAS, false, null, 3)).thenViolates('PERSONNEL.POSITION_CAPACITY_STRUCTURAL');
  });

  it('records the formation of a functional post at creation, and refuses 0', () => {
    const [event] = spec.given(tree).when(create('YANKES', 'PERAWAT', JenisJabatan.JF_AHLI_PERTAMA, false, null, 12)).events();
    expect(event.type === 'personnel.PositionCreated' && event.data.capacity).toBe(12);
    spec.given(tree).when(create('YANKES', 'PERAWAT', JenisJabatan.JF_AHLI_PERTAMA, false, null, 0)).thenViolates('PERSONNEL.POSITION_CAPACITY_INVALID');
  });

  it('sets the formation later with its legal basis, keeping the previous one', () => {
    spec.given([...tree, analis]).when(setCapacity(5, 3)).then([
      {
        type: 'personnel.PositionCapacitySet',
        data: { positionId: 'kota-medan.yankes.analis', unitId: 'kota-medan.yankes', instansiId: MEDAN, capacity: 5, previousCapacity: null, legalBasis, setAt: AT },
      },
    ]);
  });

  it('never below the holders it has, never for a structural post, and only with a legal basis', () => {
    spec.given([...tree, analis]).when(setCapacity(2, 3)).thenViolates('PERSONNEL.POSITION_CAPACITY_BELOW_HOLDERS');
    spec.given([...tree, kadis]).when(setCapacity(2, 0, 'kota-medan.dinkes.kadis')).thenViolates('PERSONNEL.POSITION_CAPACITY_STRUCTURAL');
    spec.given([...tree, analis]).when({ ...setCapacity(4), legalBasis: { skNumber: ' ', skDate: '2026-01-02' } }).thenViolates('PERSONNEL.LEGAL_BASIS_REQUIRED');
    spec.given(tree).when(setCapacity(4)).thenViolates('PERSONNEL.POSITION_NOT_FOUND');
  });
});

describe('instansi decider: AbolishPosition', () => {
  const abolish = (positionId: string, definitive = 0, acting = 0) => ({ type: 'AbolishPosition', positionId, occupancy: { definitive, acting }, at: AT }) as const;

  it('refuses a post someone holds or acts in, saying how many', () => {
    const held = spec.given([...tree, kadis]).when(abolish('kota-medan.dinkes.kadis', 1, 0)).thenViolates('PERSONNEL.POSITION_HELD');
    expect(held.violations[0].message).toContain('1 pejabat definitif');
    spec.given([...tree, kadis]).when(abolish('kota-medan.dinkes.kadis', 0, 1)).thenViolates('PERSONNEL.POSITION_HELD');
  });

  const abolished = { type: 'personnel.PositionAbolished', data: { positionId: 'kota-medan.dinkes.kadis', unitId: 'kota-medan.dinkes', instansiId: MEDAN, abolishedAt: AT } } as const;

  it('abolishes an active position', () => {
    spec.given([...tree, kadis]).when(abolish('kota-medan.dinkes.kadis')).then([abolished]);
  });

  it('refuses an unknown or already abolished position', () => {
    spec.given(tree).when(abolish('kota-medan.dinkes.kadis')).thenViolates('PERSONNEL.POSITION_NOT_FOUND');
    spec.given([...tree, kadis, abolished]).when(abolish('kota-medan.dinkes.kadis')).thenViolates('PERSONNEL.POSITION_ALREADY_ABOLISHED');
  });
});
