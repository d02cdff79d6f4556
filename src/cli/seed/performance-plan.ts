import { OrgTree, PositionHolders, PositionStatus, resolveAppraisers, UnitStatus } from '@modules/organisation';
import { checkDistribution, OrganisationPredikat, predikatOf, Rating } from '@modules/performance';
import { countsOf } from '@modules/performance/predikat/kurva-distribusi';
import { isJpt } from '@modules/performance/skp/skp.content-rules';
import { periodRange } from '@modules/performance/skp/periods';
import { Predikat } from '@modules/shared';
import { EmployeePlan, SeedPlan } from './generator';

/**
 * A complete performance year of the seeded employees (issue 9 item 10), as a pure plan: each OPD's
 * targets (IKU / perjanjian kinerja) as the root of the cascade, an SKP per employee whose RHK utama
 * intervene in the pejabat penilai's, approved top-down (the approval order), four quarterly and the
 * annual evaluation with predicates that satisfy each OPD's kurva for its predikat kinerja
 * organisasi, the sign-off per OPD and period, and one correction per instansi after the close.
 *
 * The year is 2026, the year the seeded organisation exists in the log: personnel records a post as
 * held from the employee's registration (the seed's run day) or the transfer's effective date, so an
 * SKP of 2025 would find every appraiser's post vacant. The SKP date is the run day clamped into 2026;
 * the seed runs after every transfer and Plt/Plh term of the plan (the last ends 30 November 2026),
 * so the appraisers are those after the transfers on any run day from December 2026. They are
 * resolved here with the organisation's own function, so the plan names the actor the handler will
 * accept. A post vacant on that day blocks the submission (APPRAISER_VACANT, refused as planned)
 * until ADMIN_BKD names the atasan pejabat penilai instead, with a reason.
 */

export const PERFORMANCE_YEAR = 2026;
export const SKP_DATE = '2026-12-31';
export const PERIODS = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2026'] as const;

/**
 * The closed year before (2025): the organisation is the one registered, each post held from its
 * TMT jabatan (before 2025, POSITION_TMT_BY), the transfers and Plt/Plh of 2026 not yet made. Its
 * SKPs are drafted and approved in the first week of January 2025 (the seed's clock), so the SKP
 * date is that day; an employee appointed later in 2025 drafts on the appointment TMT, and that SKP
 * covers the year from the TMT (its months pro-rated), evaluated for the periods it overlaps.
 */
export const CLOSED_YEAR = 2025;
export const CLOSED_SKP_DATE = '2025-01-06';
export const CLOSED_PERIODS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2025'] as const;

/** The periods a year's plan evaluates: all of 2025; of 2026 only the quarters ended before the seed runs (December 2026). */
export function evaluatedPeriods(year: number): readonly string[] {
  return year === CLOSED_YEAR ? CLOSED_PERIODS : ['2026-Q1', '2026-Q2', '2026-Q3'];
}

/** Who acts: an employee with a PEJABAT_PENILAI grant on their unit, or the kepala daerah (recorded by ADMIN_BKD, the seed). */
export type PlanAppraiser = { readonly employeeId: string; readonly unitId: string } | { readonly kepalaDaerah: true };

export interface SkpPlanRhk {
  readonly rhkId: string;
  readonly kategori: 'UTAMA' | 'TAMBAHAN';
  readonly rencanaKinerja: string;
  readonly iki: string;
  readonly target: string;
  readonly intervensi: readonly { readonly skpId: string; readonly rhkId: string }[];
  readonly unitTargetIds: readonly string[];
}

