import { deciderSpec } from '@kernel/testing/decider-spec';
import { instansiDecider } from './instansi.decider';
import { AT, instansiRegistered, MEDAN, positionCreated, unitCreated } from './testing/instansi.fixtures';
import { InstansiKind, JenisJabatan, UnitKind } from './organisation.vocabulary';

const spec = deciderSpec(instansiDecider);
const registered = instansiRegistered();
const dinkes = unitCreated('DINKES', UnitKind.OPD, null, 'Dinas Kesehatan');
const yankes = unitCreated('YANKES', UnitKind.BIDANG, 'DINKES', 'Bidang Pelayanan Kesehatan');
const rujukan = unitCreated('RUJUKAN', UnitKind.SEKSI, 'YANKES', 'Seksi Pelayanan Rujukan');
const medanBaru = unitCreated('KEC-MEDAN-BARU', UnitKind.KECAMATAN, null, 'Kecamatan Medan Baru');
const tree = [registered, dinkes, yankes, rujukan, medanBaru];

describe('instansi decider: instansi', () => {
  it('registers an instansi once', () => {
    const command = { type: 'RegisterInstansi', instansiId: MEDAN, name: 'Pemerintah Kota Medan', kind: InstansiKind.PEMERINTAH_KOTA, kepalaDaerahTitle: 'Wali Kota', at: AT } as const;
    spec.given([]).when(command).then([registered]);
    spec.given([registered]).when(command).thenViolates('PERSONNEL.INSTANSI_ALREADY_REGISTERED');
  });

  it('refuses every tree command before the instansi is registered', () => {
    spec.given([]).when({ type: 'CreateUnit', instansiId: MEDAN, code: 'DINKES', name: 'Dinas Kesehatan', kind: UnitKind.OPD, parentUnitId: null, at: AT }).thenViolates('PERSONNEL.INSTANSI_NOT_FOUND');
    spec.given([]).when({ type: 'AbolishPosition', positionId: 'kota-medan.dinkes.kadis', occupancy: { definitive: 0, acting: 0 }, at: AT }).thenViolates('PERSONNEL.INSTANSI_NOT_FOUND');
  });
});

describe('instansi decider: CreateUnit', () => {
  const create = (code: string, kind: UnitKind, parentUnitId: string | null, name = `Unit ${code}`) =>
    ({ type: 'CreateUnit', instansiId: MEDAN, code, name, kind, parentUnitId, at: AT }) as const;

  it('creates an OPD at the top level and a bidang under it, with ids derived from the codes', () => {
    spec.given([registered]).when(create('DINKES', UnitKind.OPD, null, 'Dinas Kesehatan')).then([dinkes]);
    spec.given([registered, dinkes]).when(create('YANKES', UnitKind.BIDANG, 'kota-medan.dinkes', 'Bidang Pelayanan Kesehatan')).then([yankes]);
  });

  it('refuses a code already used in the instansi, even by a dissolved unit', () => {
    spec.given(tree).when(create('DINKES', UnitKind.OPD, null)).thenViolates('PERSONNEL.UNIT_CODE_TAKEN');
    const dissolved = { type: 'personnel.UnitDissolved', data: { unitId: 'kota-medan.kec-medan-baru', instansiId: MEDAN, dissolvedAt: AT } } as const;
    spec.given([...tree, dissolved]).when(create('KEC-MEDAN-BARU', UnitKind.KECAMATAN, null)).thenViolates('PERSONNEL.UNIT_CODE_TAKEN');
  });

  it('refuses an unknown or dissolved parent', () => {
    spec.given(tree).when(create('GIZI', UnitKind.SEKSI, 'kota-medan.nope')).thenViolates('PERSONNEL.PARENT_UNIT_NOT_FOUND');
    spec.given(tree).when(create('GIZI', UnitKind.SEKSI, 'kota-binjai.yankes')).thenViolates('PERSONNEL.PARENT_UNIT_NOT_FOUND');
    const pusk = unitCreated('PUSK', UnitKind.UPT, 'DINKES', 'Puskesmas Padang Bulan');
    const puskDissolved = { type: 'personnel.UnitDissolved', data: { unitId: 'kota-medan.pusk', instansiId: MEDAN, dissolvedAt: AT } } as const;
    spec.given([...tree, pusk, puskDissolved]).when(create('TU', UnitKind.SUBBAGIAN, 'kota-medan.pusk')).thenViolates('PERSONNEL.PARENT_UNIT_DISSOLVED');
  });

  it('places each kind of unit where the SOTK allows it', () => {
    spec.given(tree).when(create('BIDANG-X', UnitKind.BIDANG, null)).thenViolates('PERSONNEL.UNIT_PARENT_KIND_NOT_ALLOWED');
    spec.given(tree).when(create('DISHUB', UnitKind.OPD, 'kota-medan.dinkes')).thenViolates('PERSONNEL.UNIT_PARENT_KIND_NOT_ALLOWED');
    spec.given(tree).when(create('KEL-X', UnitKind.KELURAHAN, 'kota-medan.dinkes')).thenViolates('PERSONNEL.UNIT_PARENT_KIND_NOT_ALLOWED');
    spec.given(tree).when(create('KEL-MERDEKA', UnitKind.KELURAHAN, 'kota-medan.kec-medan-baru')).then([unitCreated('KEL-MERDEKA', UnitKind.KELURAHAN, 'KEC-MEDAN-BARU')]);
  });

  it('names every unmet rule at once', () => {
    spec.given(tree).when(create('YANKES', UnitKind.SUBBIDANG, 'kota-medan.dinkes')).thenViolates('PERSONNEL.UNIT_CODE_TAKEN', 'PERSONNEL.UNIT_PARENT_KIND_NOT_ALLOWED');
  });
});

