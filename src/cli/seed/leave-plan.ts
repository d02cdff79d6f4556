import { createHash } from 'node:crypto';
import { IsoDate } from '@kernel/calendar-date';
import { OrgTree, PositionHolders, PositionStatus, resolveAppraisers, UnitStatus, unitIdOfPosition } from '@modules/organisation';
import { leaveAuthorityOf } from '@modules/leave/policy/leave-policy';
import { EvidenceKind, LeaveKind, LeaveSubKind, LeaveVerdict } from '@modules/leave/policy/leave.vocabulary';
import { LeaveApprover } from '@modules/leave/record/leave.events';
import { ApproverCandidate, routeLeave } from '@modules/leave/routing/approver-routing';
import { EmployeePlan, PLAN_DATE, SeedPlan } from './generator';

/**
 * A year of leave for some seeded employees (DOMAIN.md §1.14), as a plan of leave commands: pure and
 * deterministic like the rest of the seed. Each chosen employee gets one of four stories, so the data
 * holds every verdict of both steps, carry-over into the next year (≤ 18, and ≤ 24 after a
 * postponement or two unused years), cuti bersama worked, an early return, requests still waiting for
 * each step and a cancelled one.
 *
 * The steps are given by the approvers the system will route to, resolved here with the same
 * functions (pejabat-penilai resolution hop by hop, routeLeave). Only staff whose chain has no Plt/Plh
 * term and who are not transferred are chosen, and the seeded leave that is granted ends before
 * PLAN_DATE, so the route does not depend on the day the seed runs.
 */

export type LeaveAction =
  | { readonly type: 'open'; readonly firstYear: number; readonly priorYears: readonly { year: number; taken: number; remaining: number }[] }
  | {
      readonly type: 'request';
      readonly ref: string;
      readonly kind: LeaveKind;
      readonly subKind?: LeaveSubKind;
      readonly startDate: IsoDate;
      readonly endDate: IsoDate;
      readonly reason: string;
      readonly evidence?: readonly { readonly hash: string; readonly kind: EvidenceKind }[];
      readonly childOrder?: number;
    }
  | { readonly type: 'consider' | 'decide'; readonly ref: string; readonly verdict: LeaveVerdict; readonly reason?: string; readonly from?: IsoDate; readonly to?: IsoDate; readonly by: LeaveApprover; readonly sk?: { skNumber: string; skDate: IsoDate } }
  | { readonly type: 'cancel'; readonly ref: string; readonly reason: string }
  | { readonly type: 'return'; readonly ref: string; readonly returnDate: IsoDate }
  | { readonly type: 'cutiBersama'; readonly year: number; readonly dates: readonly IsoDate[]; readonly reason: string };

export interface LeaveStory {
  readonly employeeId: string;
  readonly identifier: string;
  readonly actions: readonly LeaveAction[];
}

const TARGET = { small: 12, full: 200 } as const;

export function planLeave(plan: SeedPlan): LeaveStory[] {
  const trees = new Map(plan.instansi.map((i) => [i.instansiId, treeOf(plan, i.instansiId, i.kepalaDaerahTitle)]));
  const holders: Record<string, PositionHolders[string]> = {};
  for (const e of plan.employees) holders[e.positionId] = { holder: { employeeId: e.employeeId, since: '2000-01-01' } };
  const heads = new Set(plan.positions.filter((p) => p.isUnitHead).map((p) => p.positionId));
  const actingPositions = new Set(plan.acting.map((a) => a.positionId));
  const busy = new Set([...plan.acting.map((a) => a.employeeId), ...plan.transfers.map((t) => t.employeeId)]);
  const candidates = plan.employees.filter((e) => e.employmentType === 'PNS' && !heads.has(e.positionId) && !busy.has(e.employeeId) && e.tmt <= '2019-01-01');
  const target = TARGET[plan.size.label];
  // A few candidates are passed over (a Plt/Plh in their chain): step a little finer than needed.
  const stride = Math.max(1, Math.floor(candidates.length / (target + Math.ceil(target / 3))));
  const stories: LeaveStory[] = [];
  for (let i = 0; i < candidates.length && stories.length < target; i += stride) {
    const e = candidates[i];
    const chain = chainOf(trees.get(e.instansiId)!, holders, e);
    if (chain.some((c) => c.positionId !== null && actingPositions.has(c.positionId))) continue;
    const opdUnitId = plan.units.find((u) => u.unitId === e.unitId)!.opdUnitId;
    const route = routeLeave({ authority: leaveAuthorityOf(e.instansiId, LeaveKind.TAHUNAN), chain, opdUnitId, onLeave: new Set() });
    stories.push({ employeeId: e.employeeId, identifier: e.identifier, actions: STORIES[stories.length % STORIES.length](e, route.atasan, route.pejabat) });
  }
  return stories;
}

