/** SKP vocabulary (PermenPANRB 6/2022; DOMAIN.md §1.2 "SKP data model", checklist 9). */

/** Kategori RHK: utama (the jabatan's main results) or tambahan (additional). */
export const RhkKategori = { UTAMA: 'UTAMA', TAMBAHAN: 'TAMBAHAN' } as const;
export type RhkKategori = (typeof RhkKategori)[keyof typeof RhkKategori];

/** Aspek an IKI measures. */
export const Aspek = { KUANTITAS: 'KUANTITAS', KUALITAS: 'KUALITAS', WAKTU: 'WAKTU', BIAYA: 'BIAYA' } as const;
export type Aspek = (typeof Aspek)[keyof typeof Aspek];

/** Kuantitatif: IKI and target with units of measure; kualitatif: the expectation narrated. */
export const Pendekatan = { KUANTITATIF: 'KUANTITATIF', KUALITATIF: 'KUALITATIF' } as const;
export type Pendekatan = (typeof Pendekatan)[keyof typeof Pendekatan];

/** The seven BerAKHLAK core values (perilaku kerja). */
export const BerAkhlak = {
  BERORIENTASI_PELAYANAN: 'BERORIENTASI_PELAYANAN',
  AKUNTABEL: 'AKUNTABEL',
  KOMPETEN: 'KOMPETEN',
  HARMONIS: 'HARMONIS',
  LOYAL: 'LOYAL',
  ADAPTIF: 'ADAPTIF',
  KOLABORATIF: 'KOLABORATIF',
} as const;
export type BerAkhlak = (typeof BerAkhlak)[keyof typeof BerAkhlak];
export const BERAKHLAK: readonly BerAkhlak[] = Object.values(BerAkhlak);

/** WITHDRAWN: a segment whose transfer was annulled before anything was planned in it (read model only). */
export const SkpStatus = { DRAFT: 'DRAFT', SUBMITTED: 'SUBMITTED', APPROVED: 'APPROVED', RETURNED: 'RETURNED', WITHDRAWN: 'WITHDRAWN' } as const;
export type SkpStatus = (typeof SkpStatus)[keyof typeof SkpStatus];

/** How an appraiser was found: from the organisation tree, or set by ADMIN_BKD with a reason. */
export const AppraiserSource = { DERIVED: 'DERIVED', OVERRIDE: 'OVERRIDE' } as const;
export type AppraiserSource = (typeof AppraiserSource)[keyof typeof AppraiserSource];

export const AppraiserRefKind = { UNIT_HEAD: 'UNIT_HEAD', KEPALA_DAERAH: 'KEPALA_DAERAH', UNRESOLVED: 'UNRESOLVED' } as const;
export type AppraiserRefKind = (typeof AppraiserRefKind)[keyof typeof AppraiserRefKind];
