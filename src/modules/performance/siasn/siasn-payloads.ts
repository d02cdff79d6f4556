import { Predikat } from '../../shared';
import { periodMonths } from '../skp/periods';
import { Rating } from '../predikat/rating';

/**
 * SIASN's codes for the values of `skp22/save` and `kinerjaperiodik/save` (DOMAIN.md §1.1 field
 * names). Policy data: the code tables are SIASN's reference lists as used by integrators [M: checked
 * against SIASN's ref endpoints only when a sandbox is available], recorded with every export.
 */
export const SIASN_CODES = {
  version: 'siasn-kinerja/v1',
  rating: { DI_ATAS: 1, SESUAI: 2, DI_BAWAH: 3 } satisfies Record<Rating, number>,
  kuadran: { SANGAT_BAIK: 1, BAIK: 2, BUTUH_PERBAIKAN: 3, KURANG_MISCONDUCT: 4, SANGAT_KURANG: 5 } satisfies Record<Predikat, number>,
} as const;

/** The pejabat penilai as SIASN wants them printed. A kepala daerah is not an ASN (`statusPenilai` NON ASN). */
export interface SiasnPenilai {
  readonly nama: string;
  readonly nipNrp: string | null;
  readonly golongan: string | null;
  readonly jabatan: string;
  readonly unorNama: string;
  readonly asn: boolean;
}

/** What a closed evaluation gives the export. */
export interface ExportedEvaluation {
  readonly year: number;
  readonly period: string;
  readonly ratingHasilKerja: Rating;
  readonly ratingPerilaku: Rating;
  readonly predikat: Predikat;
}

/** `skp22/save` (the annual SKP, PermenPANRB 6/2022). `pnsDinilaiOrang` is SIASN's own id of the person: the integrator resolves it from `nipBaru`. */
export interface Skp22Payload {
  tahun: number;
  hasilKinerjaNilai: number;
  perilakuKerjaNilai: number;
  kuadranKinerjaNilai: number;
  penilaiNama: string;
  penilaiNipNrp: string | null;
  penilaiGolongan: string | null;
  penilaiJabatan: string;
  penilaiUnorNama: string;
  statusPenilai: string;
  pnsDinilaiOrang: string | null;
  path: { dok_id: string; dok_nama: string; dok_uri: string; object: string; slug: string }[];
}

/** `kinerjaperiodik/save`: the skp22 fields plus the period; `periodikId`, `koefisienId` and `pnsDinilaiId` stay SIASN reference ids (checklist 13). */
export interface KinerjaPeriodikPayload extends Skp22Payload {
  bulanMulaiPenilaian: number;
  bulanSelesaiPenilaian: number;
  tahunMulaiPenilaian: number;
  tahunSelesaiPenilaian: number;
  periodikId: string | null;
  koefisienId: string | null;
  pnsDinilaiId: string | null;
}

export function skp22Of(evaluation: ExportedEvaluation, penilai: SiasnPenilai): Skp22Payload {
  return {
    tahun: evaluation.year,
    hasilKinerjaNilai: SIASN_CODES.rating[evaluation.ratingHasilKerja],
    perilakuKerjaNilai: SIASN_CODES.rating[evaluation.ratingPerilaku],
    kuadranKinerjaNilai: SIASN_CODES.kuadran[evaluation.predikat],
    penilaiNama: penilai.nama,
    penilaiNipNrp: penilai.nipNrp,
    penilaiGolongan: penilai.golongan,
    penilaiJabatan: penilai.jabatan,
    penilaiUnorNama: penilai.unorNama,
    statusPenilai: penilai.asn ? 'ASN' : 'NON ASN',
    pnsDinilaiOrang: null,
    path: [],
  };
}

export function kinerjaPeriodikOf(evaluation: ExportedEvaluation, penilai: SiasnPenilai): KinerjaPeriodikPayload {
  const { from, to } = periodMonths(evaluation.period);
  return {
    ...skp22Of(evaluation, penilai),
    bulanMulaiPenilaian: from,
    bulanSelesaiPenilaian: to,
    tahunMulaiPenilaian: evaluation.year,
    tahunSelesaiPenilaian: evaluation.year,
    periodikId: null,
    koefisienId: null,
    pnsDinilaiId: null,
  };
}
