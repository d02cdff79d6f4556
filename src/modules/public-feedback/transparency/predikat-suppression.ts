/** The five predikat kinerja pegawai in the order the portal shows them (PermenPANRB 6/2022). */
export const PREDIKAT_CELLS = ['sangatBaik', 'baik', 'butuhPerbaikan', 'kurang', 'sangatKurang'] as const;
export type PredikatCell = (typeof PREDIKAT_CELLS)[number];

export interface SuppressedCell {
  readonly predikat: PredikatCell;
  /** Null when withheld. */
  readonly count: number | null;
  readonly suppressed: boolean;
}

export interface SuppressedDistribution {
  /** Null when the unit has fewer than k closed evaluations. */
  readonly total: number | null;
  readonly cells: readonly SuppressedCell[];
  /** Why cells are withheld, for the reader: null when none is. */
  readonly reason: 'TOTAL_BELOW_K' | 'SMALL_CELLS' | 'UNANIMOUS' | null;
}

/**
 * Small-cell suppression of a unit's predicate counts (UU 14/2008 ps. 17 h: an individual rating is
 * never public; DOMAIN.md checklist 23, k ≥ 5 configurable):
 * - fewer than k evaluations in all: nothing but the fact is shown;
 * - every count from 1 to k−1 is withheld, and when exactly one is, the next smallest non-zero count
 *   too (otherwise total minus the others gives it back);
 * - when everyone has the same predikat, every count is withheld: the count would tell each person's
 *   rating (attribute disclosure), however many they are.
 * Zero counts are shown: "nobody" singles out no one.
 */
export function suppressPredikat(counts: Readonly<Record<PredikatCell, number>>, k: number): SuppressedDistribution {
  const total = PREDIKAT_CELLS.reduce((sum, p) => sum + counts[p], 0);
  const hidden = (reason: SuppressedDistribution['reason'], showTotal: boolean): SuppressedDistribution => ({
    total: showTotal ? total : null,
    cells: PREDIKAT_CELLS.map((predikat) => ({ predikat, count: null, suppressed: true })),
    reason,
  });
  if (total === 0) return { total: 0, cells: PREDIKAT_CELLS.map((predikat) => ({ predikat, count: 0, suppressed: false })), reason: null };
  if (total < k) return hidden('TOTAL_BELOW_K', false);
  if (PREDIKAT_CELLS.some((p) => counts[p] === total)) return hidden('UNANIMOUS', true);
  const withheld = new Set(PREDIKAT_CELLS.filter((p) => counts[p] > 0 && counts[p] < k));
  if (withheld.size === 1) {
    const next = PREDIKAT_CELLS.filter((p) => counts[p] > 0 && !withheld.has(p)).sort((a, b) => counts[a] - counts[b])[0];
    if (next) withheld.add(next);
  }
  return {
    total,
    cells: PREDIKAT_CELLS.map((predikat) => (withheld.has(predikat) ? { predikat, count: null, suppressed: true } : { predikat, count: counts[predikat], suppressed: false })),
    reason: withheld.size ? 'SMALL_CELLS' : null,
  };
}
