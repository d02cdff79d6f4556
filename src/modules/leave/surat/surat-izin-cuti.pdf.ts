import { renderStampedPdf, stampOf, tanggal } from '@infrastructure/documents/stamped-pdf';
import { CountingUnit, LeaveKind, LeaveVerdict } from '../policy/leave.vocabulary';

/** What the letter prints: the decided request, the employee as the record stands, and the log entry it reflects. */
export interface SuratIzinCutiContent {
  readonly requestId: string;
  readonly kind: LeaveKind;
  readonly startDate: string;
  readonly endDate: string;
  readonly days: number;
  readonly counting: CountingUnit;
  readonly verdict: LeaveVerdict;
  readonly decidedAt: string;
  readonly skNumber: string | null;
  readonly skDate: string | null;
  readonly decidedBy: string;
  readonly employee: { readonly name: string; readonly identifier: string; readonly golongan: string; readonly jabatan: string; readonly unitKerja: string; readonly instansi: string };
  readonly address: string | null;
  readonly consideration: string | null;
  /** The log position and hash of the decision event the letter reflects. */
  readonly position: number;
  readonly hash: string;
  readonly streamId: string;
}

const KIND_TITLE: Record<LeaveKind, string> = {
  TAHUNAN: 'CUTI TAHUNAN',
  BESAR: 'CUTI BESAR',
  SAKIT: 'CUTI SAKIT',
  MELAHIRKAN: 'CUTI MELAHIRKAN',
  ALASAN_PENTING: 'CUTI KARENA ALASAN PENTING',
  CUTI_BERSAMA: 'CUTI BERSAMA',
  CLTN: 'CUTI DI LUAR TANGGUNGAN NEGARA',
};
const UNIT: Record<CountingUnit, string> = { WORKING_DAYS: 'hari kerja', CALENDAR_DAYS: 'hari kalender', CALENDAR_MONTHS: 'bulan' };
/**
 * The surat izin cuti (Anak Lampiran Perban 24/2017) as a stamped PDF (the platform's deterministic
 * document: its text, log position and hash read back and checked against `npm run verify`). Dated
 * with the decision, so the same decision always prints the same bytes.
 */
export function renderSuratIzinCuti(content: SuratIzinCutiContent): Promise<Buffer> {
  const { employee } = content;
  const meta = { title: `Surat Izin ${KIND_TITLE[content.kind]}`, author: employee.instansi, createdAt: content.decidedAt, stamp: content };
  return renderStampedPdf(meta, (doc) => {
    doc.font('Helvetica-Bold').fontSize(13).text(employee.instansi.toUpperCase(), { align: 'center' });
    doc.moveDown().fontSize(12).text(`SURAT IZIN ${KIND_TITLE[content.kind]}`, { align: 'center' });
    doc.font('Helvetica').fontSize(10).text(`Nomor: ${content.skNumber ?? content.requestId}`, { align: 'center' });
    doc.moveDown(1.5).fontSize(11).text(`Diberikan ${KIND_TITLE[content.kind].toLowerCase()} kepada Pegawai Aparatur Sipil Negara:`);
    doc.moveDown(0.5);
    for (const [label, value] of [
      ['Nama', employee.name],
      ['NIP', employee.identifier],
      ['Pangkat/Golongan', employee.golongan],
      ['Jabatan', employee.jabatan],
      ['Unit Kerja', employee.unitKerja],
    ]) {
      doc.text(`${label.padEnd(18, ' ')}: ${value}`);
    }
    doc.moveDown(0.5);
    doc.text(
      `selama ${content.days} ${UNIT[content.counting]}, terhitung mulai tanggal ${tanggal(content.startDate)} sampai dengan tanggal ${tanggal(content.endDate)}` +
        `${content.verdict === LeaveVerdict.PERUBAHAN ? ' (dengan perubahan oleh pejabat yang berwenang)' : ''}, dengan ketentuan sebelum dan sesudah menjalankan cuti wajib melaporkan diri kepada atasan langsungnya.`,
    );
    if (content.address) doc.moveDown(0.5).text(`Alamat selama menjalankan cuti: ${content.address}`);
    if (content.consideration) doc.moveDown(0.5).text(`Pertimbangan atasan langsung: ${content.consideration}`);
    doc.moveDown(1.5).text(`Ditetapkan tanggal ${tanggal(content.skDate ?? content.decidedAt)}`, { align: 'right' });
    doc.text(`Pejabat yang berwenang memberikan cuti: ${content.decidedBy}`, { align: 'right' });
  });
}

export { stampOf, tanggal };
