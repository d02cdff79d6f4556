import { InstansiKind, JenisJabatan as J, UnitKind } from '@modules/organisation';

/**
 * Reference data of the demo dataset (`npm run seed`): the two Pemda of DOMAIN §1.13, their OPD
 * (perangkat daerah) with sub-units and positions, and the name lists. Plain data, no randomness:
 * generator.ts turns it into a plan with a fixed-seed generator.
 *
 * The structure follows the organisation module's SOTK tables (organisation.structure.ts): an OPD or
 * KECAMATAN at the top; SEKRETARIAT, BIDANG and BAGIAN headed by an ADMINISTRATOR; SUBBAGIAN, SEKSI
 * and KELURAHAN headed by a PENGAWAS; the OPD itself headed by a JPT Pratama (a kecamatan by its Camat,
 * an Administrator). Positions are named after the PermenPANRB jabatan nomenclature.
 */

export interface InstansiSpec {
  readonly instansiId: string;
  readonly name: string;
  readonly kind: InstansiKind;
  readonly kepalaDaerahTitle: string;
  /** Kode wilayah (Kemendagri) of the kota: the first four NIK digits of its residents. */
  readonly kodeWilayah: string;
  /** Share of the dataset's employees (Kota Medan is several times the size of Kota Binjai). */
  readonly share: number;
  /** OPD in order of precedence; the reduced (`--small`) dataset takes the first ones. */
  readonly opd: readonly OpdSpec[];
}

/** A staff (non-head) position of a unit: a catalogue code with its share of the unit's staff. */
export interface StaffSlot {
  readonly code: string;
  /** Relative share of the OPD's staff placed in this position. */
  readonly weight: number;
  /** Share of the holders that are PPPK rather than PNS (default: the catalogue's). */
  readonly pppkShare?: number;
}

export interface SubunitSpec {
  /** Unit code suffix; the unit code is `<OPD code>-<suffix>`. */
  readonly suffix: string;
  readonly name: string;
  readonly kind: UnitKind;
  /** Suffix of the parent sub-unit; absent = directly under the OPD. */
  readonly parentSuffix?: string;
  readonly head: { readonly code: string; readonly name: string; readonly jenis: J; readonly kelas: number };
  readonly staff: readonly StaffSlot[];
}

export interface OpdSpec {
  readonly code: string;
  readonly name: string;
  readonly kind: UnitKind.OPD | UnitKind.KECAMATAN;
  readonly head: { readonly code: string; readonly name: string; readonly jenis: J; readonly kelas: number };
  /** Staff positions directly in the OPD (not in a sub-unit). */
  readonly staff: readonly StaffSlot[];
  /** 2–4 sub-units. */
  readonly subunits: readonly SubunitSpec[];
  /** Relative share of the instansi's employees. */
  readonly weight: number;
}

/** A staff position of the catalogue: jabatan fungsional (JF) or jabatan pelaksana. */
export interface StaffPositionSpec {
  readonly name: string;
  readonly jenis: J;
  readonly kelas: number;
  /** Default share of PPPK among the holders. */
  readonly pppkShare: number;
  /** Share of women among the holders (default 0.5). */
  readonly femaleShare?: number;
  /** Field of study, for the academic title (gelar) and applicants' majors. */
  readonly field?: Field;
}

/** Fields of study, each with the gelar of its degrees. */
export type Field = 'PENDIDIKAN' | 'KEDOKTERAN' | 'KEPERAWATAN' | 'KEBIDANAN' | 'FARMASI' | 'KESMAS' | 'HUKUM' | 'EKONOMI' | 'KOMPUTER' | 'TEKNIK' | 'SOSIAL' | 'PERTANIAN' | 'UMUM';

