import Fraction from 'fraction.js';
import { Predikat } from '../../shared';
import { AK_PERCENT, angkaKredit } from './angka-kredit';

/**
 * Koefisien angka kredit per year of each JF jenjang (PermenPANRB 1/2023, Lampiran; Perban 3/2023),
 * policy data, versioned. DOMAIN §1.2 confirms Ahli Pertama's 12.5 through BKN's worked example
 * (2/12 × 100% × 12.5 = 2.08); the other jenjang are [M] until checked against the Lampiran.
 */
export const KOEFISIEN_AK_2023 = {
  version: 'permenpanrb-1-2023/v1',
  perJenjang: {
    JF_AHLI_UTAMA: '50',
    JF_AHLI_MADYA: '37.5',
    JF_AHLI_MUDA: '25',
    JF_AHLI_PERTAMA: '12.5',
    JF_PENYELIA: '25',
    JF_MAHIR: '12.5',
    JF_TERAMPIL: '5',
    JF_PEMULA: '3.75',
  } as Readonly<Record<string, string>>,
} as const;

/** One line of an employee's AK ledger: what a finalised annual predikat earns, and the change against the line before it. */
export interface AngkaKreditLine {
  readonly jenisJabatan: string;
  readonly koefisien: string;
  readonly persen: number;
  readonly months: number;
  readonly angkaKredit: string;
  /** This line's angka kredit minus the previous line's for the same evaluation (a correction adjusts). */
  readonly delta: string;
  readonly policyVersion: string;
}

/** Null when the SKP's jabatan is not a JF (no angka kredit). */
export function angkaKreditLine(jenisJabatan: string, predikat: Predikat, months: number, previous: string | null): AngkaKreditLine | null {
  const koefisien = KOEFISIEN_AK_2023.perJenjang[jenisJabatan];
  if (!koefisien) return null;
  const ak = angkaKredit(predikat, koefisien, months);
  const delta = new Fraction(ak).sub(previous ?? '0').valueOf().toFixed(2);
  return { jenisJabatan, koefisien, persen: AK_PERCENT[predikat], months, angkaKredit: ak, delta, policyVersion: KOEFISIEN_AK_2023.version };
}

/** Sum of decimal strings, exact, at 2 dp. */
export function sumAngkaKredit(values: readonly string[]): string {
  return values.reduce((total, v) => total.add(v), new Fraction(0)).valueOf().toFixed(2);
}
