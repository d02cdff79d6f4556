import { stampOf, verificationCodeOf } from '@infrastructure/documents/stamped-pdf';
import { pdfText } from '@infrastructure/documents/testing/pdf-text';
import { renderSkpPrint, SkpPrintContent } from './skp-print.pdf';

const stamp = { streamId: 'performance-evaluation-emp-ani.2025.2025', position: 812, hash: 'cd'.repeat(32) };
const content: SkpPrintContent = {
  skpId: 'emp-ani.2025',
  instansi: 'Pemerintah Kota Medan',
  year: 2025,
  period: '2025',
  pegawai: { name: 'Ani Lestari Siregar', identifier: '198609262015052001', golongan: 'III/a Penata Muda', jabatan: 'Pengelola Sistem Informasi', unitKerja: 'Bidang Aplikasi Informatika' },
  penilai: { name: 'Budi Harahap', identifier: '197501012000031001', golongan: 'IV/a Pembina', jabatan: 'Kepala Bidang Aplikasi Informatika', unitKerja: 'Bidang Aplikasi Informatika' },
  rhk: [{ rhkId: 'U1', kategori: 'UTAMA', rencanaKinerja: 'Layanan aplikasi berjalan', indikator: [{ aspek: 'KUANTITAS', iki: 'Aplikasi aktif', target: '12 aplikasi' }], rating: 'DI_ATAS' }],
  perilaku: [{ nilai: 'AKUNTABEL', ekspektasiKhusus: 'Melaporkan tepat waktu' }],
  ratingHasilKerja: 'DI_ATAS',
  ratingPerilaku: 'SESUAI',
  predikat: 'BAIK',
  explanation: 'Hasil kerja di atas ekspektasi, perilaku sesuai ekspektasi: Baik',
  corrections: [{ previousPredikat: 'BUTUH_PERBAIKAN', predikat: 'BAIK', reason: 'Realisasi Q4 terlambat dicatat', correctedAt: '2026-01-20T02:00:00.000Z' }],
  closedAt: '2026-01-09T03:00:00.000Z',
  stamp,
};

describe('printed SKP (PDF)', () => {
  it('prints the plan, the evaluation and the predikat, the correction, and the stamp with its verification code', async () => {
    const pdf = await renderSkpPrint(content);
    const text = pdfText(pdf);
    for (const expected of ['SASARAN KINERJA PEGAWAI', 'Ani Lestari Siregar', 'Budi Harahap', 'Layanan aplikasi berjalan', '12 aplikasi', 'Melaporkan tepat waktu', 'PREDIKAT KINERJA PEGAWAI: BAIK', 'Butuh Perbaikan menjadi Baik', '9 Januari 2026']) expect(text).toContain(expected);
    const flat = text.replace(/\n/g, '');
    expect(flat).toContain(`posisi log 812, hash SHA-256 ${'cd'.repeat(32)}`);
    expect(flat).toContain(`Kode verifikasi: ${verificationCodeOf(stamp)}`);
    expect(pdf.toString('latin1')).toContain(`(${stampOf(stamp)})`);
  });

  it('prints the same bytes for the same record, and another code for another log entry', async () => {
    expect((await renderSkpPrint(content)).equals(await renderSkpPrint(content))).toBe(true);
    expect(verificationCodeOf(stamp)).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(verificationCodeOf({ ...stamp, position: 813 })).not.toBe(verificationCodeOf(stamp));
  });
});