export const GELAR: Readonly<Record<Field, { readonly d3: string; readonly s1: string; readonly s2: string; readonly prefix?: string }>> = {
  PENDIDIKAN: { d3: 'A.Md.', s1: 'S.Pd.', s2: 'M.Pd.' },
  KEDOKTERAN: { d3: 'A.Md.Kes.', s1: '', s2: 'M.Kes.', prefix: 'dr.' },
  KEPERAWATAN: { d3: 'A.Md.Kep.', s1: 'S.Kep., Ns.', s2: 'M.Kep.' },
  KEBIDANAN: { d3: 'A.Md.Keb.', s1: 'S.Tr.Keb.', s2: 'M.Keb.' },
  FARMASI: { d3: 'A.Md.Farm.', s1: 'S.Farm., Apt.', s2: 'M.Farm.' },
  KESMAS: { d3: 'A.Md.Kes.', s1: 'S.K.M.', s2: 'M.Kes.' },
  HUKUM: { d3: 'A.Md.', s1: 'S.H.', s2: 'M.H.' },
  EKONOMI: { d3: 'A.Md.Ak.', s1: 'S.E.', s2: 'M.M.' },
  KOMPUTER: { d3: 'A.Md.Kom.', s1: 'S.Kom.', s2: 'M.Kom.' },
  TEKNIK: { d3: 'A.Md.T.', s1: 'S.T.', s2: 'M.T.' },
  SOSIAL: { d3: 'A.Md.', s1: 'S.Sos.', s2: 'M.Si.' },
  PERTANIAN: { d3: 'A.Md.P.', s1: 'S.P.', s2: 'M.P.' },
  UMUM: { d3: 'A.Md.', s1: 'S.AP.', s2: 'M.AP.' },
};

/** Majors (program studi) an applicant may state, by field. */
export const MAJORS: Readonly<Partial<Record<Field, readonly string[]>>> = {
  KEPERAWATAN: ['Ilmu Keperawatan', 'Keperawatan'],
  KOMPUTER: ['Teknik Informatika', 'Sistem Informasi', 'Ilmu Komputer'],
  UMUM: ['Ilmu Administrasi Negara', 'Manajemen Sumber Daya Manusia', 'Psikologi'],
  KESMAS: ['Kesehatan Masyarakat', 'Epidemiologi'],
};

/**
 * The staff positions used below. JF names follow the PermenPANRB nomenclature ("<jabatan> Ahli
 * Pertama"), pelaksana names the Kepmenpan 41/2018 list. Codes are unique within a unit.
 */
