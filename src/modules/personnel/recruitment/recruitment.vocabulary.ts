import { EDUCATION_ORDER, Education } from '../employee/domain/education';

/**
 * The closed vocabularies of recruitment (seleksi CPNS), as string literal unions: the decider, the
 * events and the GraphQL enums (read-models/recruitment.enums.ts) all use these values.
 */

/**
 * Pendidikan (education level) as SIASN groups it — the employee record's own codes (its domain
 * `Education` is the one source): SD primary, SLTP lower secondary, SLTA upper secondary, D_I…D_IV
 * diploma 1–4, S1…S3 bachelor…doctorate. An appointment hands the level on to the employee record as is.
 */
export const EDUCATION_LEVELS: readonly Education[] = EDUCATION_ORDER;
export type EducationLevel = Education;

/**
 * Hubungan (relation) between a selection-panel member and an applicant that is a conflict of interest:
 * KELUARGA_SEDARAH blood relative, KELUARGA_SEMENDA relative by marriage (in-law), SUAMI_ISTRI spouse,
 * ATASAN_BAWAHAN superior/subordinate at work, LAINNYA any other declared interest.
 */
export const CONFLICT_RELATIONS = ['KELUARGA_SEDARAH', 'KELUARGA_SEMENDA', 'SUAMI_ISTRI', 'ATASAN_BAWAHAN', 'LAINNYA'] as const;
export type ConflictRelation = (typeof CONFLICT_RELATIONS)[number];

/** Who found a relation the member may not have declared: an auditor, a system data match, a public report. */
export const RELATION_SOURCES = ['AUDITOR', 'SYSTEM_MATCH', 'PUBLIC_REPORT'] as const;
export type RelationSource = (typeof RELATION_SOURCES)[number];

/**
 * Batas usia pelamar CPNS (applicant age limit) of a formasi, DOMAIN.md §1.19: UMUM 18–35 at
 * application (PP 11/2017 ps. 23); KHUSUS_40 up to 40 for dokter spesialis / dokter gigi spesialis,
 * dokter pendidik klinis, and dosen / peneliti / perekayasa with an S3 (Keppres 17/2019).
 */
export const APPLICANT_AGE_LIMITS = ['UMUM', 'KHUSUS_40'] as const;
export type ApplicantAgeLimit = (typeof APPLICANT_AGE_LIMITS)[number];
export const APPLICANT_AGE_RANGE: Readonly<Record<ApplicantAgeLimit, { readonly min: number; readonly max: number }>> = {
  UMUM: { min: 18, max: 35 },
  KHUSUS_40: { min: 18, max: 40 },
};

/** Panitia seleksi (selection panel) roles: KETUA chair, SEKRETARIS secretary, ANGGOTA member. */
export const PANEL_ROLES = ['KETUA', 'SEKRETARIS', 'ANGGOTA'] as const;
export type PanelRole = (typeof PANEL_ROLES)[number];

/**
 * Where an SKD result came from. Only BKN_CAT_IMPORT is ever accepted (DOMAIN §2 item 19: results are
 * imported from the BKN reference, never hand-entered); MANUAL_ENTRY exists so that a client trying it
 * gets the domain rule PERSONNEL.SKD_RESULT_NOT_IMPORTED rather than a schema error.
 */
export const SKD_RESULT_SOURCES = ['BKN_CAT_IMPORT', 'MANUAL_ENTRY'] as const;
export type SkdResultSource = (typeof SKD_RESULT_SOURCES)[number];

/** Phases of a selection round, in order (CANCELLED ends it early). */
export const ROUND_STATUSES = ['REGISTRATION_OPEN', 'REGISTRATION_CLOSED', 'RANKING_PUBLISHED', 'ANNOUNCED', 'CANCELLED'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/**
 * Outcome of an applicant on the ranking: LULUS passed every threshold and ranks within the formasi
 * quota; LULUS_CADANGAN passed every threshold but ranks beyond the quota (reserve); TIDAK_LULUS did
 * not pass (a threshold missed, or no SKD result).
 */
export const RANKING_STATUSES = ['LULUS', 'LULUS_CADANGAN', 'TIDAK_LULUS'] as const;
export type RankingStatus = (typeof RANKING_STATUSES)[number];
