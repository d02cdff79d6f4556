import { JenisJabatan as J, PositionStatus, UnitKind as K, UnitStatus } from '../domain/organisation.vocabulary';
import { OrgTree, OrgTreePosition, OrgTreeUnit, PositionHolders, resolveAppraisers } from './pejabat-penilai';

const unit = (code: string, kind: K, parent: string | null): OrgTreeUnit => ({
  unitId: `kota-medan.${code}`,
  parentUnitId: parent && `kota-medan.${parent}`,
  kind,
  name: code,
  status: UnitStatus.ACTIVE,
});
const pos = (unitCode: string, code: string, jenisJabatan: J, isUnitHead = false, status = PositionStatus.ACTIVE): OrgTreePosition => ({
  positionId: `kota-medan.${unitCode}.${code}`,
  unitId: `kota-medan.${unitCode}`,
  name: code,
  jenisJabatan,
  isUnitHead,
  status,
});

/** A slice of Pemerintah Kota Medan. */
const units = [
  unit('setda', K.OPD, null),
  unit('dinkes', K.OPD, null),
  unit('sekretariat', K.SEKRETARIAT, 'dinkes'),
  unit('umum', K.SUBBAGIAN, 'sekretariat'),
  unit('yankes', K.BIDANG, 'dinkes'),
  unit('rujukan', K.SEKSI, 'yankes'),
  unit('p2p', K.BIDANG, 'dinkes'), // its head position is not created yet
  unit('kec-medan-baru', K.KECAMATAN, null),
  unit('kel-merdeka', K.KELURAHAN, 'kec-medan-baru'),
];
const positions = [
  pos('setda', 'sekda', J.JPT_PRATAMA, true),
  pos('setda', 'asisten-1', J.JPT_PRATAMA),
  pos('dinkes', 'kadis', J.JPT_PRATAMA, true),
  pos('dinkes', 'dokter-utama', J.JF_AHLI_UTAMA),
  pos('dinkes', 'dokter-madya', J.JF_AHLI_MADYA),
  pos('sekretariat', 'sekdis', J.ADMINISTRATOR, true),
  pos('umum', 'kasubbag', J.PENGAWAS, true),
  pos('yankes', 'kabid', J.ADMINISTRATOR, true),
  pos('yankes', 'dokter-muda', J.JF_AHLI_MUDA),
  pos('yankes', 'pengadministrasi', J.PELAKSANA),
  pos('rujukan', 'kasi', J.PENGAWAS, true),
  pos('rujukan', 'analis', J.PELAKSANA),
  pos('rujukan', 'perawat-pertama', J.JF_AHLI_PERTAMA),
  pos('rujukan', 'perawat-terampil', J.JF_TERAMPIL),
  pos('rujukan', 'kasi-lama', J.PENGAWAS, true, PositionStatus.ABOLISHED),
  pos('p2p', 'epidemiolog-muda', J.JF_AHLI_MUDA),
  pos('kec-medan-baru', 'camat', J.ADMINISTRATOR, true),
  pos('kel-merdeka', 'lurah', J.PENGAWAS, true),
  pos('kel-merdeka', 'staf', J.PELAKSANA),
];
const tree: OrgTree = { instansiId: 'kota-medan', kepalaDaerahTitle: 'Wali Kota', units, positions };

const holding = (employeeId: string, since = '2020-01-01') => ({ holder: { employeeId, since } });
const fullyStaffed: PositionHolders = {
  'kota-medan.setda.sekda': holding('e-sekda'),
  'kota-medan.dinkes.kadis': holding('e-kadis'),
  'kota-medan.sekretariat.sekdis': holding('e-sekdis'),
  'kota-medan.umum.kasubbag': holding('e-kasubbag'),
  'kota-medan.yankes.kabid': holding('e-kabid'),
  'kota-medan.rujukan.kasi': holding('e-kasi'),
  'kota-medan.rujukan.analis': holding('e-analis'),
  'kota-medan.kec-medan-baru.camat': holding('e-camat'),
  'kota-medan.kel-merdeka.lurah': holding('e-lurah'),
};
const DAY = '2026-03-15';
const head = (unitCode: string, code: string, jenisJabatan: J, employeeId: string | null, extra: object = {}) => ({
  kepalaDaerah: false,
  positionId: `kota-medan.${unitCode}.${code}`,
  unitId: `kota-medan.${unitCode}`,
  jenisJabatan,
  employeeId,
  ...extra,
});
const kadis = head('dinkes', 'kadis', J.JPT_PRATAMA, 'e-kadis');
const kabid = head('yankes', 'kabid', J.ADMINISTRATOR, 'e-kabid');
const kasi = head('rujukan', 'kasi', J.PENGAWAS, 'e-kasi');
const waliKota = { kepalaDaerah: true, title: 'Wali Kota' };
const resolve = (positionId: string, holders: PositionHolders = fullyStaffed, onDate = DAY) =>
  resolveAppraisers(tree, holders, `kota-medan.${positionId}`, onDate);

