import { LogStamp, renderStampedPdf, tanggal } from '@infrastructure/documents/stamped-pdf';

const RATING: Record<string, string> = { DI_ATAS: 'Di atas ekspektasi', SESUAI: 'Sesuai ekspektasi', DI_BAWAH: 'Di bawah ekspektasi' };
const PREDIKAT: Record<string, string> = { SANGAT_BAIK: 'Sangat Baik', BAIK: 'Baik', BUTUH_PERBAIKAN: 'Butuh Perbaikan', KURANG_MISCONDUCT: 'Kurang/Misconduct', SANGAT_KURANG: 'Sangat Kurang' };
const NILAI: Record<string, string> = {
  BERORIENTASI_PELAYANAN: 'Berorientasi Pelayanan',
  AKUNTABEL: 'Akuntabel',
  KOMPETEN: 'Kompeten',
  HARMONIS: 'Harmonis',
  LOYAL: 'Loyal',
  ADAPTIF: 'Adaptif',
  KOLABORATIF: 'Kolaboratif',
};

export interface PrintedPerson {
  readonly name: string;
  readonly identifier: string;
  readonly golongan: string;
  readonly jabatan: string;
  readonly unitKerja: string;
}

/** What a printed SKP shows: the plan, the closed evaluation of one period with its predikat, and the log entry it reflects. */
export interface SkpPrintContent {
  readonly skpId: string;
  readonly instansi: string;
  readonly year: number;
  readonly period: string;
  readonly pegawai: PrintedPerson;
  readonly penilai: PrintedPerson;
  readonly rhk: readonly { readonly rhkId: string; readonly kategori: string; readonly rencanaKinerja: string; readonly indikator: readonly { readonly aspek: string; readonly iki: string; readonly target: string }[]; readonly rating: string | null }[];
  readonly perilaku: readonly { readonly nilai: string; readonly ekspektasiKhusus: string | null }[];
  readonly ratingHasilKerja: string;
  readonly ratingPerilaku: string;
  readonly predikat: string;
  readonly explanation: string;
  readonly corrections: readonly { readonly previousPredikat: string; readonly predikat: string; readonly reason: string; readonly correctedAt: string }[];
  readonly closedAt: string;
  readonly stamp: LogStamp;
}

export const predikatLabel = (predikat: string): string => PREDIKAT[predikat] ?? predikat;

/** The SKP with its evaluation (PermenPANRB 6/2022 format, simplified), as a stamped PDF dated with the close. */
export function renderSkpPrint(content: SkpPrintContent): Promise<Buffer> {
  const periodName = /^\d{4}$/.test(content.period) ? `Tahunan ${content.year}` : `Periode ${content.period}`;
  return renderStampedPdf({ title: `SKP ${content.pegawai.name} ${content.period}`, author: content.instansi, createdAt: content.closedAt, stamp: content.stamp }, (doc) => {
    doc.font('Helvetica-Bold').fontSize(13).text(content.instansi.toUpperCase(), { align: 'center' });
    doc.moveDown(0.5).fontSize(12).text('SASARAN KINERJA PEGAWAI DAN EVALUASI KINERJA', { align: 'center' });
    doc.font('Helvetica').fontSize(10).text(`${periodName} — SKP ${content.skpId}`, { align: 'center' });
    for (const [heading, person] of [
      ['PEGAWAI YANG DINILAI', content.pegawai],
      ['PEJABAT PENILAI KINERJA', content.penilai],
    ] as const) {
      doc.moveDown().font('Helvetica-Bold').fontSize(10).text(heading);
      doc.font('Helvetica');
      for (const [label, value] of [
        ['Nama', person.name],
        ['NIP', person.identifier],
        ['Pangkat/Golongan', person.golongan],
        ['Jabatan', person.jabatan],
        ['Unit Kerja', person.unitKerja],
      ]) doc.text(`${label.padEnd(18, ' ')}: ${value}`);
    }
    doc.moveDown().font('Helvetica-Bold').text('HASIL KERJA');
    doc.font('Helvetica');
    for (const rhk of content.rhk) {
      doc.moveDown(0.3).text(`${rhk.rhkId} (${rhk.kategori}) ${rhk.rencanaKinerja}${rhk.rating ? ` — ${RATING[rhk.rating] ?? rhk.rating}` : ''}`);
      for (const i of rhk.indikator) doc.text(`    ${i.aspek}: ${i.iki}; target ${i.target}`);
    }
    doc.moveDown().font('Helvetica-Bold').text('PERILAKU KERJA (BerAKHLAK)');
    doc.font('Helvetica');
    for (const p of content.perilaku) doc.text(`${NILAI[p.nilai] ?? p.nilai}${p.ekspektasiKhusus ? `: ${p.ekspektasiKhusus}` : ''}`);
    doc.moveDown().font('Helvetica-Bold').text('EVALUASI');
    doc.font('Helvetica');
    doc.text(`Rating hasil kerja: ${RATING[content.ratingHasilKerja] ?? content.ratingHasilKerja}`);
    doc.text(`Rating perilaku kerja: ${RATING[content.ratingPerilaku] ?? content.ratingPerilaku}`);
    doc.font('Helvetica-Bold').text(`PREDIKAT KINERJA PEGAWAI: ${predikatLabel(content.predikat).toUpperCase()}`);
    doc.font('Helvetica').text(content.explanation);
    for (const c of content.corrections) doc.text(`Dikoreksi ${tanggal(c.correctedAt)}: ${predikatLabel(c.previousPredikat)} menjadi ${predikatLabel(c.predikat)} — ${c.reason}`);
    doc.moveDown().text(`Ditetapkan (penetapan predikat) tanggal ${tanggal(content.closedAt)}`, { align: 'right' });
  });
}
