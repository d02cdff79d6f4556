import { Predikat } from '../../shared';
import { Rating } from './rating';

/**
 * The 3×3 matrix (PermenPANRB 6/2022; DOMAIN.md §1.2, checklist 5): rows are the rating hasil kerja,
 * columns the rating perilaku kerja. Good results with bad behaviour are KURANG_MISCONDUCT.
 */
export const PREDIKAT_MATRIX: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = {
  DI_ATAS: { DI_BAWAH: Predikat.KURANG_MISCONDUCT, SESUAI: Predikat.BAIK, DI_ATAS: Predikat.SANGAT_BAIK },
  SESUAI: { DI_BAWAH: Predikat.KURANG_MISCONDUCT, SESUAI: Predikat.BAIK, DI_ATAS: Predikat.BAIK },
  DI_BAWAH: { DI_BAWAH: Predikat.SANGAT_KURANG, SESUAI: Predikat.BUTUH_PERBAIKAN, DI_ATAS: Predikat.BUTUH_PERBAIKAN },
};

/** Predikat kinerja pegawai: a total function of the two ratings. */
export function predikatOf(hasilKerja: Rating, perilaku: Rating): Predikat {
  return PREDIKAT_MATRIX[hasilKerja][perilaku];
}

const LABELS: Readonly<Record<Rating, string>> = { DI_ATAS: 'di atas ekspektasi', SESUAI: 'sesuai ekspektasi', DI_BAWAH: 'di bawah ekspektasi' };
const PREDIKAT_LABELS: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG_MISCONDUCT: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang',
};

export function predikatLabel(predikat: Predikat): string {
  return PREDIKAT_LABELS[predikat];
}

/** Why a predikat: the matrix cell in words, shown with every predikat so none arrives unexplained. */
export function predikatExplanation(hasilKerja: Rating, perilaku: Rating): string {
  const predikat = predikatOf(hasilKerja, perilaku);
  return `Hasil kerja ${LABELS[hasilKerja]} dan perilaku kerja ${LABELS[perilaku]} menghasilkan predikat ${PREDIKAT_LABELS[predikat]} (matriks PermenPANRB 6/2022)`;
}
