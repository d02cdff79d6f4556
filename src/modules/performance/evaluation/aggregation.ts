import { RhkKategori } from '../skp/skp.vocabulary';
import { Rating } from '../predikat/rating';

/** One RHK as rated in an evaluation. */
export interface RhkRating {
  readonly rhkId: string;
  readonly kategori: RhkKategori;
  readonly rating: Rating;
}

/**
 * The thresholds behind "sebagian besar" (most) and "sebagian kecil" (a minority), which PermenPANRB
 * 6/2022 leaves without numbers ("tanpa ada persyaratan pembobotan tertentu"): policy, not statute
 * [M], versioned and recorded in each evaluation that used it.
 */
export interface AggregationPolicy {
  readonly version: string;
  /** "Most" means a share strictly above this percentage. */
  readonly mostAbovePercent: number;
  /** "Only a minority" means a share strictly below this percentage. */
  readonly minorityBelowPercent: number;
}

export const AGGREGATION_POLICY_2022: AggregationPolicy = { version: 'agregasi-rhk/v1', mostAbovePercent: 50, minorityBelowPercent: 50 };

/**
 * Rating hasil kerja from the per-RHK ratings (checklist 6; DOMAIN.md §1.2 "Rating definitions"):
 * - DI_ATAS: most or all RHK above expectation, and no RHK utama below;
 * - SESUAI: most or all RHK at (or above) expectation, and only a minority of RHK utama below;
 * - otherwise DI_BAWAH.
 */
export function aggregateHasilKerja(ratings: readonly RhkRating[], policy: AggregationPolicy = AGGREGATION_POLICY_2022): Rating {
  if (ratings.length === 0) return Rating.DI_BAWAH;
  const share = (n: number, of: number) => (of === 0 ? 0 : (n * 100) / of);
  const above = ratings.filter((r) => r.rating === Rating.DI_ATAS).length;
  const atOrAbove = ratings.filter((r) => r.rating !== Rating.DI_BAWAH).length;
  const utama = ratings.filter((r) => r.kategori === RhkKategori.UTAMA);
  const utamaBelow = utama.filter((r) => r.rating === Rating.DI_BAWAH).length;
  if (share(above, ratings.length) > policy.mostAbovePercent && utamaBelow === 0) return Rating.DI_ATAS;
  if (share(atOrAbove, ratings.length) > policy.mostAbovePercent && share(utamaBelow, utama.length) < policy.minorityBelowPercent) return Rating.SESUAI;
  return Rating.DI_BAWAH;
}
