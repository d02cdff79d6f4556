import { JenisJabatan, UnitKind } from './organisation.vocabulary';

/**
 * Structural reference data of a Pemda's SOTK (susunan organisasi dan tata kerja), after PP 18/2016
 * Perangkat Daerah and PP 17/2018 Kecamatan. It is policy that differs between Pemda [M]: keep the
 * tables here, not scattered through the decider, so a Pemda whose SOTK differs changes one place.
 */

/** Where each kind of unit may sit; `null` = top level of the instansi. */
export const ALLOWED_PARENT_KINDS: Readonly<Record<UnitKind, readonly (UnitKind | null)[]>> = {
  [UnitKind.OPD]: [null],
  [UnitKind.KECAMATAN]: [null],
  [UnitKind.SEKRETARIAT]: [UnitKind.OPD, UnitKind.KECAMATAN],
  [UnitKind.BAGIAN]: [UnitKind.OPD, UnitKind.SEKRETARIAT, UnitKind.UPT],
  [UnitKind.BIDANG]: [UnitKind.OPD, UnitKind.UPT],
  [UnitKind.SUBBAGIAN]: [UnitKind.SEKRETARIAT, UnitKind.BAGIAN, UnitKind.UPT],
  [UnitKind.SUBBIDANG]: [UnitKind.BIDANG],
  [UnitKind.SEKSI]: [UnitKind.BIDANG, UnitKind.UPT, UnitKind.KECAMATAN, UnitKind.KELURAHAN],
  [UnitKind.UPT]: [UnitKind.OPD, UnitKind.BIDANG],
  [UnitKind.KELURAHAN]: [UnitKind.KECAMATAN],
};

/**
 * Which jenis jabatan may be the structural head of each kind of unit. Pelaksana and JF never head a
 * unit, which keeps the pejabat-penilai walk (heads only) meaningful.
 */
export const HEAD_JENIS_BY_UNIT_KIND: Readonly<Record<UnitKind, readonly JenisJabatan[]>> = {
  // JPT Madya heads the Setda of a provinsi; a small kota OPD (kantor) may be headed by an Administrator.
  [UnitKind.OPD]: [JenisJabatan.JPT_MADYA, JenisJabatan.JPT_PRATAMA, JenisJabatan.ADMINISTRATOR],
  [UnitKind.KECAMATAN]: [JenisJabatan.ADMINISTRATOR],
  [UnitKind.SEKRETARIAT]: [JenisJabatan.ADMINISTRATOR],
  [UnitKind.BAGIAN]: [JenisJabatan.ADMINISTRATOR],
  [UnitKind.BIDANG]: [JenisJabatan.ADMINISTRATOR],
  [UnitKind.SUBBAGIAN]: [JenisJabatan.PENGAWAS],
  [UnitKind.SUBBIDANG]: [JenisJabatan.PENGAWAS],
  [UnitKind.SEKSI]: [JenisJabatan.PENGAWAS],
  // A UPTD ranges from a puskesmas (Pengawas) to an RSUD whose direktur is JPT Pratama.
  [UnitKind.UPT]: [JenisJabatan.JPT_PRATAMA, JenisJabatan.ADMINISTRATOR, JenisJabatan.PENGAWAS],
  [UnitKind.KELURAHAN]: [JenisJabatan.PENGAWAS],
};
