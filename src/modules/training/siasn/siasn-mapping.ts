import { LatihanStruktural, TrainingForm } from '../catalogue/program.vocabulary';

/**
 * How a verified completion becomes a SIASN riwayat (DOMAIN.md §1.1, checklist 14): field names of
 * `diklat/save` and `kursus/save` as the open-source client kanekescom/laravel-siasn-simpeg-api sends
 * them [C]. Pure mapping; the SIASN reference ids (jenis_diklat, latihan struktural, lokasi, the BKN
 * instansi id, pnsOrangId) are not in our data and are left null for the integrator, who resolves
 * them from the SIASN referensi tables and `/pns/data-utama/{nipBaru}` [M].
 */
export const SIASN_MAPPING_VERSION = '2026.1';

/** The SIASN document a record goes to. */
export type SiasnEndpoint = '/diklat/save' | '/kursus/save';

/** jenisKursus as text, per form [M: SIASN's own labels unverified]. */
export const JENIS_KURSUS: Readonly<Record<TrainingForm, string | null>> = {
  TUGAS_BELAJAR: null, // riwayat pendidikan, not a course
  IZIN_BELAJAR: null,
  DIKLAT: 'Diklat Teknis',
  SEMINAR: 'Seminar',
  WORKSHOP: 'Workshop',
  KURSUS: 'Kursus',
  BIMTEK: 'Bimbingan Teknis',
  PENATARAN: 'Penataran',
  COACHING: 'Coaching',
  MENTORING: 'Mentoring',
  E_LEARNING: 'E-Learning',
  MAGANG: 'Magang',
  PERTUKARAN: 'Pertukaran Pegawai',
  DETASERING: 'Detasering',
  BELAJAR_MANDIRI: 'Belajar Mandiri',
  KOMUNITAS_BELAJAR: 'Komunitas Belajar',
};

export interface SiasnSource {
  readonly nipBaru: string | null;
  readonly instansiId: string;
  readonly form: TrainingForm;
  readonly latihanStruktural: LatihanStruktural | null;
  readonly competencyGroup: string | null;
  readonly title: string;
  readonly provider: string;
  readonly certificateNumber: string;
  readonly startedOn: string;
  readonly completedOn: string;
  readonly year: number;
  readonly jp: number;
}

export interface SiasnDiklat {
  latihanStrukturalId: string | null;
  jenisKompetensi: string | null;
  institusiPenyelenggara: string;
  nomor: string;
  tanggal: string;
  tanggalSelesai: string;
  tahun: number;
  jumlahJam: number;
  bobot: number | null;
  pnsOrangId: string | null;
  path: never[];
}

export interface SiasnKursus {
  jenisDiklatId: string | null;
  jenisKursus: string;
  jenisKursusSertipikat: string | null;
  namaKursus: string;
  institusiPenyelenggara: string;
  nomorSertipikat: string;
  tanggalKursus: string;
  tanggalSelesaiKursus: string;
  tahunKursus: number;
  jumlahJam: number;
  instansiId: string;
  lokasiId: string | null;
  pnsOrangId: string | null;
  path: never[];
}

export type SiasnPayload = { endpoint: '/diklat/save'; diklat: SiasnDiklat } | { endpoint: '/kursus/save'; kursus: SiasnKursus } | { endpoint: null; reason: string };

/** The SIASN payload of one completion: structural trainings are diklat, other courses kursus; pendidikan is not exported here. */
export function toSiasn(s: SiasnSource): SiasnPayload {
  // jumlahJam: SIASN keeps hours per activity; the ledger's JP are what BKN reconciles (DOMAIN.md §1.7).
  if (s.latihanStruktural) {
    return {
      endpoint: '/diklat/save',
      diklat: {
        latihanStrukturalId: null,
        jenisKompetensi: s.competencyGroup,
        institusiPenyelenggara: s.provider,
        nomor: s.certificateNumber,
        tanggal: s.startedOn,
        tanggalSelesai: s.completedOn,
        tahun: s.year,
        jumlahJam: s.jp,
        bobot: null,
        pnsOrangId: null,
        path: [],
      },
    };
  }
  const jenisKursus = JENIS_KURSUS[s.form];
  if (!jenisKursus) return { endpoint: null, reason: 'Tugas/izin belajar dicatat sebagai riwayat pendidikan, bukan kursus' };
  return {
    endpoint: '/kursus/save',
    kursus: {
      jenisDiklatId: null,
      jenisKursus,
      jenisKursusSertipikat: null,
      namaKursus: s.title,
      institusiPenyelenggara: s.provider,
      nomorSertipikat: s.certificateNumber,
      tanggalKursus: s.startedOn,
      tanggalSelesaiKursus: s.completedOn,
      tahunKursus: s.year,
      jumlahJam: s.jp,
      instansiId: s.instansiId,
      lokasiId: null,
      pnsOrangId: null,
      path: [],
    },
  };
}