describe('resolveAppraisers: the DOMAIN.md §1.2 Pemda table', () => {
  it.each([
    ['Pelaksana → Pengawas / Administrator', 'rujukan.analis', kasi, kabid],
    ['Pengawas → Administrator / JPT Pratama', 'rujukan.kasi', kabid, kadis],
    ['Pengawas in a sekretariat → Sekretaris / JPT Pratama', 'umum.kasubbag', head('sekretariat', 'sekdis', J.ADMINISTRATOR, 'e-sekdis'), kadis],
    ['Administrator → JPT Pratama / Wali Kota', 'yankes.kabid', kadis, waliKota],
    ['JF Ahli Utama → JPT Pratama / Wali Kota', 'dinkes.dokter-utama', kadis, waliKota],
    ['JF Ahli Muda → Administrator / JPT Pratama', 'yankes.dokter-muda', kabid, kadis],
    ['JF Ahli Pertama → Pengawas / Administrator', 'rujukan.perawat-pertama', kasi, kabid],
    ['JF Keterampilan → Pengawas / Administrator', 'rujukan.perawat-terampil', kasi, kabid],
    ['Lurah (Pengawas) → Camat (Administrator) / Wali Kota standing in for a JPT', 'kel-merdeka.lurah', head('kec-medan-baru', 'camat', J.ADMINISTRATOR, 'e-camat'), { ...waliKota, substitute: true }],
    ['Asisten (JPT Pratama, not a head) → Sekda / Wali Kota', 'setda.asisten-1', head('setda', 'sekda', J.JPT_PRATAMA, 'e-sekda'), waliKota],
  ])('%s', (_, positionId, pejabatPenilai, atasanPejabatPenilai) => {
    expect(resolve(positionId)).toEqual({ pejabatPenilai, atasanPejabatPenilai });
  });

  it('JF Ahli Madya skips the Administrator levels: JPT Pratama, then the Wali Kota as the highest level above', () => {
    expect(resolve('dinkes.dokter-madya')).toEqual({ pejabatPenilai: kadis, atasanPejabatPenilai: { ...waliKota, substitute: true } });
  });

  it('a JPT Pratama heading an OPD is appraised by the Wali Kota, who has no atasan in the Pemda', () => {
    const result = resolve('dinkes.kadis');
    expect(result.pejabatPenilai).toEqual(waliKota);
    expect(result.atasanPejabatPenilai).toMatchObject({ unresolved: 'NO_SUPERIOR' });
  });

  it('an Administrator heading a top-level unit (Camat) has the Wali Kota above, standing in for the JPT Pratama', () => {
    const result = resolve('kec-medan-baru.camat');
    expect(result.pejabatPenilai).toEqual({ ...waliKota, substitute: true });
    expect(result.atasanPejabatPenilai).toMatchObject({ unresolved: 'NO_SUPERIOR' });
  });
});

describe('resolveAppraisers: structures without the table level', () => {
  it('a Pelaksana directly under a Kabid (no seksi) gets the Kabid, and the Kadis as atasan, both as substitutes', () => {
    expect(resolve('yankes.pengadministrasi')).toEqual({
      pejabatPenilai: { ...kabid, substitute: true },
      atasanPejabatPenilai: { ...kadis, substitute: true },
    });
  });

  it('passes over a unit without a head position (a bidang whose head post is not created)', () => {
    expect(resolve('p2p.epidemiolog-muda')).toEqual({ pejabatPenilai: kadis, atasanPejabatPenilai: { ...waliKota, substitute: true } });
  });

  it('ignores an abolished head position', () => {
    const kasiAbolished = positions.map((p) => (p.positionId === 'kota-medan.rujukan.kasi' ? { ...p, status: PositionStatus.ABOLISHED } : p));
    const result = resolveAppraisers({ ...tree, positions: kasiAbolished }, fullyStaffed, 'kota-medan.rujukan.analis', DAY);
    expect(result.pejabatPenilai).toEqual({ ...kabid, substitute: true });
  });
});

