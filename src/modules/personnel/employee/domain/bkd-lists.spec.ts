import { JenisJabatan } from '@modules/organisation';
import { Golongan } from '@modules/shared/golongan';
import { duk, kgbDue, ListedPns, retirementsDue, spanBetween } from './bkd-lists';

const pns = (employeeId: string, over: Partial<ListedPns> = {}): ListedPns => ({
  employeeId,
  name: `Pegawai ${employeeId}`,
  identifier: `19800101200501100${employeeId.slice(-1)}`,
  birthDate: '1980-01-01',
  tmt: '2005-01-01',
  golongan: Golongan.III_C,
  golonganTmt: '2020-04-01',
  education: 'S1',
  unitId: 'kota-medan.dinkes',
  positionId: 'kota-medan.dinkes.analis',
  jenisJabatan: JenisJabatan.PELAKSANA,
  ...over,
});

describe('DUK (Daftar Urut Kepangkatan)', () => {
  it('orders a hand-computed fixture by golongan, TMT golongan, jabatan, masa kerja, education, age', () => {
    const people = [
      pns('e1'), // III/c since 2020-04, pelaksana
      pns('e2', { golongan: Golongan.IV_A, golonganTmt: '2022-10-01' }), // highest golongan
      pns('e3', { golonganTmt: '2019-10-01' }), // III/c longer
      pns('e4', { jenisJabatan: JenisJabatan.PENGAWAS }), // same golongan and TMT, higher jabatan
      pns('e5', { tmt: '2003-03-01' }), // same as e1 but longer service
      pns('e6', { education: 'S2' }), // same as e1 but higher education
      pns('e7', { birthDate: '1975-06-15' }), // same as e1 but older
      pns('e8', { golongan: Golongan.IV_A, golonganTmt: '2021-04-01', jenisJabatan: JenisJabatan.JF_AHLI_MUDA }),
    ];
    expect(duk(people, '2026-12-01').map((r) => [r.rank, r.pns.employeeId])).toEqual([
      [1, 'e8'],
      [2, 'e2'],
      [3, 'e3'],
      [4, 'e4'],
      [5, 'e5'],
      [6, 'e6'],
      [7, 'e7'],
      [8, 'e1'],
    ]);
  });

  it('reports masa kerja and age on the day', () => {
    const [row] = duk([pns('e1', { tmt: '2005-03-01', birthDate: '1980-12-02' })], '2026-12-01');
    expect(row).toMatchObject({ masaKerja: { years: 21, months: 9 }, age: 45 });
    expect(spanBetween('2024-01-31', '2024-02-29')).toEqual({ years: 0, months: 0 });
    expect(spanBetween('2024-01-31', '2024-03-01')).toEqual({ years: 0, months: 1 });
  });
});

describe('retirements due (BUP)', () => {
  it('lists the PNS whose BUP falls in the window, soonest first, by the post', () => {
    const people = [
      pns('e1', { birthDate: '1968-11-30' }), // pelaksana 58: 2026-11-30 → 2026-12-01
      pns('e2', { birthDate: '1968-02-29' }), // 58 in a common year → birthday 1 Mar 2026 → 2026-04-01
      pns('e3', { birthDate: '1966-12-31', jenisJabatan: JenisJabatan.JPT_PRATAMA }), // 60 → 2027-01-01
      pns('e4', { birthDate: '1962-05-10', jenisJabatan: JenisJabatan.JF_AHLI_UTAMA }), // 65 → 2027-06-01
      pns('e5', { birthDate: '1990-01-01' }),
      pns('e6', { jenisJabatan: null }),
    ];
    expect(retirementsDue(people, '2026-01-01', '2027-07-01').map((r) => [r.pns.employeeId, r.bupAge, r.retirementDate])).toEqual([
      ['e2', 58, '2026-04-01'],
      ['e1', 58, '2026-12-01'],
      ['e3', 60, '2027-01-01'],
      ['e4', 65, '2027-06-01'],
    ]);
    expect(retirementsDue(people, '2026-12-02', '2027-01-01')).toEqual([]);
  });
});

describe('KGB due (every 2 years of masa kerja golongan)', () => {
  it('finds the next increment in the window, at even years of service', () => {
    const people = [pns('e1', { tmt: '2019-03-01' }), pns('e2', { tmt: '2020-03-01' }), pns('e3', { tmt: '2024-01-31' })];
    expect(kgbDue(people, '2026-01-01', '2027-01-01').map((r) => [r.pns.employeeId, r.kgbDate, r.masaKerjaGolonganYears])).toEqual([
      ['e3', '2026-01-31', 2],
      ['e2', '2026-03-01', 6],
    ]);
  });

  it('handles a 29 February TMT and the first increment after one year for II/a', () => {
    expect(kgbDue([pns('e1', { tmt: '2024-02-29' })], '2026-01-01', '2027-01-01').map((r) => r.kgbDate)).toEqual(['2026-03-01']);
    const iia = kgbDue([pns('e2', { tmt: '2025-06-01', golongan: Golongan.II_A })], '2026-01-01', '2027-01-01', () => true);
    expect(iia.map((r) => [r.kgbDate, r.masaKerjaGolonganYears])).toEqual([['2026-06-01', 1]]);
  });
});