export interface SkpPlan {
  readonly employeeId: string;
  /** The day the SKP is drafted and its appraisers resolved: the year's SKP date, or the appointment TMT when later in the year. */
  readonly skpDate: string;
  /** The first day it covers: 1 January, or the appointment TMT. */
  readonly periodStart: string;
  readonly identifier: string;
  readonly instansiId: string;
  readonly unitId: string;
  readonly opdUnitId: string;
  readonly skpId: string;
  readonly isUnitHead: boolean;
  /** The OPD head: the unit result (set with the organisation predikat) is their rating hasil kerja. */
  readonly isOpdHead: boolean;
  readonly pejabatPenilai: PlanAppraiser;
  readonly atasan: PlanAppraiser | null;
  /** Set when the tree's pejabat penilai post is vacant on the SKP date: ADMIN_BKD names this one instead. */
  readonly override: { readonly employeeId: string; readonly unitId: string; readonly reason: string } | null;
  readonly rhk: readonly SkpPlanRhk[];
}

export interface EvaluationPlan {
  readonly skpId: string;
  readonly period: string;
  readonly rating: Rating;
  readonly ratingPerilaku: Rating;
  readonly predikat: Predikat;
}

export interface OpdPerformancePlan {
  readonly unitId: string;
  readonly instansiId: string;
  readonly head: { readonly employeeId: string; readonly unitId: string };
  readonly targets: readonly { readonly targetId: string; readonly sasaran: string; readonly indikator: string; readonly target: string }[];
  readonly perjanjianKinerja: string;
  readonly organisationPredikat: OrganisationPredikat;
  readonly unitResult: Rating;
}

export interface CorrectionPlan {
  readonly evaluationId: string;
  readonly skpId: string;
  readonly by: PlanAppraiser;
  readonly rating: Rating;
  readonly ratingPerilaku: Rating;
  readonly previousPredikat: Predikat;
  readonly predikat: Predikat;
  readonly reason: string;
}

export interface PerformancePlan {
  readonly opds: readonly OpdPerformancePlan[];
  /** In approval order: every pejabat penilai's SKP before their appraisees'. */
  readonly skps: readonly SkpPlan[];
  readonly evaluations: readonly EvaluationPlan[];
  readonly corrections: readonly CorrectionPlan[];
  /** Employees without an SKP of the year, and why. */
  readonly excluded: readonly { readonly employeeId: string; readonly reason: string }[];
}

/** Ratings that give a predikat by the matrix (all RHK rated alike, so the aggregate is the rating). */
const RATINGS_FOR: Readonly<Record<'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN', { rating: Rating; perilaku: Rating }>> = {
  SANGAT_BAIK: { rating: Rating.DI_ATAS, perilaku: Rating.DI_ATAS },
  BAIK: { rating: Rating.SESUAI, perilaku: Rating.SESUAI },
  BUTUH_PERBAIKAN: { rating: Rating.DI_BAWAH, perilaku: Rating.SESUAI },
};

