import { JenisJabatan } from '@modules/organisation';
import { Golongan } from '@modules/shared/golongan';
import { duk, kgbDue, retirementsDue, spanBetween } from './bkd-lists';
import { listedPns } from './testing/listed-pns.fixture';

const pns = listedPns;

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

describe('KGB and BUP dates around month ends and leap years', () => {
  it('a 29 February TMT falls on 1 March in common years and on 29 February in leap years', () => {
    expect(kgbDue([pns('e1', { tmt: '2024-02-29' })], '2027-06-01', '2028-06-01').map((r) => [r.kgbDate, r.masaKerjaGolonganYears])).toEqual([['2028-02-29', 4]]);
    expect(kgbDue([pns('e1', { tmt: '2024-02-29' })], '2026-03-01', '2026-03-02').map((r) => r.kgbDate)).toEqual(['2026-03-01']);
  });

  it('a TMT on the 31st keeps its day; the window includes its first day and excludes its end', () => {
    const people = [pns('e1', { tmt: '2020-03-31' }), pns('e2', { tmt: '2020-08-31' })];
    expect(kgbDue(people, '2022-03-31', '2022-09-01').map((r) => [r.pns.employeeId, r.kgbDate])).toEqual([
      ['e1', '2022-03-31'],
      ['e2', '2022-08-31'],
    ]);
    expect(kgbDue(people, '2022-04-01', '2022-08-31')).toEqual([]);
  });

  it('from II/a the increments fall at odd years: 1, 3, 5…', () => {
    const iia = pns('e1', { tmt: '2023-02-28', golongan: Golongan.II_A });
    expect(kgbDue([iia], '2026-01-01', '2027-01-01', () => true).map((r) => [r.kgbDate, r.masaKerjaGolonganYears])).toEqual([['2026-02-28', 3]]);
  });

  it('BUP on a month end rolls into the next month; the window is [from, until)', () => {
    const people = [
      pns('e1', { birthDate: '1967-01-31' }), // 58 on 2025-01-31 → 2025-02-01
      pns('e2', { birthDate: '1965-02-28', jenisJabatan: JenisJabatan.JPT_PRATAMA }), // 60 on 2025-02-28 → 2025-03-01
      pns('e3', { birthDate: '1960-02-29', jenisJabatan: JenisJabatan.JF_AHLI_UTAMA }), // 65 in a common year: 1 Mar 2025 → 2025-04-01
      pns('e4', { birthDate: '1966-12-31', jenisJabatan: JenisJabatan.JF_AHLI_MADYA }), // 60 on 2026-12-31 → 2027-01-01
    ];
    expect(retirementsDue(people, '2025-02-01', '2025-04-01').map((r) => [r.pns.employeeId, r.retirementDate])).toEqual([
      ['e1', '2025-02-01'],
      ['e2', '2025-03-01'],
    ]);
    expect(retirementsDue(people, '2025-04-01', '2027-01-02').map((r) => [r.pns.employeeId, r.bupAge, r.retirementDate])).toEqual([
      ['e3', 65, '2025-04-01'],
      ['e4', 60, '2027-01-01'],
    ]);
  });

  it('orders people due on the same day by name as filed, titles ignored', () => {
    const people = [pns('e1', { name: 'Cici Lubis', birthDate: '1968-11-30', tmt: '2004-01-01' }), pns('e2', { name: 'dr. Budi Harahap', birthDate: '1968-11-15', tmt: '2004-01-01' })];
    expect(retirementsDue(people, '2026-12-01', '2027-01-01').map((r) => r.pns.name)).toEqual(['dr. Budi Harahap', 'Cici Lubis']);
    expect(kgbDue(people, '2026-01-01', '2026-02-01').map((r) => r.pns.name)).toEqual(['dr. Budi Harahap', 'Cici Lubis']);
  });
});
