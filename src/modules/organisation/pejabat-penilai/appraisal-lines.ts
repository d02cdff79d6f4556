import { JenisJabatan as J } from '../domain/organisation.vocabulary';

/** A level in the appraisal line: a jenis jabatan of a unit head, or the kepala daerah at the top. */
export type AppraiserLevel = J | 'KEPALA_DAERAH';
export const KEPALA_DAERAH = 'KEPALA_DAERAH' as const;

/** Who may appraise a jenis jabatan (pejabat penilai) and who stands above the appraiser (atasan pejabat penilai). */
export interface AppraisalLine {
  readonly penilai: readonly AppraiserLevel[];
  readonly atasan: readonly AppraiserLevel[];
}

const JF_KETERAMPILAN: AppraisalLine = { penilai: [J.PENGAWAS, J.ADMINISTRATOR, J.JPT_PRATAMA], atasan: [J.ADMINISTRATOR, J.JPT_PRATAMA] };

/**
 * DOMAIN.md §1.2 "Pejabat penilai, Pemda mapping" (PermenPANRB 6/2022; e-Kinerja BKN slides [S]).
 * Alternatives are listed from the lowest level up, so the nearest fitting head wins.
 */
export const PEMDA_APPRAISAL_LINES: Readonly<Record<J, AppraisalLine>> = {
  [J.ADMINISTRATOR]: { penilai: [J.JPT_PRATAMA], atasan: [KEPALA_DAERAH] },
  [J.PENGAWAS]: { penilai: [J.ADMINISTRATOR], atasan: [J.JPT_PRATAMA] },
  [J.PELAKSANA]: { penilai: [J.PENGAWAS], atasan: [J.ADMINISTRATOR] },
  [J.JF_AHLI_UTAMA]: { penilai: [J.JPT_PRATAMA], atasan: [J.JPT_MADYA, KEPALA_DAERAH] },
  [J.JF_AHLI_MADYA]: { penilai: [J.JPT_PRATAMA], atasan: [J.JPT_PRATAMA, J.JPT_MADYA] },
  [J.JF_AHLI_MUDA]: { penilai: [J.ADMINISTRATOR, J.JPT_PRATAMA], atasan: [J.JPT_PRATAMA, J.JPT_MADYA] },
  [J.JF_AHLI_PERTAMA]: { penilai: [J.PENGAWAS, J.ADMINISTRATOR, J.JPT_PRATAMA], atasan: [J.ADMINISTRATOR, J.JPT_PRATAMA, J.JPT_MADYA] },
  [J.JF_PENYELIA]: JF_KETERAMPILAN,
  [J.JF_MAHIR]: JF_KETERAMPILAN,
  [J.JF_TERAMPIL]: JF_KETERAMPILAN,
  [J.JF_PEMULA]: JF_KETERAMPILAN,
  // Not in the §1.2 table [M]: JPT are led by the Sekda (a JPT heading the Setda) or the kepala daerah.
  [J.JPT_PRATAMA]: { penilai: [J.JPT_PRATAMA, J.JPT_MADYA, KEPALA_DAERAH], atasan: [J.JPT_MADYA, KEPALA_DAERAH] },
  [J.JPT_MADYA]: { penilai: [KEPALA_DAERAH], atasan: [] },
};

/** Structural rank, used only to tell a higher head from a lower one when the table's level is missing. */
const RANK: Readonly<Record<AppraiserLevel, number>> = {
  [J.PELAKSANA]: 0,
  [J.JF_PEMULA]: 0,
  [J.JF_TERAMPIL]: 0,
  [J.JF_MAHIR]: 0,
  [J.JF_PENYELIA]: 0,
  [J.JF_AHLI_PERTAMA]: 0,
  [J.JF_AHLI_MUDA]: 0,
  [J.JF_AHLI_MADYA]: 0,
  [J.JF_AHLI_UTAMA]: 0,
  [J.PENGAWAS]: 1,
  [J.ADMINISTRATOR]: 2,
  [J.JPT_PRATAMA]: 3,
  [J.JPT_MADYA]: 4,
  [KEPALA_DAERAH]: 5,
};

export function rankOf(level: AppraiserLevel): number {
  return RANK[level];
}