export function planPerformance(plan: SeedPlan, year: number = PERFORMANCE_YEAR): PerformancePlan {
  const SKP_DATE = year === CLOSED_YEAR ? CLOSED_SKP_DATE : `${year}-12-31`;
  const PERIODS = evaluatedPeriods(year);
  const PERFORMANCE_YEAR = year;
  // Where everyone stands on the SKP date, after the plan's transfers by then (the old post is left without a holder).
  const moves = new Map(plan.transfers.filter((t) => t.effectiveDate <= SKP_DATE).map((t) => [t.employeeId, t]));
  const employees: EmployeePlan[] = plan.employees.map((e) => {
    const t = moves.get(e.employeeId);
    return t ? { ...e, unitId: t.toUnitId, positionId: t.toPositionId, positionTmt: t.effectiveDate } : e;
  });
  // Held from the TMT jabatan (position_holders does the same with the registration's positionTmt), on a day.
  const holdersCache = new Map<string, PositionHolders>();
  const holdersOn = (date: string): PositionHolders => {
    if (!holdersCache.has(date)) {
      const holders: Record<string, PositionHolders[string]> = {};
      for (const e of employees) if (e.positionTmt <= date) holders[e.positionId] = { holder: { employeeId: e.employeeId, since: e.positionTmt } };
      holdersCache.set(date, holders);
    }
    return holdersCache.get(date)!;
  };
  // An employee appointed during the closed year drafts on the appointment TMT (the SKP covers the year from it).
  const skpDateOf = (e: EmployeePlan): string => (year === CLOSED_YEAR && e.tmt > SKP_DATE && e.tmt <= `${year}-12-31` ? e.tmt : SKP_DATE);
  const trees = new Map(plan.instansi.map((i) => [i.instansiId, treeOf(plan, i.instansiId, i.kepalaDaerahTitle)]));
  const positions = new Map(plan.positions.map((p) => [p.positionId, p]));
  const units = new Map(plan.units.map((u) => [u.unitId, u]));
  const toAppraiser = (found: ReturnType<typeof resolveAppraisers>['pejabatPenilai']): PlanAppraiser | 'VACANT' | 'UNRESOLVED' => {
    if ('unresolved' in found) return 'UNRESOLVED';
    if (found.kepalaDaerah) return { kepalaDaerah: true };
    return found.employeeId ? { employeeId: found.employeeId, unitId: found.unitId } : 'VACANT';
  };

  const excluded: { employeeId: string; reason: string }[] = [];
  type Pending = { e: EmployeePlan; penilai: PlanAppraiser; atasan: PlanAppraiser | null; override: SkpPlan['override'] };
  const pending: Pending[] = [];
  for (const e of employees) {
    const skpDate = skpDateOf(e);
    if (e.tmt > skpDate) {
      excluded.push({ employeeId: e.employeeId, reason: `TMT ${e.tmt} sesudah tahun penilaian` });
      continue;
    }
    const found = resolveAppraisers(trees.get(e.instansiId)!, holdersOn(skpDate), e.positionId, skpDate);
    const penilai = toAppraiser(found.pejabatPenilai);
    const atasan = toAppraiser(found.atasanPejabatPenilai);
    if (penilai === 'VACANT') {
      // The way out the module offers: ADMIN_BKD names the atasan pejabat penilai, with a reason.
      if (typeof atasan === 'object' && 'employeeId' in atasan) {
        const vacant = 'positionId' in found.pejabatPenilai ? found.pejabatPenilai.positionId : '';
        pending.push({ e, penilai: atasan, atasan: null, override: { ...atasan, reason: `Jabatan pejabat penilai ${vacant} kosong pada ${skpDate}; dinilai oleh atasan pejabat penilai` } });
      } else excluded.push({ employeeId: e.employeeId, reason: 'Pejabat penilai dan atasannya kosong' });
      continue;
    }
    if (penilai === 'UNRESOLVED') {
      excluded.push({ employeeId: e.employeeId, reason: 'Pejabat penilai tidak dapat ditentukan' });
      continue;
    }
    pending.push({ e, penilai, atasan: atasan === 'VACANT' || atasan === 'UNRESOLVED' ? null : atasan, override: null });
  }

  // Approval order: an SKP once its pejabat penilai's SKP is planned (the kepala daerah has none).
  const skps: SkpPlan[] = [];
  const planned = new Set<string>();
  let queue = pending;
  while (queue.length > 0) {
    const ready = queue.filter((p) => 'kepalaDaerah' in p.penilai || planned.has(p.penilai.employeeId));
    if (ready.length === 0) break;
    for (const p of ready) {
      skps.push(skpOf(p.e, p.penilai, p.atasan, p.override));
      planned.add(p.e.employeeId);
    }
    queue = queue.filter((p) => !ready.includes(p));
  }
  for (const p of queue) excluded.push({ employeeId: p.e.employeeId, reason: 'SKP pejabat penilai tidak direncanakan' });

  function skpOf(e: EmployeePlan, penilai: PlanAppraiser, atasan: PlanAppraiser | null, override: SkpPlan['override']): SkpPlan {
    const position = positions.get(e.positionId)!;
    const unit = units.get(e.unitId)!;
    const jpt = isJpt(position.jenisJabatan);
    const isOpdHead = position.isUnitHead && unit.parentUnitId === null;
    const superior = 'employeeId' in penilai ? `${penilai.employeeId}.${PERFORMANCE_YEAR}` : null;
    const link = superior && !jpt ? [{ skpId: superior, rhkId: 'u1' }] : [];
    const targets = jpt && isOpdHead ? ['iku-1', 'iku-2'] : [];
    const rhk: SkpPlanRhk[] = [
      { rhkId: 'u1', kategori: 'UTAMA', rencanaKinerja: `${position.isUnitHead ? 'Terwujudnya kinerja' : 'Terlaksananya tugas'} ${position.name} ${unit.name} ${PERFORMANCE_YEAR}`, iki: 'Persentase capaian rencana kerja', target: '100%', intervensi: link, unitTargetIds: targets },
    ];
    if (position.isUnitHead) rhk.push({ rhkId: 'u2', kategori: 'UTAMA', rencanaKinerja: `Terlaksananya pembinaan pegawai ${unit.name}`, iki: 'Jumlah pegawai yang dibina', target: 'seluruh pegawai unit', intervensi: link, unitTargetIds: targets.slice(1) });
    if (Number(e.identifier.slice(-1)) % 3 === 0) rhk.push({ rhkId: 't1', kategori: 'TAMBAHAN', rencanaKinerja: 'Terlaksananya tugas tambahan sebagai anggota tim kerja', iki: 'Jumlah laporan tim', target: '4 laporan', intervensi: [], unitTargetIds: [] });
    const skpDate = skpDateOf(e);
    return {
      employeeId: e.employeeId,
      skpDate,
      periodStart: skpDate === SKP_DATE ? `${PERFORMANCE_YEAR}-01-01` : skpDate,
      identifier: e.identifier,
      instansiId: e.instansiId,
      unitId: e.unitId,
      opdUnitId: unit.opdUnitId,
      skpId: `${e.employeeId}.${PERFORMANCE_YEAR}`,
      isUnitHead: position.isUnitHead,
      isOpdHead,
      pejabatPenilai: penilai,
      atasan,
      override,
      rhk,
    };
  }

  // Each OPD: its head sets the targets; the organisation predikat (ISTIMEWA for every third OPD, BAIK otherwise) picks the kurva.
  const opds: OpdPerformancePlan[] = [];
  const evaluations: EvaluationPlan[] = [];
  const corrections: CorrectionPlan[] = [];
  plan.units
    .filter((u) => u.parentUnitId === null)
    .forEach((opd, index) => {
      const members = skps.filter((s) => s.opdUnitId === opd.unitId);
      const head = members.find((s) => s.isOpdHead);
      if (!head) return;
      const organisationPredikat = index % 3 === 1 ? OrganisationPredikat.ISTIMEWA : OrganisationPredikat.BAIK;
      const unitResult = organisationPredikat === OrganisationPredikat.ISTIMEWA ? Rating.DI_ATAS : Rating.SESUAI;
      opds.push({
        unitId: opd.unitId,
        instansiId: opd.instansiId,
        head: { employeeId: head.employeeId, unitId: head.unitId },
        perjanjianKinerja: `PK/${opd.code}/${PERFORMANCE_YEAR}`,
        organisationPredikat,
        unitResult,
        targets: [
          { targetId: 'iku-1', sasaran: `Meningkatnya kualitas layanan ${opd.name}`, indikator: 'Indeks kepuasan masyarakat', target: '82' },
          { targetId: 'iku-2', sasaran: `Meningkatnya akuntabilitas kinerja ${opd.name}`, indikator: 'Nilai SAKIP perangkat daerah', target: 'BB' },
        ],
      });
      const everyone = members.filter((s) => s !== head);
      PERIODS.forEach((period, k) => {
        const headPredikat = predikatOf(unitResult, unitResult === Rating.DI_ATAS ? Rating.DI_ATAS : Rating.SESUAI);
        // An SKP from a TMT during the year is evaluated for the periods it overlaps.
        const others = everyone.filter((s) => s.periodStart <= periodRange(period).end);
        const rotated = others.map((_, i) => others[(i + k) % others.length]);
        const assigned = assign(organisationPredikat, rotated.length, headPredikat);
        evaluations.push({ skpId: head.skpId, period, rating: unitResult, ratingPerilaku: unitResult === Rating.DI_ATAS ? Rating.DI_ATAS : Rating.SESUAI, predikat: headPredikat });
        rotated.forEach((s, i) => {
          const p = assigned[i];
          evaluations.push({ skpId: s.skpId, period, rating: RATINGS_FOR[p].rating, ratingPerilaku: RATINGS_FOR[p].perilaku, predikat: p });
        });
      });
    });

  // One correction per instansi, in its first BAIK-curve OPD: a Baik annual result raised to Sangat Baik by the atasan.
  for (const i of plan.instansi) {
    const opd = opds.find((o) => o.instansiId === i.instansiId && o.organisationPredikat === OrganisationPredikat.BAIK);
    if (!opd) continue;
    const candidate = evaluations.find((ev) => {
      const s = skps.find((x) => x.skpId === ev.skpId)!;
      return ev.period === String(PERFORMANCE_YEAR) && s.opdUnitId === opd.unitId && !s.isOpdHead && !s.override && ev.predikat === Predikat.BAIK && s.atasan !== null;
    });
    if (!candidate) continue;
    const skp = skps.find((x) => x.skpId === candidate.skpId)!;
    corrections.push({
      evaluationId: `${candidate.skpId}.${candidate.period}`,
      skpId: candidate.skpId,
      by: skp.atasan!,
      rating: Rating.DI_ATAS,
      ratingPerilaku: Rating.DI_ATAS,
      previousPredikat: Predikat.BAIK,
      predikat: Predikat.SANGAT_BAIK,
      reason: 'Bukti dukung realisasi triwulan IV terlambat diunggah; capaian melampaui target',
    });
  }

  return { opds, skps, evaluations, corrections, excluded };
}

