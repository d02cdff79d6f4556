import { registerEnumType } from '@nestjs/graphql';
import {
  APPLICANT_AGE_LIMITS,
  CONFLICT_RELATIONS,
  EDUCATION_LEVELS,
  PANEL_ROLES,
  RANKING_STATUSES,
  RELATION_SOURCES,
  ROUND_STATUSES,
  SKD_RESULT_SOURCES,
} from '../recruitment.vocabulary';

/** `['A','B']` → `{ A: 'A', B: 'B' }`: the shape registerEnumType needs, from our literal unions. */
function asEnum<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

/**
 * The employee record's `Education` values (EDUCATION_LEVELS derives from them), under a GraphQL name of
 * its own: registering `Education` itself here would rename this type in the published schema.
 */
export const ApplicantEducationLevelEnum = asEnum(EDUCATION_LEVELS);
export const ApplicantAgeLimitEnum = asEnum(APPLICANT_AGE_LIMITS);
export const ConflictRelationEnum = asEnum(CONFLICT_RELATIONS);
export const RelationSourceEnum = asEnum(RELATION_SOURCES);
export const PanelRoleEnum = asEnum(PANEL_ROLES);
export const SkdResultSourceEnum = asEnum(SKD_RESULT_SOURCES);
export const SelectionRoundStatusEnum = asEnum(ROUND_STATUSES);
export const RankingStatusEnum = asEnum(RANKING_STATUSES);
export const RecusalBasisEnum = asEnum(['DECLARED', 'KNOWN_RELATION'] as const);
export const RankingBoardStatusEnum = asEnum(['PUBLISHED', 'ANNOUNCED', 'CANCELLED'] as const);
export const AppointmentRegistrationStatusEnum = asEnum(['PENDING', 'REGISTERED', 'FAILED'] as const);

registerEnumType(ApplicantEducationLevelEnum, {
  name: 'ApplicantEducationLevel',
  description: 'Pendidikan (education level) as SIASN groups it: SD, SLTP, SLTA, diploma D_I–D_IV, S1–S3.',
});
registerEnumType(ApplicantAgeLimitEnum, {
  name: 'ApplicantAgeLimit',
  description: 'Batas usia pelamar CPNS of a formasi (DOMAIN.md §1.19).',
  valuesMap: {
    UMUM: { description: '18–35 years at application (PP 11/2017 ps. 23).' },
    KHUSUS_40: { description: 'Up to 40: dokter spesialis, dokter pendidik klinis, dosen/peneliti/perekayasa with an S3 (Keppres 17/2019).' },
  },
});
registerEnumType(ConflictRelationEnum, {
  name: 'ConflictRelation',
  description: 'A relation between a panel member and an applicant that is a conflict of interest.',
  valuesMap: {
    KELUARGA_SEDARAH: { description: 'Blood relative.' },
    KELUARGA_SEMENDA: { description: 'Relative by marriage (in-law).' },
    SUAMI_ISTRI: { description: 'Spouse.' },
    ATASAN_BAWAHAN: { description: 'Superior and subordinate at work.' },
    LAINNYA: { description: 'Any other interest.' },
  },
});
registerEnumType(RelationSourceEnum, { name: 'RelationSource', description: 'Who found a relation: an auditor, a system data match, or a public report.' });
registerEnumType(PanelRoleEnum, { name: 'PanelRole', description: 'Panitia seleksi role: KETUA (chair), SEKRETARIS (secretary), ANGGOTA (member).' });
registerEnumType(SkdResultSourceEnum, {
  name: 'SkdResultSource',
  description: 'Origin of an SKD result. Only BKN_CAT_IMPORT is accepted; MANUAL_ENTRY is always refused (PERSONNEL.SKD_RESULT_NOT_IMPORTED).',
});
registerEnumType(SelectionRoundStatusEnum, { name: 'SelectionRoundStatus', description: 'Phase of a selection round.' });
registerEnumType(RankingStatusEnum, {
  name: 'RankingStatus',
  description: 'LULUS: passed every threshold and ranked within the quota; LULUS_CADANGAN: passed, beyond the quota (reserve); TIDAK_LULUS: did not pass.',
});
registerEnumType(RecusalBasisEnum, { name: 'RecusalBasis', description: "DECLARED by the member, or a KNOWN_RELATION found by others that the member hadn't declared." });
registerEnumType(RankingBoardStatusEnum, { name: 'RankingBoardStatus', description: 'PUBLISHED (provisional), ANNOUNCED (official) or CANCELLED.' });
registerEnumType(AppointmentRegistrationStatusEnum, {
  name: 'AppointmentRegistrationStatus',
  description: 'Whether the employee record of an appointment is PENDING, REGISTERED, or was refused (FAILED, with the rule; retryable once corrected).',
});
