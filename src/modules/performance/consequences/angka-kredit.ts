import Fraction from 'fraction.js';
import { Predikat } from '../../shared';

/**
 * Angka kredit of a jabatan fungsional from the predikat (PermenPANRB 1/2023; Perban 3/2023;
 * DOMAIN.md §1.2 [S], checklist 12): AK = pct[predikat] × koefisien × months/12. The koefisien per
 * jenjang is reference data the caller supplies.
 */
export const AK_PERCENT: Readonly<Record<Predikat, number>> = {
  SANGAT_BAIK: 150,
  BAIK: 100,
  BUTUH_PERBAIKAN: 75,
  KURANG_MISCONDUCT: 50,
  SANGAT_KURANG: 25,
};

/**
 * Exact rational arithmetic, rounded once at the end to `decimals` places (the BKN example:
 * 2/12 × 100% × 12.5 = 2.08). `koefisien` is a decimal string (`"12.5"`); months 1–12.
 */
export function angkaKredit(predikat: Predikat, koefisien: string, months: number, decimals = 2): string {
  if (!Number.isInteger(months) || months < 1 || months > 12) throw new RangeError('months must be 1–12');
  if (!/^\d+(\.\d+)?$/.test(koefisien)) throw new RangeError('koefisien must be a decimal number');
  return new Fraction(koefisien).mul(AK_PERCENT[predikat], 100).mul(months, 12).round(decimals).valueOf().toFixed(decimals);
}
