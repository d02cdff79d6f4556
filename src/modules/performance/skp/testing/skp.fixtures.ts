import { DraftSkp, DerivedAppraisers, SuperiorSkp } from '../skp.commands';
import { AppraiserRef, SkpContent, SkpDrafted } from '../skp.events';
import { BERAKHLAK } from '../skp.vocabulary';

export const AT = '2026-01-05T02:00:00.000Z';

export const kabid: AppraiserRef = {
  kind: 'UNIT_HEAD',
  employeeId: 'emp-kabid',
  name: 'Rina Kabid',
  positionId: 'kota-medan.aptika.kabid',
  jenisJabatan: 'ADMINISTRATOR',
  acting: null,
  title: null,
  substitute: false,
  unresolved: null,
  source: 'DERIVED',
};
export const kadis: AppraiserRef = { ...kabid, employeeId: 'emp-kadis', name: 'Kadis', positionId: 'kota-medan.diskominfo.kadis', jenisJabatan: 'JPT_PRATAMA' };
export const waliKota: AppraiserRef = { ...kabid, kind: 'KEPALA_DAERAH', employeeId: null, name: null, positionId: null, jenisJabatan: null, title: 'Wali Kota' };
export const vacantKabid: AppraiserRef = { ...kabid, employeeId: null, name: null };
export const unresolved: AppraiserRef = { ...waliKota, kind: 'UNRESOLVED', title: null, unresolved: 'POSITION_NOT_FOUND' };

export const derivedKabid: DerivedAppraisers = { pejabatPenilai: kabid, atasanPejabatPenilai: kadis };
export const superiorDraft: SuperiorSkp = { skpId: 'emp-kabid.2026', rhkIds: ['k1', 'k2'], approved: false };
export const superiorApproved: SuperiorSkp = { ...superiorDraft, approved: true };

export const content: SkpContent = {
  rhk: [
    {
      rhkId: 'r1',
      kategori: 'UTAMA',
      rencanaKinerja: 'Tersedianya aplikasi layanan kepegawaian daring',
      pendekatan: 'KUANTITATIF',
      indikator: [
        { aspek: 'KUANTITAS', iki: 'Jumlah modul aplikasi yang beroperasi', target: '4 modul' },
        { aspek: 'WAKTU', iki: 'Waktu penyelesaian', target: '12 bulan' },
      ],
      intervensi: [{ skpId: 'emp-kabid.2026', rhkId: 'k1' }],
      unitTargetIds: [],
    },
    { rhkId: 't1', kategori: 'TAMBAHAN', rencanaKinerja: 'Narasumber literasi digital', pendekatan: 'KUALITATIF', indikator: [{ aspek: 'KUALITAS', iki: 'Materi diterima peserta', target: 'Sesuai kebutuhan' }], intervensi: [], unitTargetIds: [] },
  ],
  perilaku: BERAKHLAK.map((nilai) => ({ nilai, ekspektasiKhusus: nilai === 'KOLABORATIF' ? 'Aktif dalam tim lintas bidang' : null })),
  lampiran: { dukunganSumberDaya: ['Server aplikasi'], skemaPertanggungjawaban: ['Laporan triwulanan'], konsekuensi: ['Sesuai PP 94/2021'] },
};

export const draftCommand: DraftSkp = {
  type: 'DraftSkp',
  skpId: 'emp-ani.2026',
  employeeId: 'emp-ani',
  instansiId: 'kota-medan',
  unitId: 'kota-medan.aptika',
  positionId: 'kota-medan.aptika.pengelola',
  jenisJabatan: 'PELAKSANA',
  year: 2026,
  skpDate: '2026-01-05',
  period: { periodStart: '2026-01-01', periodEnd: '2026-12-31', months: 12 },
  content,
  derived: derivedKabid,
  superior: superiorDraft,
  unitPlan: null,
  at: AT,
};

export const drafted: SkpDrafted = {
  type: 'performance.SkpDrafted',
  data: {
    skpId: 'emp-ani.2026',
    employeeId: 'emp-ani',
    instansiId: 'kota-medan',
    unitId: 'kota-medan.aptika',
    positionId: 'kota-medan.aptika.pengelola',
    jenisJabatan: 'PELAKSANA',
    year: 2026,
    skpDate: '2026-01-05',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    months: 12,
    ...content,
    pejabatPenilai: kabid,
    atasanPejabatPenilai: kadis,
    draftedAt: AT,
  },
};