export const STAFF_POSITIONS: Readonly<Record<string, StaffPositionSpec>> = {
  // Jabatan pelaksana
  PENGADM: { name: 'Pengadministrasi Perkantoran', jenis: J.PELAKSANA, kelas: 5, pppkShare: 0.05 },
  'PENATA-LK': { name: 'Penata Laporan Keuangan', jenis: J.PELAKSANA, kelas: 7, pppkShare: 0, field: 'EKONOMI' },
  'PENGOLAH-DATA': { name: 'Pengolah Data dan Informasi', jenis: J.PELAKSANA, kelas: 6, pppkShare: 0.05, field: 'KOMPUTER' },
  'PENGELOLA-KEP': { name: 'Pengelola Kepegawaian', jenis: J.PELAKSANA, kelas: 6, pppkShare: 0 },
  'PENGADM-UMUM': { name: 'Pengadministrasi Umum', jenis: J.PELAKSANA, kelas: 5, pppkShare: 0.1 },
  'PENGELOLA-BMD': { name: 'Pengelola Barang Milik Daerah', jenis: J.PELAKSANA, kelas: 6, pppkShare: 0, field: 'EKONOMI' },
  'PENGADM-PEM': { name: 'Pengadministrasi Pemerintahan', jenis: J.PELAKSANA, kelas: 5, pppkShare: 0.05, field: 'SOSIAL' },
  'PENGELOLA-LAYANAN': { name: 'Pengelola Layanan Kemasyarakatan', jenis: J.PELAKSANA, kelas: 6, pppkShare: 0.1, field: 'SOSIAL' },
  'PENGELOLA-PAJAK': { name: 'Pengelola Pajak dan Retribusi Daerah', jenis: J.PELAKSANA, kelas: 6, pppkShare: 0, field: 'EKONOMI' },
  'PETUGAS-LAB': { name: 'Pranata Laboratorium Kesehatan Terampil', jenis: J.JF_TERAMPIL, kelas: 6, pppkShare: 0.3, femaleShare: 0.7, field: 'KESMAS' },
  // Jabatan fungsional
  'GURU-AP': { name: 'Guru Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0.35, femaleShare: 0.68, field: 'PENDIDIKAN' },
  'GURU-AM': { name: 'Guru Ahli Muda', jenis: J.JF_AHLI_MUDA, kelas: 9, pppkShare: 0, femaleShare: 0.68, field: 'PENDIDIKAN' },
  'PENGAWAS-SEK': { name: 'Pengawas Sekolah Ahli Madya', jenis: J.JF_AHLI_MADYA, kelas: 11, pppkShare: 0, field: 'PENDIDIKAN' },
  'DOKTER-AP': { name: 'Dokter Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 9, pppkShare: 0.1, femaleShare: 0.6, field: 'KEDOKTERAN' },
  'PERAWAT-TR': { name: 'Perawat Terampil', jenis: J.JF_TERAMPIL, kelas: 6, pppkShare: 0.3, femaleShare: 0.75, field: 'KEPERAWATAN' },
  'PERAWAT-AP': { name: 'Perawat Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0.15, femaleShare: 0.75, field: 'KEPERAWATAN' },
  'BIDAN-TR': { name: 'Bidan Terampil', jenis: J.JF_TERAMPIL, kelas: 6, pppkShare: 0.3, femaleShare: 1, field: 'KEBIDANAN' },
  'EPID-AP': { name: 'Epidemiolog Kesehatan Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0.1, femaleShare: 0.6, field: 'KESMAS' },
  'APOTEKER-AP': { name: 'Apoteker Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0.15, femaleShare: 0.7, field: 'FARMASI' },
  'PRAKOM-AP': { name: 'Pranata Komputer Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0.1, femaleShare: 0.4, field: 'KOMPUTER' },
  'PRAKOM-TR': { name: 'Pranata Komputer Terampil', jenis: J.JF_TERAMPIL, kelas: 6, pppkShare: 0.2, femaleShare: 0.4, field: 'KOMPUTER' },
  'HUMAS-AP': { name: 'Pranata Hubungan Masyarakat Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0.1, field: 'SOSIAL' },
  'STATISTISI-AP': { name: 'Statistisi Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0.1, field: 'KOMPUTER' },
  'PERENCANA-AP': { name: 'Perencana Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0, field: 'EKONOMI' },
  'PERENCANA-AM': { name: 'Perencana Ahli Muda', jenis: J.JF_AHLI_MUDA, kelas: 9, pppkShare: 0, field: 'EKONOMI' },
  'ANALIS-SDM-AP': { name: 'Analis Sumber Daya Manusia Aparatur Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0, field: 'UMUM' },
  'ANALIS-SDM-AM': { name: 'Analis Sumber Daya Manusia Aparatur Ahli Muda', jenis: J.JF_AHLI_MUDA, kelas: 9, pppkShare: 0, field: 'UMUM' },
  'AUDITOR-AP': { name: 'Auditor Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0, field: 'EKONOMI' },
  'AUDITOR-AM': { name: 'Auditor Ahli Muda', jenis: J.JF_AHLI_MUDA, kelas: 9, pppkShare: 0, field: 'EKONOMI' },
  'P2UPD-AP': { name: 'Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0, field: 'HUKUM' },
  'ANALIS-KEU-AP': { name: 'Analis Keuangan Pusat dan Daerah Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0, field: 'EKONOMI' },
  'ANALIS-HUKUM-AP': { name: 'Analis Hukum Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0, field: 'HUKUM' },
  'ANALIS-KEB-AM': { name: 'Analis Kebijakan Ahli Muda', jenis: J.JF_AHLI_MUDA, kelas: 9, pppkShare: 0, field: 'UMUM' },
  'ANALIS-KEB-MD': { name: 'Analis Kebijakan Ahli Madya', jenis: J.JF_AHLI_MADYA, kelas: 11, pppkShare: 0, field: 'UMUM' },
  'PBJ-AP': { name: 'Pengelola Pengadaan Barang/Jasa Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0, field: 'EKONOMI' },
  'TEKNIK-JJ-AP': { name: 'Teknik Jalan dan Jembatan Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0.05, femaleShare: 0.25, field: 'TEKNIK' },
  'TEKNIK-TB-AP': { name: 'Teknik Tata Bangunan dan Perumahan Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0.05, femaleShare: 0.3, field: 'TEKNIK' },
  'PENATA-RUANG-AP': { name: 'Penata Ruang Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0, field: 'TEKNIK' },
  'PEKSOS-AP': { name: 'Pekerja Sosial Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0.2, femaleShare: 0.6, field: 'SOSIAL' },
  'PENYULUH-SOS-AP': { name: 'Penyuluh Sosial Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0.2, field: 'SOSIAL' },
  'ADMINDUK-AP': { name: 'Administrator Database Kependudukan Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0, field: 'KOMPUTER' },
  'PENGUJI-KB-TR': { name: 'Penguji Kendaraan Bermotor Terampil', jenis: J.JF_TERAMPIL, kelas: 6, pppkShare: 0.1, femaleShare: 0.15, field: 'TEKNIK' },
  'PDL-AP': { name: 'Pengendali Dampak Lingkungan Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0.05, field: 'TEKNIK' },
  'PENYULUH-TAN-AP': { name: 'Penyuluh Pertanian Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0.3, field: 'PERTANIAN' },
  'PENGANTAR-KERJA-AP': { name: 'Pengantar Kerja Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0, field: 'UMUM' },
  'MEDIATOR-HI-AP': { name: 'Mediator Hubungan Industrial Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0, field: 'HUKUM' },
  'POLPP-TR': { name: 'Polisi Pamong Praja Terampil', jenis: J.JF_TERAMPIL, kelas: 6, pppkShare: 0.1, femaleShare: 0.2, field: 'HUKUM' },
  'POLPP-AP': { name: 'Polisi Pamong Praja Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0, femaleShare: 0.25, field: 'HUKUM' },
  'PERIZINAN-AP': { name: 'Penata Perizinan Ahli Pertama', jenis: J.JF_AHLI_PERTAMA, kelas: 8, pppkShare: 0, field: 'HUKUM' },
  'ARSIPARIS-TR': { name: 'Arsiparis Terampil', jenis: J.JF_TERAMPIL, kelas: 6, pppkShare: 0.1 },
};

const head = (code: string, name: string, jenis: J, kelas: number) => ({ code, name, jenis, kelas });
const slots = (...entries: readonly (string | [string, number] | [string, number, number])[]): StaffSlot[] =>
  entries.map((e) => (typeof e === 'string' ? { code: e, weight: 2 } : { code: e[0], weight: e[1], ...(e[2] !== undefined ? { pppkShare: e[2] } : {}) }));

/** SEKRETARIAT with its Subbagian Umum dan Kepegawaian: the support line of every dinas and badan. */
function support(opdName: string): SubunitSpec[] {
  return [
    {
      suffix: 'SEKRE',
      name: `Sekretariat ${opdName}`,
      kind: UnitKind.SEKRETARIAT,
      head: head('SEKRETARIS', `Sekretaris ${opdName}`, J.ADMINISTRATOR, 12),
      staff: slots(['PENGADM', 3], 'PENATA-LK', ['PERENCANA-AP', 1], ['ARSIPARIS-TR', 1]),
    },
    {
      suffix: 'UMPEG',
      name: 'Subbagian Umum dan Kepegawaian',
      kind: UnitKind.SUBBAGIAN,
      parentSuffix: 'SEKRE',
      head: head('KASUBBAG', 'Kepala Subbagian Umum dan Kepegawaian', J.PENGAWAS, 9),
      staff: slots(['PENGELOLA-KEP', 2], ['PENGADM-UMUM', 2], ['PENGELOLA-BMD', 1]),
    },
  ];
}

/** `[suffix, name, staff]`, or with a fourth element `'IRBAN'` for an inspektur pembantu (named as such, not "Bidang"). */
type BidangSpec = readonly [suffix: string, name: string, staff: StaffSlot[], style?: 'IRBAN'];

function bidang([suffix, name, staff, style]: BidangSpec): SubunitSpec {
  const irban = style === 'IRBAN';
  return {
    suffix,
    name: irban ? name : `Bidang ${name}`,
    kind: UnitKind.BIDANG,
    head: irban ? head('IRBAN', name, J.ADMINISTRATOR, 11) : head('KABID', `Kepala Bidang ${name}`, J.ADMINISTRATOR, 11),
    staff: [...staff, { code: 'PENGOLAH-DATA', weight: 2 }],
  };
}

/** A dinas or badan: Sekretariat (+ Subbagian Umum dan Kepegawaian) and one or two bidang: 3–4 sub-units. */
function dinas(code: string, name: string, headTitle: string, weight: number, bidangs: BidangSpec[], staff: StaffSlot[] = slots(['ANALIS-KEB-MD', 1])): OpdSpec {
  return {
    code,
    name,
    kind: UnitKind.OPD,
    head: head('KEPALA', headTitle, J.JPT_PRATAMA, 14),
    staff,
    subunits: [...support(name), ...bidangs.map(bidang)],
    weight,
  };
}

/** Sekretariat Daerah / DPRD: bagian directly under the OPD (2–3 sub-units). */
function sekretariatDaerah(code: string, name: string, headTitle: string, weight: number, bagian: [suffix: string, name: string, staff: StaffSlot[]][]): OpdSpec {
  return {
    code,
    name,
    kind: UnitKind.OPD,
    head: head('KEPALA', headTitle, J.JPT_PRATAMA, 15),
    staff: slots(['ANALIS-KEB-MD', 1]),
    subunits: bagian.map(([suffix, bagianName, staff]) => ({
      suffix,
      name: `Bagian ${bagianName}`,
      kind: UnitKind.BAGIAN,
      head: head('KABAG', `Kepala Bagian ${bagianName}`, J.ADMINISTRATOR, 12),
      staff: [...staff, { code: 'PENGADM', weight: 2 }],
    })),
    weight,
  };
}

/** A kecamatan (PP 17/2018): Sekretariat, Seksi Pemerintahan and two kelurahan — 4 sub-units. */
function kecamatan(code: string, name: string, kelurahan: [string, string]): OpdSpec {
  return {
    code,
    name: `Kecamatan ${name}`,
    kind: UnitKind.KECAMATAN,
    head: head('CAMAT', `Camat ${name}`, J.ADMINISTRATOR, 12),
    staff: [],
    subunits: [
      {
        suffix: 'SEKRE',
        name: `Sekretariat Kecamatan ${name}`,
        kind: UnitKind.SEKRETARIAT,
        head: head('SEKCAM', `Sekretaris Kecamatan ${name}`, J.ADMINISTRATOR, 11),
        staff: slots(['PENGADM', 2], ['PENATA-LK', 1]),
      },
      {
        suffix: 'PEM',
        name: 'Seksi Pemerintahan',
        kind: UnitKind.SEKSI,
        head: head('KASI', 'Kepala Seksi Pemerintahan', J.PENGAWAS, 9),
        staff: slots(['PENGADM-PEM', 2], ['PENGOLAH-DATA', 1]),
      },
      ...kelurahan.map(
        (kel, i): SubunitSpec => ({
          suffix: `KEL${i + 1}`,
          name: `Kelurahan ${kel}`,
          kind: UnitKind.KELURAHAN,
          head: head('LURAH', `Lurah ${kel}`, J.PENGAWAS, 9),
          staff: slots(['PENGADM-UMUM', 2], ['PENGELOLA-LAYANAN', 2]),
        }),
      ),
    ],
    weight: 0.9,
  };
}

// ---------------------------------------------------------------------------------------------------
// The OPD of both kota. Shared builders keep the two lists short; names follow the Perda SOTK style.

const DISDIK = (weight: number) =>
  dinas('DISDIK', 'Dinas Pendidikan', 'Kepala Dinas Pendidikan', weight, [
    ['SD', 'Pembinaan Sekolah Dasar', slots(['GURU-AP', 30], ['GURU-AM', 14])],
    ['SMP', 'Pembinaan Sekolah Menengah Pertama', slots(['GURU-AP', 24], ['GURU-AM', 12], ['PENGAWAS-SEK', 1])],
  ]);
const DINKES = (weight: number) =>
  dinas('DINKES', 'Dinas Kesehatan', 'Kepala Dinas Kesehatan', weight, [
    ['YANKES', 'Pelayanan Kesehatan', slots(['DOKTER-AP', 6], ['PERAWAT-TR', 12], ['PERAWAT-AP', 5], ['BIDAN-TR', 10], ['APOTEKER-AP', 2])],
    ['P2P', 'Pencegahan dan Pengendalian Penyakit', slots(['EPID-AP', 3], ['PETUGAS-LAB', 4], ['PERAWAT-TR', 4])],
  ]);
const BKPSDM = (weight: number) =>
  dinas('BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', weight, [
    ['MUTASI', 'Mutasi dan Promosi', slots(['ANALIS-SDM-AP', 3], ['ANALIS-SDM-AM', 2])],
    ['BANGKOM', 'Pengembangan Kompetensi Aparatur', slots(['ANALIS-SDM-AP', 2], ['PRAKOM-AP', 1])],
  ]);
const DISKOMINFO = (weight: number) =>
  dinas('DISKOMINFO', 'Dinas Komunikasi dan Informatika', 'Kepala Dinas Komunikasi dan Informatika', weight, [
    ['APTIKA', 'Aplikasi Informatika', slots(['PRAKOM-AP', 3], ['PRAKOM-TR', 2])],
    ['IKP', 'Informasi dan Komunikasi Publik', slots(['HUMAS-AP', 2], ['STATISTISI-AP', 1])],
  ]);
const INSPEKTORAT = (weight: number) =>
  dinas('INSPEKTORAT', 'Inspektorat', 'Inspektur', weight, [
    ['IRBAN1', 'Inspektur Pembantu Wilayah I', slots(['AUDITOR-AP', 2], ['AUDITOR-AM', 2], ['P2UPD-AP', 2]), 'IRBAN'],
    ['IRBAN2', 'Inspektur Pembantu Wilayah II', slots(['AUDITOR-AP', 2], ['P2UPD-AP', 2]), 'IRBAN'],
  ]);
const BAPPEDA = (weight: number) =>
  dinas('BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'Kepala Badan Perencanaan Pembangunan Daerah', weight, [
    ['PEREKONOMIAN', 'Perencanaan Perekonomian dan Sumber Daya Alam', slots(['PERENCANA-AP', 2], ['PERENCANA-AM', 2])],
    ['PPM', 'Pemerintahan dan Pembangunan Manusia', slots(['PERENCANA-AP', 2], ['STATISTISI-AP', 1])],
  ]);
const BPKAD = (weight: number) =>
  dinas('BPKAD', 'Badan Pengelolaan Keuangan dan Aset Daerah', 'Kepala Badan Pengelolaan Keuangan dan Aset Daerah', weight, [
    ['ANGGARAN', 'Anggaran', slots(['ANALIS-KEU-AP', 3])],
    ['ASET', 'Aset', slots(['PENGELOLA-BMD', 3], ['ANALIS-KEU-AP', 1])],
  ]);
const BAPENDA = (weight: number) =>
  dinas('BAPENDA', 'Badan Pendapatan Daerah', 'Kepala Badan Pendapatan Daerah', weight, [
    ['PBB', 'Pajak Bumi dan Bangunan', slots(['PENGELOLA-PAJAK', 4], ['ANALIS-KEU-AP', 1])],
    ['PAJAK', 'Pajak Daerah Lainnya', slots(['PENGELOLA-PAJAK', 4])],
  ]);
const DPUPR = (weight: number) =>
  dinas('DPUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'Kepala Dinas Pekerjaan Umum dan Penataan Ruang', weight, [
    ['BINAMARGA', 'Bina Marga', slots(['TEKNIK-JJ-AP', 4])],
    ['TARU', 'Penataan Ruang', slots(['PENATA-RUANG-AP', 2], ['TEKNIK-TB-AP', 2])],
  ]);
const DISDUKCAPIL = (weight: number) =>
  dinas('DISDUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil', 'Kepala Dinas Kependudukan dan Pencatatan Sipil', weight, [
    ['PIAK', 'Pengelolaan Informasi Administrasi Kependudukan', slots(['ADMINDUK-AP', 3], ['PENGELOLA-LAYANAN', 3])],
  ]);
const DINSOS = (weight: number) =>
  dinas('DINSOS', 'Dinas Sosial', 'Kepala Dinas Sosial', weight, [
    ['REHSOS', 'Rehabilitasi Sosial', slots(['PEKSOS-AP', 3], ['PENYULUH-SOS-AP', 2])],
    ['LINJAMSOS', 'Perlindungan dan Jaminan Sosial', slots(['PEKSOS-AP', 2], ['PENGELOLA-LAYANAN', 2])],
  ]);

export const KOTA_MEDAN: InstansiSpec = {
  instansiId: 'kota-medan',
  name: 'Pemerintah Kota Medan',
  kind: InstansiKind.PEMERINTAH_KOTA,
  kepalaDaerahTitle: 'Wali Kota',
  kodeWilayah: '1275',
  share: 0.7,
  opd: [
    sekretariatDaerah('SETDA', 'Sekretariat Daerah', 'Sekretaris Daerah', 1.6, [
      ['PEM', 'Pemerintahan', slots(['ANALIS-KEB-AM', 2])],
      ['HUKUM', 'Hukum', slots(['ANALIS-HUKUM-AP', 3])],
      ['PBJ', 'Pengadaan Barang dan Jasa', slots(['PBJ-AP', 3])],
    ]),
    BKPSDM(1.2),
    DISDIK(14),
    DINKES(9),
    DISKOMINFO(1),
    INSPEKTORAT(1.2),
    BAPPEDA(1),
    BPKAD(1.3),
    BAPENDA(1.5),
    DPUPR(1.6),
    DISDUKCAPIL(1.2),
    DINSOS(1.1),
    dinas('DISHUB', 'Dinas Perhubungan', 'Kepala Dinas Perhubungan', 1.6, [
      ['LLAJ', 'Lalu Lintas dan Angkutan Jalan', slots(['PENGUJI-KB-TR', 4], ['PENGADM-UMUM', 3])],
      ['PARKIR', 'Perparkiran', slots(['PENGELOLA-PAJAK', 3], ['PENGADM-UMUM', 3])],
    ]),
    dinas('DLH', 'Dinas Lingkungan Hidup', 'Kepala Dinas Lingkungan Hidup', 1.6, [
      ['PPKL', 'Pengendalian Pencemaran dan Kerusakan Lingkungan', slots(['PDL-AP', 3])],
      ['KEBERSIHAN', 'Kebersihan dan Pengelolaan Sampah', slots(['PENGADM-UMUM', 4], ['PENGELOLA-LAYANAN', 3])],
    ]),
    dinas('DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 0.9, [
      ['PERIZINAN', 'Pelayanan Perizinan', slots(['PERIZINAN-AP', 3], ['PENGELOLA-LAYANAN', 2])],
    ]),
    dinas('DISNAKER', 'Dinas Ketenagakerjaan', 'Kepala Dinas Ketenagakerjaan', 0.8, [
      ['PENEMPATAN', 'Penempatan Tenaga Kerja', slots(['PENGANTAR-KERJA-AP', 2])],
      ['HI', 'Hubungan Industrial', slots(['MEDIATOR-HI-AP', 2])],
    ]),
    dinas('DKPP', 'Dinas Ketahanan Pangan, Pertanian dan Perikanan', 'Kepala Dinas Ketahanan Pangan, Pertanian dan Perikanan', 0.9, [
      ['PERTANIAN', 'Pertanian', slots(['PENYULUH-TAN-AP', 4])],
    ]),
    dinas('DISPORA', 'Dinas Pemuda dan Olahraga', 'Kepala Dinas Pemuda dan Olahraga', 0.7, [['OLAHRAGA', 'Olahraga', slots(['PENGADM-UMUM', 2])]]),
    dinas(
      'SATPOLPP',
      'Satuan Polisi Pamong Praja',
      'Kepala Satuan Polisi Pamong Praja',
      1.5,
      [['TRANTIB', 'Ketenteraman dan Ketertiban Umum', slots(['POLPP-TR', 8], ['POLPP-AP', 2])]],
      [],
    ),
    dinas('DPKPP', 'Dinas Perumahan, Kawasan Permukiman dan Pertanahan', 'Kepala Dinas Perumahan, Kawasan Permukiman dan Pertanahan', 0.8, [
      ['PERUMAHAN', 'Perumahan dan Kawasan Permukiman', slots(['TEKNIK-TB-AP', 2])],
    ]),
    kecamatan('KEC-MEDANBARU', 'Medan Baru', ['Darat', 'Padang Bulan']),
    kecamatan('KEC-MEDANKOTA', 'Medan Kota', ['Pusat Pasar', 'Mesjid']),
    kecamatan('KEC-MEDANPETISAH', 'Medan Petisah', ['Petisah Tengah', 'Sekip']),
    kecamatan('KEC-MEDANJOHOR', 'Medan Johor', ['Kedai Durian', 'Gedung Johor']),
    kecamatan('KEC-MEDANHELVETIA', 'Medan Helvetia', ['Helvetia Timur', 'Tanjung Gusta']),
  ],
};

export const KOTA_BINJAI: InstansiSpec = {
  instansiId: 'kota-binjai',
  name: 'Pemerintah Kota Binjai',
  kind: InstansiKind.PEMERINTAH_KOTA,
  kepalaDaerahTitle: 'Wali Kota',
  kodeWilayah: '1276',
  share: 0.3,
  opd: [
    BKPSDM(1.2),
    DINKES(8),
    DISDIK(12),
    sekretariatDaerah('SETDA', 'Sekretariat Daerah', 'Sekretaris Daerah', 1.4, [
      ['PEM', 'Tata Pemerintahan', slots(['ANALIS-KEB-AM', 2])],
      ['HUKUM', 'Hukum', slots(['ANALIS-HUKUM-AP', 2])],
    ]),
    sekretariatDaerah('SETWAN', 'Sekretariat DPRD', 'Sekretaris DPRD', 0.9, [
      ['UMUM', 'Umum dan Keuangan', slots(['PENATA-LK', 2])],
      ['PERSIDANGAN', 'Persidangan dan Perundang-undangan', slots(['ANALIS-HUKUM-AP', 2])],
    ]),
    DISKOMINFO(0.9),
    INSPEKTORAT(1),
    BAPPEDA(0.9),
    BPKAD(1.1),
    DPUPR(1.4),
    DISDUKCAPIL(1),
    DINSOS(1),
    kecamatan('KEC-BINJAIKOTA', 'Binjai Kota', ['Kartini', 'Pekan Binjai']),
    kecamatan('KEC-BINJAIUTARA', 'Binjai Utara', ['Jati Karya', 'Cengkeh Turi']),
    kecamatan('KEC-BINJAITIMUR', 'Binjai Timur', ['Mencirim', 'Tanah Seribu']),
  ],
};

export const INSTANSI: readonly InstansiSpec[] = [KOTA_MEDAN, KOTA_BINJAI];

// ---------------------------------------------------------------------------------------------------
// Names. Medan and Binjai mix Batak (Toba, Karo, Mandailing, Simalungun), Malay, Javanese, Minang
// and Chinese-Indonesian families; many people carry a single given name plus a marga or a second name.

export const MALE_NAMES = [
  'Ahmad', 'Abdul', 'Agus', 'Andi', 'Arief', 'Bambang', 'Bayu', 'Benny', 'Budi', 'Darwin', 'Dedi', 'Dimas', 'Edi', 'Eko', 'Fajar',
  'Faisal', 'Fauzi', 'Ferdinand', 'Gilang', 'Hamdan', 'Hari', 'Hasan', 'Hendra', 'Herman', 'Irwan', 'Iqbal', 'Ivan', 'Johan', 'Joko',
  'Kevin', 'Lukman', 'Marihot', 'Muhammad', 'Mulyadi', 'Nanda', 'Parlindungan', 'Putra', 'Rahmat', 'Ramli', 'Reza', 'Ridwan', 'Rizal',
  'Rizky', 'Roy', 'Rudi', 'Sahat', 'Syahrial', 'Taufik', 'Tigor', 'Togar', 'Wahyu', 'Yusuf', 'Zulkifli', 'Zainal', 'Hotman', 'Bonar',
] as const;

export const FEMALE_NAMES = [
  'Aisyah', 'Ani', 'Ayu', 'Butet', 'Debora', 'Dewi', 'Dian', 'Elisabeth', 'Evi', 'Fatimah', 'Fitri', 'Hotma', 'Indah', 'Intan',
  'Juliana', 'Kartika', 'Lasma', 'Lina', 'Maria', 'Maya', 'Mega', 'Melati', 'Nova', 'Novita', 'Nur', 'Nurhaliza', 'Putri', 'Rahma',
  'Ratna', 'Rina', 'Rosmawati', 'Rusmini', 'Sarah', 'Sartika', 'Siti', 'Sri', 'Tiara', 'Wati', 'Yanti', 'Yuni', 'Rini', 'Lestari',
  'Friska', 'Gita', 'Sondang', 'Tetty', 'Nurul', 'Ernawati', 'Susanti', 'Widya',
] as const;

/** Second given names (Javanese, Malay, Arabic-origin), used when the family has no marga. */
export const MALE_MIDDLE_NAMES = ['Dwi', 'Eka', 'Tri', 'Indra', 'Fadhil', 'Rahman', 'Kusuma', 'Adi', 'Surya', 'Prasetyo'] as const;
export const FEMALE_MIDDLE_NAMES = ['Dwi', 'Eka', 'Tri', 'Nur', 'Sari', 'Putri', 'Agustina', 'Permata', 'Kusuma', 'Wulandari', 'Rahmawati', 'Handayani', 'Lestari'] as const;

export const FAMILY_NAMES = [
  'Siregar', 'Nasution', 'Lubis', 'Harahap', 'Sinaga', 'Simanjuntak', 'Tarigan', 'Ginting', 'Sembiring', 'Sitepu', 'Purba', 'Saragih',
  'Damanik', 'Pardede', 'Hutagalung', 'Panjaitan', 'Sitompul', 'Situmorang', 'Manurung', 'Pasaribu', 'Hasibuan', 'Daulay', 'Rangkuti',
  'Batubara', 'Pohan', 'Matondang', 'Hutapea', 'Silalahi', 'Tambunan', 'Napitupulu', 'Syahputra', 'Saputra', 'Pratama', 'Santoso',
  'Wibowo', 'Hidayat', 'Kurniawan', 'Setiawan', 'Gunawan', 'Tanjung', 'Chaniago', 'Sihombing', 'Simatupang', 'Marpaung', 'Barus',
  'Piliang', 'Effendi', 'Halim', 'Wijaya', 'Tanoto',
] as const;

/** Kecamatan codes (digits 5–6 of a NIK) used for applicants' NIKs. */
export const NIK_KECAMATAN = ['01', '02', '03', '04', '05'] as const;
