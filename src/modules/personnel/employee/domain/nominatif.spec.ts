import { JenisJabatan } from '@modules/organisation';
import { nominatif, NominatifEntry, rollUp, TOTAL_ORDERS } from './nominatif';

const entry = (employeeId: string, over: Partial<NominatifEntry> = {}): NominatifEntry => ({
  employeeId,
  employmentType: 'PNS',
  identifier: `19800101200501100${employeeId.slice(-1)}`,
  name: `Pegawai ${employeeId}`,
  sortName: `pegawai ${employeeId}`,
  sex: 'MALE',
  birthDate: '1980-01-01',
  tmt: '2005-01-01',
  golongan: 'III_C',
  golonganTmt: '2020-04-01',
  education: 'S1',
  unitId: 'kota-medan.dinkes',
  unitPath: ['Dinas Kesehatan'],
  positionId: 'kota-medan.dinkes.analis',
  positionName: 'Analis',
  jenisJabatan: JenisJabatan.PELAKSANA,
  ...over,
});

describe('daftar nominatif', () => {
  it('orders by OPD and unit, then jabatan, PNS before PPPK, golongan, and the name as filed', () => {
    const rows = nominatif(
      [
        entry('e1', { sortName: 'zainal' }),
        entry('e2', { sortName: 'ani' }),
        entry('e3', { golongan: 'IV_A' }),
        entry('e4', { jenisJabatan: JenisJabatan.JPT_PRATAMA, golongan: 'IV_B' }),
        entry('e5', { employmentType: 'PPPK', golongan: 'XI', sortName: 'aan' }),
        entry('e6', { unitId: 'kota-medan.dinkes.puskesmas', unitPath: ['Dinas Kesehatan', 'Puskesmas Teladan'] }),
        entry('e7', { unitId: 'kota-medan.bappeda', unitPath: ['Badan Perencanaan'], golongan: 'II_A' }),
        entry('e8', { employmentType: 'PPPK', golongan: 'IX', sortName: 'aan' }),
      ],
      '2026-12-01',
    );
    expect(rows.map((r) => [r.number, r.entry.employeeId])).toEqual([
      [1, 'e7'], // Badan… before Dinas…
      [2, 'e4'], // the head first
      [3, 'e3'],
      [4, 'e2'],
      [5, 'e1'],
      [6, 'e5'], // PPPK after PNS, XI before IX
      [7, 'e8'],
      [8, 'e6'], // the unit below after its OPD's own staff
    ]);
    expect(rows[0]).toMatchObject({ masaKerja: { years: 21, months: 11 }, age: 46 });
  });
});

describe('totals roll-up', () => {
  it('re-keys and sums the store’s groups, in the dimension’s order', () => {
    const jenis: Record<string, JenisJabatan> = { 'p.kadis': JenisJabatan.JPT_PRATAMA, 'p.analis': JenisJabatan.PELAKSANA, 'p.dokter': JenisJabatan.JF_AHLI_MUDA, 'p.perawat': JenisJabatan.JF_AHLI_MUDA };
    const groups = [
      { key: 'p.analis', count: 7 },
      { key: 'p.dokter', count: 2 },
      { key: 'p.perawat', count: 3 },
      { key: 'p.kadis', count: 1 },
      { key: 'p.gone', count: 1 },
    ];
    expect(rollUp(groups, (k) => (k && jenis[k]) || 'UNKNOWN', TOTAL_ORDERS.jenisJabatan)).toEqual([
      { key: 'JPT_PRATAMA', count: 1 },
      { key: 'JF_AHLI_MUDA', count: 5 },
      { key: 'PELAKSANA', count: 7 },
      { key: 'UNKNOWN', count: 1 },
    ]);
    const golongan = [{ key: 'III_A', count: 2 }, { key: 'IX', count: 4 }, { key: 'IV_A', count: 1 }, { key: 'II_C', count: 3 }];
    expect(rollUp(golongan, (k) => k ?? 'UNKNOWN', TOTAL_ORDERS.golongan).map((g) => g.key)).toEqual(['IV_A', 'III_A', 'II_C', 'IX']);
    const education = [{ key: 'SLTA', count: 2 }, { key: 'S2', count: 1 }, { key: 'D_III', count: 1 }];
    expect(rollUp(education, (k) => k ?? 'UNKNOWN', TOTAL_ORDERS.education).map((g) => g.key)).toEqual(['S2', 'D_III', 'SLTA']);
  });
});