/** The heads above the employee, nearest first, as LeaveCommands.chain resolves them. */
function chainOf(tree: OrgTree, holders: PositionHolders, e: EmployeePlan): ApproverCandidate[] {
  const chain: ApproverCandidate[] = [];
  let positionId = e.positionId;
  for (let hop = 0; hop < 8; hop++) {
    const { pejabatPenilai: found } = resolveAppraisers(tree, holders, positionId, PLAN_DATE);
    if ('unresolved' in found || found.kepalaDaerah) break;
    chain.push({ employeeId: found.employeeId, positionId: found.positionId, unitId: found.unitId, acting: found.acting ?? null, kepalaDaerah: false });
    positionId = found.positionId;
  }
  return [...chain, { employeeId: null, positionId: null, unitId: null, acting: null, kepalaDaerah: true }];
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

/** A deterministic stand-in for an uploaded letter's content hash. */
function evidenceHash(employeeId: string, what: string): string {
  return `${createHash('sha256').update(`seed-evidence:${employeeId}:${what}`).digest('hex')}`;
}

type Story = (e: EmployeePlan, atasan: LeaveApprover, pejabat: LeaveApprover) => LeaveAction[];

const approve = (ref: string, atasan: LeaveApprover, pejabat: LeaveApprover): LeaveAction[] => [
  { type: 'consider', ref, verdict: LeaveVerdict.DISETUJUI, by: atasan },
  { type: 'decide', ref, verdict: LeaveVerdict.DISETUJUI, by: pejabat },
];

const STORIES: readonly Story[] = [
  // Carry-over: 4 of 12 days used in 2025, 6 carried (the year holds 18); PERUBAHAN in 2026, then an early return.
  (e, atasan, pejabat) => [
    { type: 'open', firstYear: 2025, priorYears: [] },
    { type: 'request', ref: 't2025', kind: LeaveKind.TAHUNAN, startDate: '2025-03-10', endDate: '2025-03-13', reason: 'Urusan keluarga' },
    ...approve('t2025', atasan, pejabat),
    { type: 'request', ref: 's2025', kind: LeaveKind.SAKIT, subKind: LeaveSubKind.SAKIT_UMUM, startDate: '2025-07-14', endDate: '2025-07-16', reason: 'Demam', evidence: [{ hash: evidenceHash(e.employeeId, 's2025'), kind: EvidenceKind.SURAT_DOKTER }] },
    ...approve('s2025', atasan, pejabat),
    { type: 'request', ref: 't2026', kind: LeaveKind.TAHUNAN, startDate: '2026-02-09', endDate: '2026-02-13', reason: 'Mudik Imlek' },
    { type: 'consider', ref: 't2026', verdict: LeaveVerdict.PERUBAHAN, reason: 'Pelaporan akhir bulan', from: '2026-02-23', to: '2026-02-27', by: atasan },
    { type: 'decide', ref: 't2026', verdict: LeaveVerdict.PERUBAHAN, reason: 'Sesuai pertimbangan atasan langsung', from: '2026-02-23', to: '2026-02-27', by: pejabat },
    { type: 'return', ref: 't2026', returnDate: '2026-02-26' },
  ],
  // Postponed by the PyB in 2025 (the next year may hold 24), refused at both steps in 2026.
  (_e, atasan, pejabat) => [
    { type: 'open', firstYear: 2025, priorYears: [{ year: 2024, taken: 8, remaining: 4 }] },
    { type: 'request', ref: 't2025', kind: LeaveKind.TAHUNAN, startDate: '2025-11-03', endDate: '2025-11-07', reason: 'Liburan keluarga' },
    { type: 'consider', ref: 't2025', verdict: LeaveVerdict.DISETUJUI, by: atasan },
    { type: 'decide', ref: 't2025', verdict: LeaveVerdict.DITANGGUHKAN, reason: 'Penyusunan laporan keuangan akhir tahun', by: pejabat },
    { type: 'request', ref: 't2026', kind: LeaveKind.TAHUNAN, startDate: '2026-04-06', endDate: '2026-04-10', reason: 'Liburan keluarga' },
    { type: 'consider', ref: 't2026', verdict: LeaveVerdict.TIDAK_DISETUJUI, reason: 'Pelaksanaan kegiatan prioritas', by: atasan },
    { type: 'decide', ref: 't2026', verdict: LeaveVerdict.TIDAK_DISETUJUI, reason: 'Kebutuhan dinas', by: pejabat },
  ],
  // Two unused years before (2025 holds 24); 2026 leave granted; 2027 requests waiting for each step and one cancelled.
  (_e, atasan, pejabat) => [
    { type: 'open', firstYear: 2025, priorYears: [{ year: 2024, taken: 0, remaining: 12 }, { year: 2023, taken: 0, remaining: 12 }] },
    { type: 'request', ref: 't2026', kind: LeaveKind.TAHUNAN, startDate: '2026-08-10', endDate: '2026-08-14', reason: 'Acara keluarga' },
    ...approve('t2026', atasan, pejabat),
    { type: 'request', ref: 'w2027a', kind: LeaveKind.TAHUNAN, startDate: '2027-03-15', endDate: '2027-03-19', reason: 'Urusan keluarga' },
    { type: 'request', ref: 'w2027b', kind: LeaveKind.TAHUNAN, startDate: '2027-04-12', endDate: '2027-04-16', reason: 'Urusan keluarga' },
    { type: 'consider', ref: 'w2027b', verdict: LeaveVerdict.DISETUJUI, by: atasan },
    { type: 'request', ref: 'c2027', kind: LeaveKind.TAHUNAN, startDate: '2027-06-07', endDate: '2027-06-11', reason: 'Perjalanan keluarga' },
    { type: 'cancel', ref: 'c2027', reason: 'Perjalanan dibatalkan' },
  ],
  // Other kinds: cuti melahirkan (women) or the husband's leave at childbirth (men); cuti bersama worked, added to 2025.
  (e, atasan, pejabat) => [
    { type: 'open', firstYear: 2025, priorYears: [] },
    { type: 'cutiBersama', year: 2025, dates: ['2025-04-02', '2025-04-03'], reason: 'Surat tugas piket pelayanan saat Idul Fitri' },
    e.sex === 'FEMALE'
      ? { type: 'request', ref: 'k2025', kind: LeaveKind.MELAHIRKAN, startDate: '2025-09-01', endDate: '2025-11-30', childOrder: 2, reason: 'Kelahiran anak kedua' }
      : { type: 'request', ref: 'k2025', kind: LeaveKind.ALASAN_PENTING, subKind: LeaveSubKind.ISTRI_MELAHIRKAN, startDate: '2025-09-01', endDate: '2025-09-14', reason: 'Istri melahirkan', evidence: [{ hash: evidenceHash(e.employeeId, 'k2025'), kind: EvidenceKind.SURAT_RUMAH_SAKIT }] },
    ...approve('k2025', atasan, pejabat),
    { type: 'request', ref: 't2026', kind: LeaveKind.TAHUNAN, startDate: '2026-10-05', endDate: '2026-10-09', reason: 'Urusan keluarga' },
    ...approve('t2026', atasan, pejabat),
  ],
];

/** The unit of an approver's post: the scope of their PEJABAT_PENILAI grant. */
export function approverUnit(approver: LeaveApprover): string | null {
  return approver.positionId ? unitIdOfPosition(approver.positionId) : null;
}
