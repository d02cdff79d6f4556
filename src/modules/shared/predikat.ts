/**
 * Predikat kinerja (annual performance rating, PermenPANRB 6/2022), best first. The performance
 * module publishes finalised annual ratings (performance.AnnualPredikatFinalised); promotions take
 * them from there, and as recorded inputs only for years before the system.
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

/**
 * Where a predikat came from: a closed annual evaluation published by performance, or — only for a
 * year before the system holds any for the instansi — a person's recorded input with its legal basis.
 */
export const PredikatSource = { RECORDED_INPUT: 'RECORDED_INPUT', PERFORMANCE_EVALUATION: 'PERFORMANCE_EVALUATION' } as const;
export type PredikatSource = (typeof PredikatSource)[keyof typeof PredikatSource];

/** The rating of one SKP year. */
export interface YearPredikat {
  readonly year: number;
  readonly predikat: Predikat;
}
