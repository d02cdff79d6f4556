import { registerEnumType } from '@nestjs/graphql';

/** LAPOR! classification (DOMAIN.md §1.4) plus appreciation. */
export enum ReportKind {
  ASPIRASI = 'ASPIRASI',
  PENGADUAN = 'PENGADUAN',
  PERMINTAAN_INFORMASI = 'PERMINTAAN_INFORMASI',
  /** Whistle-blowing: always RAHASIA. */
  WBS = 'WBS',
  APRESIASI = 'APRESIASI',
}

/**
 * Who may see what (LAPOR! flags, §1.4), ordered: a report's privacy may only rise, unless the
 * reporter asks for it to be lowered.
 * - PUBLIC: content public; the reporter's identity visible to the officers handling it.
 * - ANONIM: content public; identity visible to the Admin Koordinator only (never to the OPD reported on).
 * - RAHASIA: content hidden from the public; identity visible to the Admin Koordinator only.
 */
export enum ReportPrivacy {
  PUBLIC = 'PUBLIC',
  ANONIM = 'ANONIM',
  RAHASIA = 'RAHASIA',
}
export const PRIVACY_RANK: Readonly<Record<ReportPrivacy, number>> = { PUBLIC: 0, ANONIM: 1, RAHASIA: 2 };

/** `SUBMITTED → VERIFIED | DEFERRED | NOT_OUR_AUTHORITY | ARCHIVED → DISPOSED → FOLLOWED_UP → CLOSED` (checklist 17). */
export enum ReportStatus {
  SUBMITTED = 'SUBMITTED',
  VERIFIED = 'VERIFIED',
  DEFERRED = 'DEFERRED',
  NOT_OUR_AUTHORITY = 'NOT_OUR_AUTHORITY',
  ARCHIVED = 'ARCHIVED',
  DISPOSED = 'DISPOSED',
  FOLLOWED_UP = 'FOLLOWED_UP',
  CLOSED = 'CLOSED',
}

/** The Admin Koordinator's actions on a new report (LAPOR! v3). */
export enum VerificationAction {
  A1_VERIFIKASI = 'A1_VERIFIKASI',
  A2_TUNDA = 'A2_TUNDA',
  A3_BUKAN_WEWENANG = 'A3_BUKAN_WEWENANG',
  A4_ARSIPKAN = 'A4_ARSIPKAN',
}

/** The fixed reasons per action (LAPOR! rejection reasons, §1.4); A1 takes none. */
export const VERIFICATION_REASONS: Readonly<Record<VerificationAction, readonly string[]>> = {
  A1_VERIFIKASI: [],
  A2_TUNDA: ['DATA_TIDAK_LENGKAP', 'MENUNGGU_KONFIRMASI_PELAPOR', 'MENUNGGU_BUKTI_PENDUKUNG'],
  A3_BUKAN_WEWENANG: ['KEWENANGAN_INSTANSI_VERTIKAL', 'KEWENANGAN_PEMERINTAH_PROVINSI', 'KEWENANGAN_PEMERINTAH_PUSAT', 'KEWENANGAN_PEMDA_LAIN', 'RANAH_PERDATA_ATAU_PIDANA'],
  A4_ARSIPKAN: ['KESALAHAN_FORMAT', 'MASUKAN_TERLALU_UMUM', 'TIDAK_RELEVAN_DENGAN_KINERJA_PEMERINTAH', 'DUPLIKAT', 'SPAM'],
};

export enum SlaStage {
  /** Verification and forwarding (disposition) ≤ 3 hari kerja after submission. */
  VERIFY = 'VERIFY',
  /** Follow-up ≤ 5 hari kerja after disposition. */
  FOLLOW_UP = 'FOLLOW_UP',
}

export enum ReportChannel {
  PORTAL = 'PORTAL',
  /** Received at a counter, by phone or letter and entered by an officer. */
  LOKET = 'LOKET',
  /** Imported from another channel (LAPOR!, another instance) with its tracking id. */
  IMPORT = 'IMPORT',
}

registerEnumType(ReportKind, { name: 'ReportKind', description: 'ASPIRASI, PENGADUAN, PERMINTAAN_INFORMASI, WBS (whistle-blowing, always RAHASIA) or APRESIASI.' });
registerEnumType(ReportPrivacy, { name: 'ReportPrivacy', description: 'PUBLIC, ANONIM (identity hidden) or RAHASIA (content hidden); only ever raised, unless the reporter asks.' });
registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(VerificationAction, { name: 'VerificationAction', description: 'LAPOR! A1 Verifikasi, A2 Tunda, A3 Bukan Wewenang, A4 Arsipkan.' });
registerEnumType(SlaStage, { name: 'SlaStage' });
registerEnumType(ReportChannel, { name: 'ReportChannel' });
