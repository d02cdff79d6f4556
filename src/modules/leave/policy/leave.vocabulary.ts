/**
 * The closed vocabularies of leave (cuti), PP 11/2017 ps. 309–… as amended by PP 17/2020 and
 * Peraturan BKN 24/2017 as amended by 7/2021 (PNS); Peraturan BKN 7/2022 (PPPK). DOMAIN.md §1.14.
 */

/** Jenis cuti (kind of leave). */
export const LeaveKind = {
  /** Cuti tahunan: annual leave, 12 working days a year. */
  TAHUNAN: 'TAHUNAN',
  /** Cuti besar: long leave of up to 3 months after 5 years of service. */
  BESAR: 'BESAR',
  /** Cuti sakit: sick leave, with a doctor's letter. */
  SAKIT: 'SAKIT',
  /** Cuti melahirkan: maternity leave for the 1st–3rd child, 3 months. */
  MELAHIRKAN: 'MELAHIRKAN',
  /** Cuti karena alasan penting (CAP): leave for an important reason, up to 1 month. */
  ALASAN_PENTING: 'ALASAN_PENTING',
  /** Cuti bersama: collective leave decreed by Keppres; not requested, recorded per year. */
  CUTI_BERSAMA: 'CUTI_BERSAMA',
  /** Cuti di luar tanggungan negara (CLTN): unpaid leave of up to 3 years (+1). */
  CLTN: 'CLTN',
} as const;
export type LeaveKind = (typeof LeaveKind)[keyof typeof LeaveKind];
export const LEAVE_KINDS = Object.values(LeaveKind);

/** What a request of a kind is for, where the kind's rules depend on it. */
export const LeaveSubKind = {
  // SAKIT
  /** Sick leave in general (1 year + 6 months at most). */
  SAKIT_UMUM: 'SAKIT_UMUM',
  /** Gugur kandungan (miscarriage): at most 1.5 months. */
  GUGUR_KANDUNGAN: 'GUGUR_KANDUNGAN',
  /** Kecelakaan kerja (work accident): until recovered. */
  KECELAKAAN_KERJA: 'KECELAKAAN_KERJA',
  // ALASAN_PENTING
  /** Ibu, bapak, istri/suami, anak, saudara kandung, mertua or menantu gravely ill. */
  KELUARGA_SAKIT_KERAS: 'KELUARGA_SAKIT_KERAS',
  /** Close family died. */
  KELUARGA_MENINGGAL: 'KELUARGA_MENINGGAL',
  /** The employee's own marriage. */
  PERNIKAHAN: 'PERNIKAHAN',
  /** Fire or natural disaster. */
  BENCANA: 'BENCANA',
  /** A male PNS whose wife gives birth (hospital letter). */
  ISTRI_MELAHIRKAN: 'ISTRI_MELAHIRKAN',
  // BESAR
  /** Cuti besar for the first hajj: the 5-year service condition is waived. */
  IBADAH_HAJI_PERTAMA: 'IBADAH_HAJI_PERTAMA',
  // CLTN
  /** An extension of a CLTN that ends the day before (at most 1 year). */
  PERPANJANGAN_CLTN: 'PERPANJANGAN_CLTN',
} as const;
export type LeaveSubKind = (typeof LeaveSubKind)[keyof typeof LeaveSubKind];

/** How a kind's length is counted. */
export const CountingUnit = {
  /** Monday–Friday minus holidays and cuti bersama (the working-day calendar). */
  WORKING_DAYS: 'WORKING_DAYS',
  CALENDAR_DAYS: 'CALENDAR_DAYS',
  CALENDAR_MONTHS: 'CALENDAR_MONTHS',
} as const;
export type CountingUnit = (typeof CountingUnit)[keyof typeof CountingUnit];

/** Kind of supporting document (bukti pendukung), uploaded as an attachment. */
export const EvidenceKind = {
  /** Surat keterangan dokter. */
  SURAT_DOKTER: 'SURAT_DOKTER',
  /** Surat keterangan dokter pemerintah (sick leave over 14 days). */
  SURAT_DOKTER_PEMERINTAH: 'SURAT_DOKTER_PEMERINTAH',
  /** Surat keterangan rumah sakit (a wife's childbirth, a relative's illness). */
  SURAT_RUMAH_SAKIT: 'SURAT_RUMAH_SAKIT',
  /** Any other supporting letter (death certificate, marriage notice, disaster statement…). */
  SURAT_KETERANGAN: 'SURAT_KETERANGAN',
} as const;
export type EvidenceKind = (typeof EvidenceKind)[keyof typeof EvidenceKind];

/**
 * The consideration of the atasan langsung and the decision of the pejabat yang berwenang
 * memberikan cuti (PyB), the four boxes of the form (Anak Lampiran I.b Perban 24/2017).
 */
export const LeaveVerdict = {
  DISETUJUI: 'DISETUJUI',
  /** Approved with other dates. */
  PERUBAHAN: 'PERUBAHAN',
  /** Postponed (cuti tahunan: usable next year, up to 24 working days). */
  DITANGGUHKAN: 'DITANGGUHKAN',
  TIDAK_DISETUJUI: 'TIDAK_DISETUJUI',
} as const;
export type LeaveVerdict = (typeof LeaveVerdict)[keyof typeof LeaveVerdict];

/** Where a request stands. */
export const LeaveStatus = {
  /** Waiting for the atasan langsung. */
  MENUNGGU_PERTIMBANGAN: 'MENUNGGU_PERTIMBANGAN',
  /** Considered; waiting for the pejabat yang berwenang. */
  MENUNGGU_KEPUTUSAN: 'MENUNGGU_KEPUTUSAN',
  DISETUJUI: 'DISETUJUI',
  /** Approved with other dates. */
  DISETUJUI_PERUBAHAN: 'DISETUJUI_PERUBAHAN',
  DITANGGUHKAN: 'DITANGGUHKAN',
  TIDAK_DISETUJUI: 'TIDAK_DISETUJUI',
  DIBATALKAN: 'DIBATALKAN',
} as const;
export type LeaveStatus = (typeof LeaveStatus)[keyof typeof LeaveStatus];

export const PENDING_STATUSES: readonly LeaveStatus[] = [LeaveStatus.MENUNGGU_PERTIMBANGAN, LeaveStatus.MENUNGGU_KEPUTUSAN];
export const GRANTED_STATUSES: readonly LeaveStatus[] = [LeaveStatus.DISETUJUI, LeaveStatus.DISETUJUI_PERUBAHAN];

/** Who is the pejabat yang berwenang memberikan cuti for a kind (reference data per instansi). */
export const LeaveAuthority = {
  /** The head of the employee's OPD (the top-level unit), under the PPK's delegation. */
  KEPALA_OPD: 'KEPALA_OPD',
  /** The PPK (the kepala daerah) himself; ADMIN_BKD of the instansi records the signed decision. */
  PPK: 'PPK',
} as const;
export type LeaveAuthority = (typeof LeaveAuthority)[keyof typeof LeaveAuthority];

export type EmploymentKind = 'PNS' | 'PPPK';