describe('instansi decider: RenameUnit', () => {
  const rename = (unitId: string, name: string) => ({ type: 'RenameUnit', unitId, name, at: AT }) as const;

  it('renames an active unit and records the previous name', () => {
    spec.given(tree).when(rename('kota-medan.yankes', 'Bidang Yankes')).then([
      { type: 'personnel.UnitRenamed', data: { unitId: 'kota-medan.yankes', instansiId: MEDAN, name: 'Bidang Yankes', previousName: 'Bidang Pelayanan Kesehatan', renamedAt: AT } },
    ]);
  });

  it('writes nothing when the name does not change', () => {
    spec.given(tree).when(rename('kota-medan.yankes', 'Bidang Pelayanan Kesehatan')).then([]);
  });

  it('refuses an unknown or dissolved unit', () => {
    spec.given(tree).when(rename('kota-medan.nope', 'X')).thenViolates('PERSONNEL.UNIT_NOT_FOUND');
    const dissolved = { type: 'personnel.UnitDissolved', data: { unitId: 'kota-medan.rujukan', instansiId: MEDAN, dissolvedAt: AT } } as const;
    spec.given([...tree, dissolved]).when(rename('kota-medan.rujukan', 'X')).thenViolates('PERSONNEL.UNIT_DISSOLVED');
  });
});