/**
 * Predicates for the n employees besides the head that, with the head's, satisfy the kurva: about a
 * fifth Sangat Baik and a fifth Butuh Perbaikan (at least one where the pola needs it), the rest Baik
 * within the pola's maximum. Checked with the module's own validator; a plan it refuses is a bug.
 */
function assign(org: OrganisationPredikat, n: number, headPredikat: Predikat): ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN')[] {
  const total = n + 1;
  let bp = org === OrganisationPredikat.BAIK ? Math.max(1, Math.round(total / 5)) : Math.round(total / 10);
  let sb = Math.round(total / 5) - (headPredikat === Predikat.SANGAT_BAIK ? 1 : 0);
  const maxBaik = Math.floor((total * 7) / 10) - (headPredikat === Predikat.BAIK ? 1 : 0);
  let baik = n - bp - Math.max(0, sb);
  if (baik > maxBaik) {
    sb += baik - maxBaik;
    baik = maxBaik;
  }
  sb = Math.max(0, sb);
  baik = n - bp - sb;
  if (baik < 0) bp += baik;
  const result = [...Array<'SANGAT_BAIK'>(sb).fill('SANGAT_BAIK'), ...Array<'BAIK'>(Math.max(0, baik)).fill('BAIK'), ...Array<'BUTUH_PERBAIKAN'>(Math.max(0, bp)).fill('BUTUH_PERBAIKAN')].slice(0, n);
  const check = checkDistribution(org, countsOf([headPredikat, ...result]));
  if (!check.allowed) throw new Error(`Seed: predicates for ${total} outside the ${org} kurva: ${check.violations.map((v) => v.rule).join(', ')}`);
  return result;
}

