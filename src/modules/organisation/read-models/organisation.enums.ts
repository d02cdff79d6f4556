import { registerEnumType } from '@nestjs/graphql';
import { InstansiKind, JenisJabatan, PositionStatus, UnitKind, UnitStatus } from '../domain/organisation.vocabulary';

/** The organisation vocabularies as GraphQL enums (glosses on each value live in organisation.vocabulary.ts). */
registerEnumType(InstansiKind, { name: 'InstansiKind', description: 'Kind of instansi daerah: Pemerintah Kota, Kabupaten or Provinsi.' });
registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'Kind of unit kerja.',
  valuesMap: {
    OPD: { description: 'Organisasi Perangkat Daerah (dinas, badan, inspektorat, Sekretariat Daerah…); top level.' },
    SEKRETARIAT: { description: 'Sekretariat of an OPD or kecamatan.' },
    BAGIAN: { description: 'Bagian of the Sekretariat Daerah/DPRD or of a hospital.' },
    BIDANG: { description: 'Bidang: a line division of a dinas or badan.' },
    SUBBAGIAN: { description: 'Subbagian of a sekretariat, bagian or UPT.' },
    SUBBIDANG: { description: 'Subbidang of a bidang.' },
    SEKSI: { description: 'Seksi of a bidang, UPT, kecamatan or kelurahan.' },
    UPT: { description: 'Unit Pelaksana Teknis Daerah (puskesmas, RSUD, sekolah…).' },
    KECAMATAN: { description: 'Kecamatan (district), headed by a Camat; top level.' },
    KELURAHAN: { description: 'Kelurahan (urban village) under a kecamatan, headed by a Lurah.' },
  },
});
registerEnumType(JenisJabatan, {
  name: 'JenisJabatan',
  description: 'Kind of position (jabatan): structural (JPT, Administrator, Pengawas), Pelaksana, or a Jabatan Fungsional level.',
  valuesMap: {
    JPT_MADYA: { description: 'Jabatan Pimpinan Tinggi Madya (e.g. Sekda Provinsi).' },
    JPT_PRATAMA: { description: 'Jabatan Pimpinan Tinggi Pratama (Sekda Kota, kepala dinas, asisten).' },
    ADMINISTRATOR: { description: 'Administrator (kepala bidang, sekretaris dinas, camat).' },
    PENGAWAS: { description: 'Pengawas (kepala seksi/subbagian, lurah).' },
    PELAKSANA: { description: 'Pelaksana (staff).' },
    JF_AHLI_UTAMA: { description: 'Jabatan Fungsional, Ahli Utama.' },
    JF_AHLI_MADYA: { description: 'Jabatan Fungsional, Ahli Madya.' },
    JF_AHLI_MUDA: { description: 'Jabatan Fungsional, Ahli Muda.' },
    JF_AHLI_PERTAMA: { description: 'Jabatan Fungsional, Ahli Pertama.' },
    JF_PENYELIA: { description: 'Jabatan Fungsional keterampilan, Penyelia.' },
    JF_MAHIR: { description: 'Jabatan Fungsional keterampilan, Mahir.' },
    JF_TERAMPIL: { description: 'Jabatan Fungsional keterampilan, Terampil.' },
    JF_PEMULA: { description: 'Jabatan Fungsional keterampilan, Pemula.' },
  },
});
registerEnumType(UnitStatus, { name: 'UnitStatus', description: 'ACTIVE, or DISSOLVED (kept for history; its id is never reused).' });
registerEnumType(PositionStatus, { name: 'PositionStatus', description: 'ACTIVE, or ABOLISHED (kept for history; its id is never reused).' });