describe('instansi decider: MoveUnit', () => {
  const move = (unitId: string, parentUnitId: string | null) => ({ type: 'MoveUnit', unitId, parentUnitId, at: AT }) as const;
  const p2p = unitCreated('P2P', UnitKind.BIDANG, 'DINKES', 'Bidang P2P');
  const withP2p = [...tree, p2p];

  it('moves a unit under another parent, recording the previous one', () => {
    spec.given(withP2p).when(move('kota-medan.rujukan', 'kota-medan.p2p')).then([
      { type: 'personnel.UnitMoved', data: { unitId: 'kota-medan.rujukan', instansiId: MEDAN, parentUnitId: 'kota-medan.p2p', previousParentUnitId: 'kota-medan.yankes', movedAt: AT } },
    ]);
  });

  it('writes nothing when the parent does not change', () => {
    spec.given(withP2p).when(move('kota-medan.rujukan', 'kota-medan.yankes')).then([]);
  });

  it('refuses a cycle: under itself or under its own descendant', () => {
    spec.given(withP2p).when(move('kota-medan.yankes', 'kota-medan.yankes')).thenViolates('PERSONNEL.UNIT_CYCLE', 'PERSONNEL.UNIT_PARENT_KIND_NOT_ALLOWED');
    const upt = unitCreated('UPT-LAB', UnitKind.UPT, 'YANKES');
    const bidangInUpt = unitCreated('LAB-BID', UnitKind.BIDANG, 'UPT-LAB');
    spec.given([...withP2p, upt, bidangInUpt]).when(move('kota-medan.upt-lab', 'kota-medan.lab-bid')).thenViolates('PERSONNEL.UNIT_CYCLE');
  });

  it('refuses an unknown, dissolved or unfit parent, and a unit that cannot be top level', () => {
    spec.given(withP2p).when(move('kota-medan.rujukan', 'kota-medan.nope')).thenViolates('PERSONNEL.PARENT_UNIT_NOT_FOUND');
    spec.given(withP2p).when(move('kota-medan.rujukan', null)).thenViolates('PERSONNEL.UNIT_PARENT_KIND_NOT_ALLOWED');
    spec.given(withP2p).when(move('kota-medan.yankes', 'kota-medan.kec-medan-baru')).thenViolates('PERSONNEL.UNIT_PARENT_KIND_NOT_ALLOWED');
    const dissolved = { type: 'personnel.UnitDissolved', data: { unitId: 'kota-medan.p2p', instansiId: MEDAN, dissolvedAt: AT } } as const;
    spec.given([...withP2p, dissolved]).when(move('kota-medan.rujukan', 'kota-medan.p2p')).thenViolates('PERSONNEL.PARENT_UNIT_DISSOLVED');
    spec.given([...withP2p, dissolved]).when(move('kota-medan.p2p', 'kota-medan.dinkes')).thenViolates('PERSONNEL.UNIT_DISSOLVED');
  });
});

describe('instansi decider: DissolveUnit', () => {
  const dissolve = (unitId: string) => ({ type: 'DissolveUnit', unitId, at: AT }) as const;
  const kasi = positionCreated('RUJUKAN', 'KASI', JenisJabatan.PENGAWAS, true);

  it('dissolves a unit with no active sub-units or positions', () => {
    spec.given(tree).when(dissolve('kota-medan.rujukan')).then([
      { type: 'personnel.UnitDissolved', data: { unitId: 'kota-medan.rujukan', instansiId: MEDAN, dissolvedAt: AT } },
    ]);
  });

  it('refuses while active sub-units or positions remain, naming both', () => {
    spec.given(tree).when(dissolve('kota-medan.yankes')).thenViolates('PERSONNEL.UNIT_HAS_CHILDREN');
    spec.given([...tree, kasi]).when(dissolve('kota-medan.rujukan')).thenViolates('PERSONNEL.UNIT_HAS_POSITIONS');
    const kabid = positionCreated('YANKES', 'KABID', JenisJabatan.ADMINISTRATOR, true);
    spec.given([...tree, kabid]).when(dissolve('kota-medan.yankes')).thenViolates('PERSONNEL.UNIT_HAS_CHILDREN', 'PERSONNEL.UNIT_HAS_POSITIONS');
  });

  it('allows it once the sub-units are dissolved and the positions abolished', () => {
    const abolished = { type: 'personnel.PositionAbolished', data: { positionId: 'kota-medan.rujukan.kasi', unitId: 'kota-medan.rujukan', instansiId: MEDAN, abolishedAt: AT } } as const;
    const rujukanGone = { type: 'personnel.UnitDissolved', data: { unitId: 'kota-medan.rujukan', instansiId: MEDAN, dissolvedAt: AT } } as const;
    spec.given([...tree, kasi, abolished, rujukanGone]).when(dissolve('kota-medan.yankes')).then([
      { type: 'personnel.UnitDissolved', data: { unitId: 'kota-medan.yankes', instansiId: MEDAN, dissolvedAt: AT } },
    ]);
  });

  it('refuses an unknown or already dissolved unit', () => {
    spec.given(tree).when(dissolve('kota-medan.nope')).thenViolates('PERSONNEL.UNIT_NOT_FOUND');
    const gone = { type: 'personnel.UnitDissolved', data: { unitId: 'kota-medan.rujukan', instansiId: MEDAN, dissolvedAt: AT } } as const;
    spec.given([...tree, gone]).when(dissolve('kota-medan.rujukan')).thenViolates('PERSONNEL.UNIT_DISSOLVED');
  });
});
