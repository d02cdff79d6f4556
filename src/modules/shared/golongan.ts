/**
 * Golongan ruang (pay grade) with its pangkat (rank title). PNS have 17 ordered grades I/a … IV/e
 * (PP 99/2000 jo. PP 12/2002); PPPK have 17 grades I … XVII (Perpres 98/2020) [M].
 */

export const Golongan = {
  I_A: 'I_A',
  I_B: 'I_B',
  I_C: 'I_C',
  I_D: 'I_D',
  II_A: 'II_A',
  II_B: 'II_B',
  II_C: 'II_C',
  II_D: 'II_D',
  III_A: 'III_A',
  III_B: 'III_B',
  III_C: 'III_C',
  III_D: 'III_D',
  IV_A: 'IV_A',
  IV_B: 'IV_B',
  IV_C: 'IV_C',
  IV_D: 'IV_D',
  IV_E: 'IV_E',
} as const;
/** PNS golongan ruang, e.g. `III_A` (printed "III/a"). */
export type Golongan = (typeof Golongan)[keyof typeof Golongan];

export interface GolonganInfo {
  /** As printed on an SK: "III/a". */
  readonly label: string;
  /** Pangkat (rank title): "Penata Muda". */
  readonly pangkat: string;
}

// PP 99/2000 Lampiran I: the pangkat of each golongan ruang.
export const GOLONGAN_INFO: Readonly<Record<Golongan, GolonganInfo>> = {
  I_A: { label: 'I/a', pangkat: 'Juru Muda' },
  I_B: { label: 'I/b', pangkat: 'Juru Muda Tingkat I' },
  I_C: { label: 'I/c', pangkat: 'Juru' },
  I_D: { label: 'I/d', pangkat: 'Juru Tingkat I' },
  II_A: { label: 'II/a', pangkat: 'Pengatur Muda' },
  II_B: { label: 'II/b', pangkat: 'Pengatur Muda Tingkat I' },
  II_C: { label: 'II/c', pangkat: 'Pengatur' },
  II_D: { label: 'II/d', pangkat: 'Pengatur Tingkat I' },
  III_A: { label: 'III/a', pangkat: 'Penata Muda' },
  III_B: { label: 'III/b', pangkat: 'Penata Muda Tingkat I' },
  III_C: { label: 'III/c', pangkat: 'Penata' },
  III_D: { label: 'III/d', pangkat: 'Penata Tingkat I' },
  IV_A: { label: 'IV/a', pangkat: 'Pembina' },
  IV_B: { label: 'IV/b', pangkat: 'Pembina Tingkat I' },
  IV_C: { label: 'IV/c', pangkat: 'Pembina Utama Muda' },
  IV_D: { label: 'IV/d', pangkat: 'Pembina Utama Madya' },
  IV_E: { label: 'IV/e', pangkat: 'Pembina Utama' },
};

/** Lowest to highest. */
export const GOLONGAN_ORDER: readonly Golongan[] = Object.values(Golongan);

/**
 * [M] Unverified: SIASN reference ids (laravel-siasn-referensi `golongan.id`) assumed to be
 * 11–14, 21–24, 31–34, 41–45. Verify against the live reference table before any export uses them.
 */
export const SIASN_GOLONGAN_ID_UNVERIFIED: Readonly<Record<Golongan, number>> = {
  I_A: 11, I_B: 12, I_C: 13, I_D: 14,
  II_A: 21, II_B: 22, II_C: 23, II_D: 24,
  III_A: 31, III_B: 32, III_C: 33, III_D: 34,
  IV_A: 41, IV_B: 42, IV_C: 43, IV_D: 44, IV_E: 45,
};

export function isGolongan(value: unknown): value is Golongan {
  return typeof value === 'string' && (GOLONGAN_ORDER as readonly string[]).includes(value);
}

/** Negative when `a` is below `b`, 0 when equal, positive when above. */
export function compareGolongan(a: Golongan, b: Golongan): number {
  return GOLONGAN_ORDER.indexOf(a) - GOLONGAN_ORDER.indexOf(b);
}

/** The golongan one step up; undefined at IV/e. */
export function nextGolongan(golongan: Golongan): Golongan | undefined {
  return GOLONGAN_ORDER[GOLONGAN_ORDER.indexOf(golongan) + 1];
}

/** "III/a Penata Muda". */
export function describeGolongan(golongan: Golongan): string {
  const info = GOLONGAN_INFO[golongan];
  return `${info.label} ${info.pangkat}`;
}

export const GolonganPppk = {
  I: 'I', II: 'II', III: 'III', IV: 'IV', V: 'V', VI: 'VI', VII: 'VII', VIII: 'VIII', IX: 'IX',
  X: 'X', XI: 'XI', XII: 'XII', XIII: 'XIII', XIV: 'XIV', XV: 'XV', XVI: 'XVI', XVII: 'XVII',
} as const;
/** PPPK golongan, Roman numerals I–XVII (e.g. "Ahli Pertama / IX"). No pangkat titles. */
export type GolonganPppk = (typeof GolonganPppk)[keyof typeof GolonganPppk];

/** Lowest to highest. */
export const GOLONGAN_PPPK_ORDER: readonly GolonganPppk[] = Object.values(GolonganPppk);

export function isGolonganPppk(value: unknown): value is GolonganPppk {
  return typeof value === 'string' && (GOLONGAN_PPPK_ORDER as readonly string[]).includes(value);
}

export function compareGolonganPppk(a: GolonganPppk, b: GolonganPppk): number {
  return GOLONGAN_PPPK_ORDER.indexOf(a) - GOLONGAN_PPPK_ORDER.indexOf(b);
}

export function nextGolonganPppk(golongan: GolonganPppk): GolonganPppk | undefined {
  return GOLONGAN_PPPK_ORDER[GOLONGAN_PPPK_ORDER.indexOf(golongan) + 1];
}