function treeOf(plan: SeedPlan, instansiId: string, kepalaDaerahTitle: string): OrgTree {
  return {
    instansiId,
    kepalaDaerahTitle,
    units: plan.units.filter((u) => u.instansiId === instansiId).map((u) => ({ unitId: u.unitId, parentUnitId: u.parentUnitId, kind: u.kind, name: u.name, status: UnitStatus.ACTIVE })),
    positions: plan.positions
      .filter((p) => p.instansiId === instansiId)
      .map((p) => ({ positionId: p.positionId, unitId: p.unitId, name: p.name, jenisJabatan: p.jenisJabatan, isUnitHead: p.isUnitHead, status: PositionStatus.ACTIVE })),
  };
}

/** A milestone of the project's output, reported once reached by the lead or by the first member. */
export interface ProjectMilestonePlan {
  readonly milestoneId: string;
  readonly title: string;
  readonly dueDate: string;
  readonly reachedOn: string;
  readonly note: string;
  readonly reportedBy: 'LEAD' | 'FIRST_MEMBER';
}

/** The Dinas Kesehatan project of the seed (issue 9 item 5): a Kabid leads staff from several bidang. */
export interface ProjectPlan {
  readonly projectId: string;
  readonly year: number;
  readonly opdUnitId: string;
  readonly name: string;
  readonly description: string;
  /** Forms it: the OPD head (PEJABAT_PENILAI of the OPD). */
  readonly formedBy: { readonly employeeId: string; readonly unitId: string };
  readonly lead: { readonly employeeId: string; readonly unitId: string };
  readonly members: readonly { readonly employeeId: string; readonly unitId: string; readonly rhkId: string; readonly peran: string }[];
  readonly output: { readonly outputId: string; readonly title: string; readonly target: string; readonly milestones: readonly ProjectMilestonePlan[] };
  /** Per member, the lead's rating of each quarter rated (2025: all four; 2026: Q1 and Q2). */
  readonly ratings: readonly { readonly employeeId: string; readonly period: string; readonly rating: Rating; readonly feedback: string }[];
}

