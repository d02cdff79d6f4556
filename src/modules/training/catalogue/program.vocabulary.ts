/**
 * Routes and forms of competency development (Peraturan LAN 10/2018 for PNS, Peraturan LAN 15/2020
 * for PPPK; DOMAIN.md §1.7) and the competency groups of PermenPANRB 38/2017 (§1.21).
 */
export const TrainingRoute = {
  PENDIDIKAN: 'PENDIDIKAN',
  PELATIHAN_KLASIKAL: 'PELATIHAN_KLASIKAL',
  PELATIHAN_NONKLASIKAL: 'PELATIHAN_NONKLASIKAL',
} as const;
export type TrainingRoute = (typeof TrainingRoute)[keyof typeof TrainingRoute];

export const TrainingForm = {
  TUGAS_BELAJAR: 'TUGAS_BELAJAR',
  IZIN_BELAJAR: 'IZIN_BELAJAR',
  DIKLAT: 'DIKLAT',
  SEMINAR: 'SEMINAR',
  WORKSHOP: 'WORKSHOP',
  KURSUS: 'KURSUS',
  BIMTEK: 'BIMTEK',
  PENATARAN: 'PENATARAN',
  COACHING: 'COACHING',
  MENTORING: 'MENTORING',
  E_LEARNING: 'E_LEARNING',
  MAGANG: 'MAGANG',
  PERTUKARAN: 'PERTUKARAN',
  DETASERING: 'DETASERING',
  BELAJAR_MANDIRI: 'BELAJAR_MANDIRI',
  KOMUNITAS_BELAJAR: 'KOMUNITAS_BELAJAR',
} as const;
export type TrainingForm = (typeof TrainingForm)[keyof typeof TrainingForm];

/** Which forms belong to which route (Perlan 10/2018 ps. 7–10 as summarised in DOMAIN.md §1.7). */
export const FORMS_BY_ROUTE: Readonly<Record<TrainingRoute, readonly TrainingForm[]>> = {
  PENDIDIKAN: ['TUGAS_BELAJAR', 'IZIN_BELAJAR'],
  PELATIHAN_KLASIKAL: ['DIKLAT', 'SEMINAR', 'WORKSHOP', 'KURSUS', 'BIMTEK', 'PENATARAN'],
  PELATIHAN_NONKLASIKAL: ['COACHING', 'MENTORING', 'E_LEARNING', 'MAGANG', 'PERTUKARAN', 'DETASERING', 'BELAJAR_MANDIRI', 'KOMUNITAS_BELAJAR'],
};

/**
 * Pelatihan struktural kepemimpinan and Latsar CPNS (Perlan 10/2018): the trainings SIASN keeps in
 * `rw-diklat` (`diklat/save`, `latihanStrukturalId`); every other course goes to `rw-kursus`.
 */
export const LatihanStruktural = {
  LATSAR_CPNS: 'LATSAR_CPNS',
  PKP: 'PKP',
  PKA: 'PKA',
  PKN_II: 'PKN_II',
  PKN_I: 'PKN_I',
} as const;
export type LatihanStruktural = (typeof LatihanStruktural)[keyof typeof LatihanStruktural];

export const CompetencyGroup = {
  MANAJERIAL: 'MANAJERIAL',
  SOSIAL_KULTURAL: 'SOSIAL_KULTURAL',
  TEKNIS: 'TEKNIS',
} as const;
export type CompetencyGroup = (typeof CompetencyGroup)[keyof typeof CompetencyGroup];

/** A competency a program targets, with the level (1–5, PermenPANRB 38/2017) it develops towards. */
export interface TargetCompetency {
  readonly group: CompetencyGroup;
  readonly name: string;
  readonly level: number;
}
