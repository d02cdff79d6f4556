import { kinerjaPeriodikOf, skp22Of } from './siasn-payloads';

const penilai = { nama: 'dr. Kabid', nipNrp: '197501012000031001', golongan: 'IV/a Pembina', jabatan: 'Kepala Bidang P2P', unorNama: 'Bidang P2P', asn: true };

describe('SIASN payloads (DOMAIN.md §1.1, checklist 13)', () => {
  it('maps an annual evaluation to skp22/save with SIASN codes and the penilai', () => {
    expect(skp22Of({ year: 2025, period: '2025', ratingHasilKerja: 'DI_ATAS', ratingPerilaku: 'SESUAI', predikat: 'SANGAT_BAIK' }, penilai)).toEqual({
      tahun: 2025,
      hasilKinerjaNilai: 1,
      perilakuKerjaNilai: 2,
      kuadranKinerjaNilai: 1,
      penilaiNama: 'dr. Kabid',
      penilaiNipNrp: '197501012000031001',
      penilaiGolongan: 'IV/a Pembina',
      penilaiJabatan: 'Kepala Bidang P2P',
      penilaiUnorNama: 'Bidang P2P',
      statusPenilai: 'ASN',
      pnsDinilaiOrang: null,
      path: [],
    });
  });

  it('marks a kepala daerah as a non-ASN penilai and codes the lower predicates', () => {
    const p = skp22Of({ year: 2025, period: '2025', ratingHasilKerja: 'DI_BAWAH', ratingPerilaku: 'DI_BAWAH', predikat: 'SANGAT_KURANG' }, { ...penilai, nipNrp: null, golongan: null, asn: false });
    expect(p).toMatchObject({ hasilKinerjaNilai: 3, perilakuKerjaNilai: 3, kuadranKinerjaNilai: 5, statusPenilai: 'NON ASN', penilaiNipNrp: null });
  });

  it('adds the period months and keeps the reference ids for kinerjaperiodik/save', () => {
    const p = kinerjaPeriodikOf({ year: 2025, period: '2025-Q3', ratingHasilKerja: 'SESUAI', ratingPerilaku: 'SESUAI', predikat: 'BAIK' }, penilai);
    expect(p).toMatchObject({ kuadranKinerjaNilai: 2, bulanMulaiPenilaian: 7, bulanSelesaiPenilaian: 9, tahunMulaiPenilaian: 2025, tahunSelesaiPenilaian: 2025, periodikId: null, koefisienId: null, pnsDinilaiId: null });
  });
});