describe('resolveAppraisers: vacancies and acting assignments (Plt/Plh)', () => {
  const plt = (employeeId: string, from: string, until: string, kind: 'PLT' | 'PLH' = 'PLT') => ({ employeeId, kind, from, until });
  const kasiVacant: PositionHolders = { ...fullyStaffed, 'kota-medan.rujukan.kasi': {} };

  it('a vacant head position still counts, with employeeId null', () => {
    expect(resolve('rujukan.analis', kasiVacant).pejabatPenilai).toEqual({ ...kasi, employeeId: null });
  });

  it('a holder counts from the day given in `since`, not before', () => {
    const later: PositionHolders = { ...fullyStaffed, 'kota-medan.rujukan.kasi': holding('e-kasi-baru', '2026-03-15') };
    expect(resolve('rujukan.analis', later, '2026-03-14').pejabatPenilai).toMatchObject({ employeeId: null });
    expect(resolve('rujukan.analis', later, '2026-03-15').pejabatPenilai).toMatchObject({ employeeId: 'e-kasi-baru' });
  });

  it('a Plt fills a vacant head from the first to the last day of the term, both included', () => {
    const holders: PositionHolders = { ...kasiVacant, 'kota-medan.rujukan.kasi': { acting: [plt('e-plt', '2026-01-01', '2026-03-31')] } };
    expect(resolve('rujukan.analis', holders, '2025-12-31').pejabatPenilai).toEqual({ ...kasi, employeeId: null });
    expect(resolve('rujukan.analis', holders, '2026-01-01').pejabatPenilai).toEqual({ ...kasi, employeeId: 'e-plt', acting: 'PLT' });
    expect(resolve('rujukan.analis', holders, '2026-03-31T23:00:00.000Z').pejabatPenilai).toEqual({ ...kasi, employeeId: 'e-plt', acting: 'PLT' });
    expect(resolve('rujukan.analis', holders, '2026-04-01').pejabatPenilai).toEqual({ ...kasi, employeeId: null });
  });

  it('a Plh acts for an absent holder during the term, then the holder is back', () => {
    const holders: PositionHolders = { ...fullyStaffed, 'kota-medan.rujukan.kasi': { ...holding('e-kasi'), acting: [plt('e-plh', '2026-03-10', '2026-03-20', 'PLH')] } };
    expect(resolve('rujukan.analis', holders, '2026-03-15').pejabatPenilai).toEqual({ ...kasi, employeeId: 'e-plh', acting: 'PLH' });
    expect(resolve('rujukan.analis', holders, '2026-03-21').pejabatPenilai).toEqual(kasi);
  });

  it('with overlapping terms the latest-started wins, and a Plt before a Plh started the same day', () => {
    const overlapping = [plt('e-old', '2026-01-01', '2026-06-30'), plt('e-new', '2026-03-01', '2026-06-30')];
    const holders: PositionHolders = { ...kasiVacant, 'kota-medan.rujukan.kasi': { acting: overlapping } };
    expect(resolve('rujukan.analis', holders).pejabatPenilai).toMatchObject({ employeeId: 'e-new', acting: 'PLT' });
    const sameDay = [plt('e-plh', '2026-03-01', '2026-03-31', 'PLH'), plt('e-plt', '2026-03-01', '2026-03-31')];
    const both: PositionHolders = { ...kasiVacant, 'kota-medan.rujukan.kasi': { acting: sameDay } };
    expect(resolve('rujukan.analis', both).pejabatPenilai).toMatchObject({ employeeId: 'e-plt', acting: 'PLT' });
  });

  it('nobody appraises themselves: a Kabid who is Plt Kadis is appraised by the Wali Kota', () => {
    const holders: PositionHolders = { ...fullyStaffed, 'kota-medan.dinkes.kadis': { acting: [plt('e-kabid', '2026-01-01', '2026-06-30')] } };
    expect(resolve('yankes.kabid', holders)).toEqual({
      pejabatPenilai: { ...waliKota, substitute: true },
      atasanPejabatPenilai: expect.objectContaining({ unresolved: 'NO_SUPERIOR' }),
    });
  });

  it('the atasan is never the pejabat penilai again: the Kasi under a Kabid who is Plt Kadis', () => {
    const holders: PositionHolders = { ...fullyStaffed, 'kota-medan.dinkes.kadis': { acting: [plt('e-kabid', '2026-01-01', '2026-06-30')] } };
    expect(resolve('rujukan.kasi', holders)).toEqual({ pejabatPenilai: kabid, atasanPejabatPenilai: { ...waliKota, substitute: true } });
  });

  it('an acting assignment of the appraisee elsewhere does not change who appraises their own position', () => {
    const holders: PositionHolders = { ...fullyStaffed, 'kota-medan.umum.kasubbag': { ...holding('e-kasubbag'), acting: [plt('e-analis', '2026-01-01', '2026-06-30', 'PLH')] } };
    expect(resolve('rujukan.analis', holders)).toEqual({ pejabatPenilai: kasi, atasanPejabatPenilai: kabid });
  });
});

describe('resolveAppraisers: unresolved and the top of the Pemda', () => {
  it('an unknown position', () => {
    expect(resolve('rujukan.nope')).toEqual({
      pejabatPenilai: { unresolved: 'POSITION_NOT_FOUND', message: expect.any(String) },
      atasanPejabatPenilai: { unresolved: 'POSITION_NOT_FOUND', message: expect.any(String) },
    });
  });

  it('an abolished position', () => {
    expect(resolve('rujukan.kasi-lama').pejabatPenilai).toMatchObject({ unresolved: 'POSITION_ABOLISHED' });
  });

  it('a JPT Madya (Sekda Provinsi) is appraised by the kepala daerah, above whom there is no atasan', () => {
    const provinsi: OrgTree = { instansiId: 'provsu', kepalaDaerahTitle: 'Gubernur', units: [unit('setda', K.OPD, null)], positions: [pos('setda', 'sekda', J.JPT_MADYA, true)] };
    const result = resolveAppraisers(provinsi, {}, 'kota-medan.setda.sekda', DAY);
    expect(result.pejabatPenilai).toEqual({ kepalaDaerah: true, title: 'Gubernur' });
    expect(result.atasanPejabatPenilai).toEqual({ unresolved: 'NO_SUPERIOR', message: 'Gubernur tidak mempunyai atasan di lingkungan Pemda' });
  });
});
