import { predikatExplanation, predikatOf } from './predikat-matrix';
import { Rating } from './rating';

describe('predikat kinerja pegawai: the 3×3 matrix (PermenPANRB 6/2022)', () => {
  it.each([
    ['DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK'],
    ['DI_ATAS', 'SESUAI', 'BAIK'],
    ['DI_ATAS', 'DI_BAWAH', 'KURANG_MISCONDUCT'],
    ['SESUAI', 'DI_ATAS', 'BAIK'],
    ['SESUAI', 'SESUAI', 'BAIK'],
    ['SESUAI', 'DI_BAWAH', 'KURANG_MISCONDUCT'],
    ['DI_BAWAH', 'DI_ATAS', 'BUTUH_PERBAIKAN'],
    ['DI_BAWAH', 'SESUAI', 'BUTUH_PERBAIKAN'],
    ['DI_BAWAH', 'DI_BAWAH', 'SANGAT_KURANG'],
  ] as [Rating, Rating, string][])('hasil kerja %s × perilaku %s → %s', (hasilKerja, perilaku, predikat) => {
    expect(predikatOf(hasilKerja, perilaku)).toBe(predikat);
  });

  it('explains the cell in words', () => {
    expect(predikatExplanation('DI_ATAS', 'DI_BAWAH')).toBe(
      'Hasil kerja di atas ekspektasi dan perilaku kerja di bawah ekspektasi menghasilkan predikat Kurang/Misconduct (matriks PermenPANRB 6/2022)',
    );
  });
});
