import Fraction from 'fraction.js';

/**
 * The IKM engine (PermenPANRB 14/2017, DOMAIN.md §1.3): NRR per unsur, IKM = 25 × mean NRR. Every
 * intermediate value is an exact rational; the only rounding is the published IKM, to 2 decimals,
 * half up. Rounding early (penimbang 0.1111, NRR to 4 dp) shifts the result: the worked example the
 * guidance is usually quoted from gives 91.48 exactly and 91.47 with the rounded penimbang.
 */

/** The nine unsur (service elements) of the SKM questionnaire, in questionnaire order. */
export const SKM_UNSUR = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;
export type SkmUnsur = (typeof SKM_UNSUR)[number];

export const SKM_UNSUR_LABELS: Readonly<Record<SkmUnsur, string>> = {
  U1: 'Persyaratan',
  U2: 'Sistem, Mekanisme dan Prosedur',
  U3: 'Waktu Penyelesaian',
  U4: 'Biaya/Tarif',
  U5: 'Produk Spesifikasi Jenis Pelayanan',
  U6: 'Kompetensi Pelaksana',
  U7: 'Perilaku Pelaksana',
  U8: 'Sarana dan Prasarana',
  U9: 'Penanganan Pengaduan, Saran dan Masukan',
};

/** One respondent's answers: a value 1–4 for each of the nine unsur, in SKM_UNSUR order. */
export type SkmAnswers = readonly number[];

/** Mutu pelayanan (quality grade) from the conversion table. */
export type IkmGrade = 'A' | 'B' | 'C' | 'D';

/** Recorded with every published result, so a reader knows how the figure was rounded. */
export const IKM_ROUNDING_POLICY = 'EXACT_RATIONAL_HALF_UP_2DP';

export function isValidAnswers(answers: readonly unknown[]): answers is SkmAnswers {
  return answers.length === SKM_UNSUR.length && answers.every((a) => Number.isInteger(a) && (a as number) >= 1 && (a as number) <= 4);
}

export interface IkmResult {
  readonly respondents: number;
  /** NRR per unsur as exact text with 4 decimals (display only; the IKM uses the exact values). */
  readonly nrr: readonly { unsur: SkmUnsur; label: string; total: number; nrr: string }[];
  /** The IKM, 2 decimals, as exact text (`"91.48"`); null without respondents. */
  readonly ikm: string | null;
  readonly grade: IkmGrade | null;
  readonly roundingPolicy: string;
}

/** Σ nilai_u per unsur over the responses. */
export function totalsOf(responses: readonly SkmAnswers[]): number[] {
  return SKM_UNSUR.map((_, i) => responses.reduce((sum, r) => sum + r[i], 0));
}

/** NRR_u = Σ nilai_u / n, exactly. */
export function nrrPerUnsur(totals: readonly number[], respondents: number): Fraction[] {
  return totals.map((total) => new Fraction(total, respondents));
}

/** IKM = 25 × (Σ NRR_u × 1/9), exact. */
export function exactIkm(responses: readonly SkmAnswers[]): Fraction {
  return exactIkmOfTotals(totalsOf(responses), responses.length);
}

export function exactIkmOfTotals(totals: readonly number[], respondents: number): Fraction {
  return nrrPerUnsur(totals, respondents).reduce((sum, value) => sum.add(value), new Fraction(0)).div(SKM_UNSUR.length).mul(25);
}

/** Decimal text with `places` decimals, rounded half up (the values here are never negative). */
export function toDecimalText(value: Fraction, places: number): string {
  const scaled = value.mul(10n ** BigInt(places)).round(0);
  const digits = (scaled.s * scaled.n).toString().padStart(places + 1, '0');
  return places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/**
 * Grade by the conversion table on the published (2 dp) IKM: D 25.00–64.99, C 65.00–76.60,
 * B 76.61–88.30, A 88.31–100.00 (DOMAIN.md §1.3; not the Kepmenpan 25/2004 bands).
 */
export function gradeOf(ikm2dp: string): IkmGrade {
  const hundredths = Math.round(Number(ikm2dp) * 100);
  if (hundredths < 6500) return 'D';
  if (hundredths <= 7660) return 'C';
  if (hundredths <= 8830) return 'B';
  return 'A';
}

export function computeIkm(responses: readonly SkmAnswers[]): IkmResult {
  return computeIkmOfTotals(totalsOf(responses), responses.length);
}

/** The result from the per-unsur totals and the respondent count: all the IKM needs, exactly. */
export function computeIkmOfTotals(totals: readonly number[], respondents: number): IkmResult {
  const nrr = respondents === 0 ? [] : nrrPerUnsur(totals, respondents);
  const ikm = respondents === 0 ? null : toDecimalText(exactIkmOfTotals(totals, respondents), 2);
  return {
    respondents,
    nrr: SKM_UNSUR.map((unsur, i) => ({ unsur, label: SKM_UNSUR_LABELS[unsur], total: totals[i] ?? 0, nrr: respondents === 0 ? '0.0000' : toDecimalText(nrr[i], 4) })),
    ikm,
    grade: ikm === null ? null : gradeOf(ikm),
    roundingPolicy: IKM_ROUNDING_POLICY,
  };
}
