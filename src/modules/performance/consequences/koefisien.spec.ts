import { angkaKreditLine, sumAngkaKredit } from './koefisien';

describe('angka kredit ledger lines (PermenPANRB 1/2023; checklist 12)', () => {
  it('earns pct[predikat] × koefisien of the jenjang × months/12, exactly, at 2 dp', () => {
    expect(angkaKreditLine('JF_AHLI_PERTAMA', 'BAIK', 12, null)).toEqual({ jenisJabatan: 'JF_AHLI_PERTAMA', koefisien: '12.5', persen: 100, months: 12, angkaKredit: '12.50', delta: '12.50', policyVersion: 'permenpanrb-1-2023/v1' });
    expect(angkaKreditLine('JF_AHLI_PERTAMA', 'BAIK', 2, null)!.angkaKredit).toBe('2.08');
    expect(angkaKreditLine('JF_AHLI_MUDA', 'SANGAT_BAIK', 12, null)!.angkaKredit).toBe('37.50');
    expect(angkaKreditLine('JF_TERAMPIL', 'BUTUH_PERBAIKAN', 6, null)!.angkaKredit).toBe('1.88');
  });

  it('a correction is a line whose delta adjusts the earlier one; non-JF jabatan earn nothing', () => {
    expect(angkaKreditLine('JF_AHLI_PERTAMA', 'SANGAT_BAIK', 12, '12.50')).toMatchObject({ angkaKredit: '18.75', delta: '6.25' });
    expect(angkaKreditLine('JF_AHLI_PERTAMA', 'KURANG_MISCONDUCT', 12, '12.50')).toMatchObject({ angkaKredit: '6.25', delta: '-6.25' });
    expect(angkaKreditLine('PELAKSANA', 'BAIK', 12, null)).toBeNull();
    expect(angkaKreditLine('ADMINISTRATOR', 'BAIK', 12, null)).toBeNull();
    expect(sumAngkaKredit(['12.50', '6.25', '-6.25', '2.08'])).toBe('14.58');
  });
});