const PERAN = ['Koordinator data posyandu', 'Analis surveilans gizi', 'Pendamping intervensi keluarga berisiko', 'Pengelola pelaporan'];

/** What the task force did each year: 2025 (closed) the baseline and the supplementary feeding, 2026 the risk map. */
const PROJECT_YEARS: Readonly<Record<number, Pick<ProjectPlan, 'description' | 'output'> & { readonly quarters: readonly { readonly period: string; readonly feedback: string; readonly first?: { readonly rating: Rating; readonly feedback: string } }[] }>> = {
  [CLOSED_YEAR]: {
    description: 'Tim lintas bidang Dinas Kesehatan 2025: pendataan balita stunting per kelurahan dan pemberian makanan tambahan bagi keluarga berisiko',
    output: {
      outputId: 'data-dasar',
      title: 'Data dasar balita stunting per kelurahan dan PMT lokal tersalur',
      target: '151 kelurahan',
      milestones: [
        { milestoneId: 'pendataan', title: 'Pendataan balita di seluruh kelurahan', dueDate: '2025-06-30', reachedOn: '2025-06-20', note: 'Data 151 kelurahan masuk dan divalidasi puskesmas', reportedBy: 'FIRST_MEMBER' },
        { milestoneId: 'pmt-tersalur', title: 'PMT lokal tersalur ke keluarga berisiko', dueDate: '2025-11-30', reachedOn: '2025-11-24', note: 'PMT lokal tersalur ke 1.240 keluarga berisiko', reportedBy: 'LEAD' },
      ],
    },
    quarters: [
      { period: '2025-Q1', feedback: 'Instrumen pendataan siap sesuai jadwal tim' },
      { period: '2025-Q2', feedback: 'Pendataan kelurahan selesai sesuai peran', first: { rating: Rating.DI_ATAS, feedback: 'Pendataan selesai sepuluh hari sebelum tenggat' } },
      { period: '2025-Q3', feedback: 'Kontribusi sesuai peran' },
      { period: '2025-Q4', feedback: 'Penyaluran PMT didampingi sesuai rencana' },
    ],
  },
  [PERFORMANCE_YEAR]: {
    description: 'Tim lintas bidang Dinas Kesehatan: data posyandu, surveilans gizi, intervensi keluarga berisiko',
    output: {
      outputId: 'peta-risiko',
      title: 'Peta balita berisiko stunting per kecamatan',
      target: '21 kecamatan',
      milestones: [
        { milestoneId: 'data-posyandu', title: 'Data posyandu terkumpul', dueDate: '2026-03-31', reachedOn: '2026-03-27', note: 'Data 410 posyandu masuk dan divalidasi', reportedBy: 'FIRST_MEMBER' },
        { milestoneId: 'peta-terbit', title: 'Peta terbit dan dipakai puskesmas', dueDate: '2026-06-30', reachedOn: '2026-06-19', note: 'Peta terbit; dipakai 41 puskesmas', reportedBy: 'LEAD' },
      ],
    },
    quarters: [
      { period: '2026-Q1', feedback: 'Data dan laporan sesuai jadwal tim' },
      { period: '2026-Q2', feedback: 'Kontribusi sesuai peran', first: { rating: Rating.DI_ATAS, feedback: 'Peta balita berisiko terbit lebih cepat dari rencana' } },
    ],
  },
};

