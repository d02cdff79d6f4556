import { NotificationTemplate } from '@infrastructure/notifications';

/**
 * The e-mails of a report's lifecycle, in Bahasa Indonesia. Reporters get their own report's
 * progress; the OPD head and the Admin Koordinator get the SLA escalations. Parameters are stored in
 * the outbox events, so they hold only what the report events already hold and never the reporter's
 * identity or the report's text (the tracking id leads to the rest); the OPD's response goes to the
 * reporter unless the report is RAHASIA.
 */
export const ReportTemplate = {
  RECEIVED: 'public-feedback.report-received',
  VERIFIED: 'public-feedback.report-verified',
  DISPOSED: 'public-feedback.report-disposed',
  FOLLOWED_UP: 'public-feedback.report-followed-up',
  CLOSED: 'public-feedback.report-closed',
  SLA_ESCALATION: 'public-feedback.report-sla-escalation',
} as const;

const FOOTER = '\n\nLacak laporan Anda kapan saja di portal partisipasi warga dengan nomor pelacakan di atas.\nE-mail ini dikirim otomatis; mohon tidak membalasnya. Anda dapat menghapus identitas Anda dari laporan melalui portal, dan e-mail berikutnya tidak akan dikirim.\n\n{{instansi}}';

export const REPORT_TEMPLATES: readonly NotificationTemplate[] = [
  {
    name: ReportTemplate.RECEIVED,
    subject: 'Laporan {{nomor}} diterima',
    text: `Yth. Pelapor,\n\n{{jenis}} Anda tentang {{unit}} telah kami terima dengan nomor pelacakan {{nomor}}.\nLaporan akan diverifikasi paling lambat {{batasVerifikasi}} (3 hari kerja).${FOOTER}`,
  },
  {
    name: ReportTemplate.VERIFIED,
    subject: 'Laporan {{nomor}}: {{tindakan}}',
    text: `Yth. Pelapor,\n\nLaporan Anda nomor {{nomor}} telah diperiksa Admin Koordinator: {{tindakan}}.\n{{keterangan}}${FOOTER}`,
  },
  {
    name: ReportTemplate.DISPOSED,
    subject: 'Laporan {{nomor}} diteruskan ke {{unitTujuan}}',
    text: `Yth. Pelapor,\n\nLaporan Anda nomor {{nomor}} telah diteruskan ke {{unitTujuan}} untuk ditindaklanjuti paling lambat {{batasTindakLanjut}}.${FOOTER}`,
  },
  {
    name: ReportTemplate.FOLLOWED_UP,
    subject: 'Laporan {{nomor}} telah ditindaklanjuti',
    text: `Yth. Pelapor,\n\n{{unitTujuan}} telah menindaklanjuti laporan Anda nomor {{nomor}}:\n\n{{tanggapan}}\n\nBila tindak lanjut ini belum menyelesaikan masalah, balas atau buka kembali laporan melalui portal sebelum {{batasTutup}}; setelah itu laporan ditutup.${FOOTER}`,
  },
  {
    name: ReportTemplate.CLOSED,
    subject: 'Laporan {{nomor}} selesai',
    text: `Yth. Pelapor,\n\nLaporan Anda nomor {{nomor}} ditutup pada {{tanggal}}: tidak ada balasan dalam 10 hari kerja setelah tindak lanjut. Terima kasih atas partisipasi Anda.${FOOTER}`,
  },
  {
    name: ReportTemplate.SLA_ESCALATION,
    subject: 'Eskalasi: laporan {{nomor}} melewati batas {{tahap}}',
    text: 'Yth. {{jabatan}},\n\n{{jenis}} nomor {{nomor}} tentang {{unit}} melewati batas waktu {{tahap}} ({{batas}}, hari kerja WIB) dan dieskalasi kepada pimpinan OPD dan Admin Koordinator.\nMohon segera ditindaklanjuti melalui papan laporan Akuntabel.\n\nE-mail ini dikirim otomatis.\n\n{{instansi}}',
  },
];
