import { SiasnSource, toSiasn } from './siasn-mapping';

const source: SiasnSource = {
  nipBaru: '198609262015052001',
  instansiId: 'kota-medan',
  form: 'BIMTEK',
  latihanStruktural: null,
  competencyGroup: 'TEKNIS',
  title: 'Bimtek SIASN',
  provider: 'Kantor Regional VI BKN Medan',
  certificateNumber: 'BKN/VI/2026/0042',
  startedOn: '2026-06-09',
  completedOn: '2026-06-10',
  year: 2026,
  jp: 24,
};

describe('SIASN mapping (diklat/save, kursus/save field names)', () => {
  it('a course is a kursus record with the certificate, dates, year and JP as jumlahJam', () => {
    expect(toSiasn(source)).toEqual({
      endpoint: '/kursus/save',
      kursus: {
        jenisDiklatId: null,
        jenisKursus: 'Bimbingan Teknis',
        jenisKursusSertipikat: null,
        namaKursus: 'Bimtek SIASN',
        institusiPenyelenggara: 'Kantor Regional VI BKN Medan',
        nomorSertipikat: 'BKN/VI/2026/0042',
        tanggalKursus: '2026-06-09',
        tanggalSelesaiKursus: '2026-06-10',
        tahunKursus: 2026,
        jumlahJam: 24,
        instansiId: 'kota-medan',
        lokasiId: null,
        pnsOrangId: null,
        path: [],
      },
    });
  });

  it('a structural training is a diklat record; study (tugas / izin belajar) is not a course', () => {
    const pkp = toSiasn({ ...source, form: 'DIKLAT', latihanStruktural: 'PKP', competencyGroup: 'MANAJERIAL', jp: 200 });
    expect(pkp).toMatchObject({ endpoint: '/diklat/save', diklat: { jenisKompetensi: 'MANAJERIAL', nomor: 'BKN/VI/2026/0042', tanggal: '2026-06-09', tanggalSelesai: '2026-06-10', tahun: 2026, jumlahJam: 200 } });
    expect(toSiasn({ ...source, form: 'TUGAS_BELAJAR' }).endpoint).toBeNull();
  });
});