/**
 * A stunting task force in Kota Medan's Dinas Kesehatan (the case issue 9 names), one project per
 * seeded year: led by the head of one bidang, with up to four staff of different bidang, each linked
 * to the first RHK of their SKP of the year. Null when the seeded organisation has no such OPD with a
 * bidang head and staff in two units.
 */
export function planProject(perf: PerformancePlan, year: number = PERFORMANCE_YEAR): ProjectPlan | null {
  const content = PROJECT_YEARS[year];
  const opd = perf.opds.find((o) => o.instansiId === 'kota-medan' && o.unitId.endsWith('.dinkes'));
  if (!content || !opd) return null;
  // Members and lead from staff employed the whole year: the task force forms in January (2025: on
  // 13 January), before anyone appointed during the year is active.
  const inOpd = perf.skps.filter((s) => s.opdUnitId === opd.unitId && s.periodStart === `${year}-01-01`);
  const lead = inOpd.find((s) => s.isUnitHead && !s.isOpdHead);
  if (!lead) return null;
  const staff = inOpd.filter((s) => !s.isUnitHead && s.employeeId !== lead.employeeId);
  const picked: SkpPlan[] = [];
  for (const s of staff) if (picked.length < 4 && !picked.some((p) => p.unitId === s.unitId)) picked.push(s);
  for (const s of staff) if (picked.length < 4 && !picked.includes(s)) picked.push(s);
  if (new Set(picked.map((p) => p.unitId)).size < 2) return null;
  const members = picked.map((s, i) => ({ employeeId: s.employeeId, unitId: s.unitId, rhkId: s.rhk[0].rhkId, peran: PERAN[i] }));
  const ratings = members.flatMap((m, i) => content.quarters.map((q) => ({ employeeId: m.employeeId, period: q.period, rating: i === 0 && q.first ? q.first.rating : Rating.SESUAI, feedback: i === 0 && q.first ? q.first.feedback : q.feedback })));
  return { projectId: `kota-medan.dinkes.stunting-${year}`, year, opdUnitId: opd.unitId, name: 'Percepatan penurunan stunting', description: content.description, formedBy: opd.head, lead: { employeeId: lead.employeeId, unitId: lead.unitId }, members, output: content.output, ratings };
}
