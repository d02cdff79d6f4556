/**
 * Rating hasil kerja and rating perilaku kerja (PermenPANRB 6/2022): three levels, best first, the
 * same scale for both (DOMAIN.md §1.2 "Rating definitions").
 */
export const Rating = {
  DI_ATAS: 'DI_ATAS',
  SESUAI: 'SESUAI',
  DI_BAWAH: 'DI_BAWAH',
} as const;
export type Rating = (typeof Rating)[keyof typeof Rating];

export const RATINGS: readonly Rating[] = Object.values(Rating);

export function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATINGS as readonly string[]).includes(value);
}

/** Predikat kinerja organisasi (unit), set by the next-higher leader (DOMAIN.md §1.2; checklist 7). */
export const OrganisationPredikat = {
  ISTIMEWA: 'ISTIMEWA',
  BAIK: 'BAIK',
  BUTUH_PERBAIKAN: 'BUTUH_PERBAIKAN',
  KURANG: 'KURANG',
  SANGAT_KURANG: 'SANGAT_KURANG',
} as const;
export type OrganisationPredikat = (typeof OrganisationPredikat)[keyof typeof OrganisationPredikat];

export const ORGANISATION_PREDIKATS: readonly OrganisationPredikat[] = Object.values(OrganisationPredikat);
