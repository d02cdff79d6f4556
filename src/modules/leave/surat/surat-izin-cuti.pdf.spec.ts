import { renderSuratIzinCuti, stampOf, SuratIzinCutiContent, tanggal } from './surat-izin-cuti.pdf';
import { pdfText } from '@infrastructure/documents/testing/pdf-text';

const content: SuratIzinCutiContent = {
  requestId: 'r1',
  kind: 'TAHUNAN',
  startDate: '2026-06-15',
  endDate: '2026-06-19',
  days: 4,
  counting: 'WORKING_DAYS',
  verdict: 'PERUBAHAN',
  decidedAt: '2026-05-05T03:00:00.000Z',
  skNumber: null,
  skDate: null,
  decidedBy: 'Kepala Dinas, Drs. Kadis Nasution',
  employee: { name: 'Ani Lestari Siregar', identifier: '198609262015052001', golongan: 'III/a Penata Muda', jabatan: 'Pengelola Sistem Informasi', unitKerja: 'Bidang Aplikasi Informatika', instansi: 'Pemerintah Kota Medan' },
  address: 'Jl. Sisingamangaraja 5, Sibolga',
  consideration: 'PERUBAHAN — Rapat koordinasi',
  position: 4711,
  hash: 'ab'.repeat(32),
  streamId: 'leave-record-emp-ani',
};

describe('surat izin cuti (PDF)', () => {
  it('prints the decision and the log position and hash it reflects, also as machine-readable metadata', async () => {
    const pdf = await renderSuratIzinCuti(content);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const expected of ['SURAT IZIN CUTI TAHUNAN', 'Ani Lestari Siregar', '198609262015052001', '15 Juni 2026', '19 Juni 2026', '4 hari kerja', 'Kepala Dinas, Drs. Kadis Nasution']) expect(text).toContain(expected);
    expect(text.replace(/\n/g, '')).toContain(`posisi log 4711, hash SHA-256 ${'ab'.repeat(32)}`);
    expect(pdf.toString('latin1')).toContain(`(${stampOf(content)})`);
  });

  it('prints the same bytes for the same decision', async () => {
    expect((await renderSuratIzinCuti(content)).equals(await renderSuratIzinCuti(content))).toBe(true);
  });

  it('writes dates the Indonesian way', () => {
    expect(tanggal('2026-08-17')).toBe('17 Agustus 2026');
  });
});
