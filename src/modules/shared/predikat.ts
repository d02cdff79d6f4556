/**
 * Predikat kinerja (annual performance rating, PermenPANRB 6/2022), best first. Until the
 * performance module publishes finalised ratings, promotions take them as recorded inputs.
 */
export const Predikat = {
  SANGAT_BAIK: 'SANGAT_BAIK',
  BAIK: 'BAIK',
  BUTUH_PERBAIKAN: 'BUTUH_PERBAIKAN',
  KURANG_MISCONDUCT: 'KURANG_MISCONDUCT',
  SANGAT_KURANG: 'SANGAT_KURANG',
} as const;
export type Predikat = (typeof Predikat)[keyof typeof Predikat];

/** Best first. */
export const PREDIKAT_ORDER: readonly Predikat[] = Object.values(Predikat);

/** True when `predikat` is `floor` or better. */
export function isAtLeast(predikat: Predikat, floor: Predikat): boolean {
  return PREDIKAT_ORDER.indexOf(predikat) <= PREDIKAT_ORDER.indexOf(floor);
}

/** Where a predikat input came from; the performance module will add its own source later. */
export const PredikatSource = { RECORDED_INPUT: 'RECORDED_INPUT' } as const;
export type PredikatSource = (typeof PredikatSource)[keyof typeof PredikatSource];

/** The rating of one SKP year. */
export interface YearPredikat {
  readonly year: number;
  readonly predikat: Predikat;
}
