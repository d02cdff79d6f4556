/**
 * The closed vocabularies of the organisation tree. Pure TypeScript (no Nest) so the decider and the
 * pejabat-penilai resolver can use them; GraphQL registers them in read-models/organisation.enums.ts.
 */

/** Kind of instansi daerah (a regional government, the employer of its ASN). */
export enum InstansiKind {
  /** Pemerintah Kota (Pemkot): a city government headed by a Wali Kota, e.g. Kota Medan, Kota Binjai. */
  PEMERINTAH_KOTA = 'PEMERINTAH_KOTA',
  /** Pemerintah Kabupaten (Pemkab): a regency government headed by a Bupati. */
  PEMERINTAH_KABUPATEN = 'PEMERINTAH_KABUPATEN',
  /** Pemerintah Provinsi (Pemprov): a provincial government headed by a Gubernur. */
  PEMERINTAH_PROVINSI = 'PEMERINTAH_PROVINSI',
}

/** Kind of unit kerja (organisational unit) in a Pemda (PP 18/2016 Perangkat Daerah; PP 17/2018 Kecamatan). */
export enum UnitKind {
  /** Organisasi Perangkat Daerah: a dinas, badan, inspektorat, Sekretariat Daerah/DPRD… (top level). */
  OPD = 'OPD',
  /** Sekretariat of an OPD or a kecamatan (Sekretaris Dinas / Sekcam). */
  SEKRETARIAT = 'SEKRETARIAT',
  /** Bagian: a division of the Sekretariat Daerah/DPRD (or of a hospital UPT). */
  BAGIAN = 'BAGIAN',
  /** Bidang: a line division of a dinas or badan. */
  BIDANG = 'BIDANG',
  /** Subbagian: a sub-division of a sekretariat, bagian or UPT. */
  SUBBAGIAN = 'SUBBAGIAN',
  /** Subbidang: a sub-division of a bidang (in a badan). */
  SUBBIDANG = 'SUBBIDANG',
  /** Seksi: a section of a bidang, UPT, kecamatan or kelurahan. */
  SEKSI = 'SEKSI',
  /** Unit Pelaksana Teknis (UPTD): a technical implementing unit of an OPD (puskesmas, RSUD, sekolah…). */
  UPT = 'UPT',
  /** Kecamatan: a district, a perangkat daerah of its own headed by a Camat (top level). */
  KECAMATAN = 'KECAMATAN',
  /** Kelurahan: an urban village under a kecamatan, headed by a Lurah. */
  KELURAHAN = 'KELURAHAN',
}

/** Jenis jabatan (kind of position), UU 20/2023 ASN and PermenPANRB 6/2022 (the §1.2 appraisal table). */
export enum JenisJabatan {
  /** Jabatan Pimpinan Tinggi Madya (e.g. Sekda Provinsi). */
  JPT_MADYA = 'JPT_MADYA',
  /** Jabatan Pimpinan Tinggi Pratama (e.g. Sekda Kota, kepala dinas/badan, asisten, staf ahli). */
  JPT_PRATAMA = 'JPT_PRATAMA',
  /** Jabatan Administrator (ex eselon III: kepala bidang, sekretaris dinas, camat). */
  ADMINISTRATOR = 'ADMINISTRATOR',
  /** Jabatan Pengawas (ex eselon IV: kepala seksi/subbagian, lurah). */
  PENGAWAS = 'PENGAWAS',
  /** Jabatan Pelaksana: staff positions without structural leadership. */
  PELAKSANA = 'PELAKSANA',
  /** Jabatan Fungsional keahlian, level Ahli Utama. */
  JF_AHLI_UTAMA = 'JF_AHLI_UTAMA',
  /** Jabatan Fungsional keahlian, level Ahli Madya. */
  JF_AHLI_MADYA = 'JF_AHLI_MADYA',
  /** Jabatan Fungsional keahlian, level Ahli Muda. */
  JF_AHLI_MUDA = 'JF_AHLI_MUDA',
  /** Jabatan Fungsional keahlian, level Ahli Pertama. */
  JF_AHLI_PERTAMA = 'JF_AHLI_PERTAMA',
  /** Jabatan Fungsional keterampilan, level Penyelia. */
  JF_PENYELIA = 'JF_PENYELIA',
  /** Jabatan Fungsional keterampilan, level Mahir. */
  JF_MAHIR = 'JF_MAHIR',
  /** Jabatan Fungsional keterampilan, level Terampil. */
  JF_TERAMPIL = 'JF_TERAMPIL',
  /** Jabatan Fungsional keterampilan, level Pemula. */
  JF_PEMULA = 'JF_PEMULA',
}

/**
 * Structural posts (jabatan struktural: JPT, administrator, pengawas) have one definitive holder;
 * functional and pelaksana posts hold as many as their formation (kebutuhan jabatan from the ABK).
 */
export const STRUCTURAL_JENIS: ReadonlySet<JenisJabatan> = new Set([JenisJabatan.JPT_MADYA, JenisJabatan.JPT_PRATAMA, JenisJabatan.ADMINISTRATOR, JenisJabatan.PENGAWAS]);

/** How many definitive holders a position takes: 1 for a structural post or a unit head, else its recorded formation (null: not recorded). */
export function capacityOf(position: { readonly jenisJabatan: JenisJabatan; readonly isUnitHead: boolean; readonly capacity?: number | null }): number | null {
  return position.isUnitHead || STRUCTURAL_JENIS.has(position.jenisJabatan) ? 1 : (position.capacity ?? null);
}

export enum UnitStatus {
  ACTIVE = 'ACTIVE',
  /** Dissolved units keep their id (never reused) and history. */
  DISSOLVED = 'DISSOLVED',
}

export enum PositionStatus {
  ACTIVE = 'ACTIVE',
  /** Abolished positions keep their id (never reused) and history. */
  ABOLISHED = 'ABOLISHED',
}

/** Acting assignment: Plt (pelaksana tugas, the post is vacant) or Plh (pelaksana harian, the holder is temporarily absent). */
export type ActingKind = 'PLT' | 'PLH';
