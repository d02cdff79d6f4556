import { registerEnumType } from '@nestjs/graphql';
import {
  ActingKind,
  CareerActionKind,
  Education,
  EmployeeStatus,
  EmploymentType,
  Golongan,
  GOLONGAN_INFO,
  HukdisLevel,
  HukdisType,
  IdentifierType,
  Predikat,
  RetirementKind,
  SatyalancanaClass,
  Sex,
} from '../domain';

/** The employee vocabularies as GraphQL enums; the glosses live with the domain declarations. */
export const NominationStatus = { PENDING: 'PENDING', CONFIRMED: 'CONFIRMED', REJECTED: 'REJECTED' } as const;
export type NominationStatus = (typeof NominationStatus)[keyof typeof NominationStatus];

export const AppraiserKind = { UNIT_HEAD: 'UNIT_HEAD', KEPALA_DAERAH: 'KEPALA_DAERAH', UNRESOLVED: 'UNRESOLVED' } as const;
export type AppraiserKind = (typeof AppraiserKind)[keyof typeof AppraiserKind];

registerEnumType(EmploymentType, { name: 'EmploymentType', description: 'PNS (tenured civil servant, NIP) or PPPK (contract government employee, NI PPPK).' });
registerEnumType(EmployeeStatus, { name: 'EmployeeStatus', description: 'AKTIF (serving), PENSIUN (retired with pension) or BERHENTI (employment ended otherwise).' });
registerEnumType(IdentifierType, { name: 'IdentifierType', description: 'NIP (PNS) or NI_PPPK: 18 digits, never reused, not a secret.' });
registerEnumType(Sex, { name: 'Sex', description: 'Jenis kelamin; NIP digit 15 encodes 1 = MALE, 2 = FEMALE.' });
registerEnumType(Education, { name: 'Education', description: 'Pendidikan (highest recognised level) as SIASN groups it: SD … S3.' });
registerEnumType(Golongan, {
  name: 'Golongan',
  description: 'PNS golongan ruang (pay grade), I_A … IV_E.',
  valuesMap: Object.fromEntries(Object.entries(GOLONGAN_INFO).map(([g, info]) => [g, { description: `${info.label} ${info.pangkat}` }])),
});
registerEnumType(ActingKind, { name: 'ActingKind', description: 'PLT (pelaksana tugas: the post is vacant) or PLH (pelaksana harian: the holder is away).' });
registerEnumType(HukdisType, { name: 'HukdisType', description: 'Jenis hukuman disiplin (PP 94/2021).' });
registerEnumType(HukdisLevel, { name: 'HukdisLevel', description: 'Tingkat hukuman disiplin: RINGAN, SEDANG or BERAT (PP 94/2021).' });
registerEnumType(Predikat, { name: 'Predikat', description: 'Predikat kinerja (annual performance rating, PermenPANRB 6/2022), best first.' });
registerEnumType(RetirementKind, { name: 'RetirementKind', description: 'Jenis pemberhentian: how employment ends.' });
registerEnumType(SatyalancanaClass, { name: 'SatyalancanaClass', description: 'Satyalancana Karya Satya class: X (10 years), XX (20), XXX (30).' });
registerEnumType(NominationStatus, { name: 'AwardNominationStatus', description: 'PENDING a human decision, CONFIRMED or REJECTED.' });
registerEnumType(AppraiserKind, {
  name: 'AppraiserKind',
  description: 'UNIT_HEAD (a position in the tree), KEPALA_DAERAH (Wali Kota, Bupati, Gubernur) or UNRESOLVED (see `unresolved`).',
});
registerEnumType(CareerActionKind, { name: 'CareerActionKind', description: 'What an annulment (pembatalan) voids: TRANSFER (mutasi), PROMOTION (KP), HUKDIS (hukuman disiplin) or RETIREMENT (pemberhentian).' });
