import { RhkKategori } from '../skp/skp.vocabulary';
import { isJpt } from '../skp/skp.content-rules';

/** What the cascade check needs of an SKP. */
export interface CascadeSkp {
  readonly skpId: string;
  readonly employeeId: string;
  readonly unitId: string;
  readonly jenisJabatan: string;
  readonly pejabatPenilaiEmployeeId: string | null;
  /** UNIT_HEAD, KEPALA_DAERAH or UNRESOLVED. */
  readonly pejabatPenilaiKind: string;
  readonly rhk: readonly { readonly rhkId: string; readonly kategori: RhkKategori; readonly intervensi: readonly { readonly skpId: string; readonly rhkId: string }[]; readonly unitTargetIds: readonly string[] }[];
}

export interface CascadePlan {
  readonly unitId: string;
  readonly targetIds: readonly string[];
}

export const CascadeIssueKind = {
  /** An RHK utama that intervenes in nothing (a JPT's: serves no unit target). */
  ORPHAN_RHK: 'ORPHAN_RHK',
  /** A link to a superior RHK (or unit target) that no longer exists. */
  WITHDRAWN_LINK: 'WITHDRAWN_LINK',
  /** A superior's RHK utama none of their subordinates intervenes in. */
  UNCOVERED_SUPERIOR_RHK: 'UNCOVERED_SUPERIOR_RHK',
  /** A unit target no JPT RHK of the unit serves. */
  UNCOVERED_UNIT_TARGET: 'UNCOVERED_UNIT_TARGET',
} as const;
export type CascadeIssueKind = (typeof CascadeIssueKind)[keyof typeof CascadeIssueKind];

export interface CascadeIssue {
  readonly kind: CascadeIssueKind;
  readonly unitId: string;
  readonly skpId: string | null;
  readonly rhkId: string | null;
  /** What the link names (`<skpId>/<rhkId>` or a target id), for WITHDRAWN_LINK and UNCOVERED_UNIT_TARGET. */
  readonly reference: string | null;
  readonly message: string;
}

/**
 * Cascade validation over a set of SKPs of a year (issue 9 item 2): orphan RHK utama, links to a
 * withdrawn superior RHK, superior RHK no one intervenes in, unit targets no JPT serves. `superiors`
 * holds every SKP the links may name (inside or outside the set); `plans` the units' targets.
 */
export function cascadeIssues(skps: readonly CascadeSkp[], superiors: readonly CascadeSkp[], plans: readonly CascadePlan[]): CascadeIssue[] {
  const byId = new Map([...superiors, ...skps].map((s) => [s.skpId, s]));
  const issues: CascadeIssue[] = [];
  for (const skp of skps) {
    const jpt = isJpt(skp.jenisJabatan);
    const plan = plans.find((p) => p.unitId === skp.unitId);
    for (const rhk of skp.rhk) {
      const base = { unitId: skp.unitId, skpId: skp.skpId, rhkId: rhk.rhkId };
      if (rhk.kategori === RhkKategori.UTAMA && jpt && rhk.unitTargetIds.length === 0) {
        issues.push({ ...base, kind: CascadeIssueKind.ORPHAN_RHK, reference: null, message: `RHK utama ${rhk.rhkId} pimpinan tinggi tidak menautkan target unit` });
      }
      if (rhk.kategori === RhkKategori.UTAMA && !jpt && skp.pejabatPenilaiKind === 'UNIT_HEAD' && rhk.intervensi.length === 0) {
        issues.push({ ...base, kind: CascadeIssueKind.ORPHAN_RHK, reference: null, message: `RHK utama ${rhk.rhkId} tidak mengintervensi RHK atasan` });
      }
      for (const link of rhk.intervensi) {
        const superior = byId.get(link.skpId);
        if (!superior || !superior.rhk.some((r) => r.rhkId === link.rhkId)) {
          issues.push({ ...base, kind: CascadeIssueKind.WITHDRAWN_LINK, reference: `${link.skpId}/${link.rhkId}`, message: `RHK ${rhk.rhkId} mengintervensi ${link.skpId}/${link.rhkId} yang tidak ada lagi` });
        }
      }
      for (const targetId of rhk.unitTargetIds) {
        if (!plan?.targetIds.includes(targetId)) issues.push({ ...base, kind: CascadeIssueKind.WITHDRAWN_LINK, reference: targetId, message: `RHK ${rhk.rhkId} menautkan target unit ${targetId} yang tidak ada` });
      }
    }
    const subordinates = skps.filter((s) => s.pejabatPenilaiEmployeeId === skp.employeeId && s.skpId !== skp.skpId);
    if (subordinates.length > 0) {
      const covered = new Set(subordinates.flatMap((s) => s.rhk.flatMap((r) => r.intervensi.filter((l) => l.skpId === skp.skpId).map((l) => l.rhkId))));
      for (const rhk of skp.rhk.filter((r) => r.kategori === RhkKategori.UTAMA && !covered.has(r.rhkId))) {
        issues.push({ kind: CascadeIssueKind.UNCOVERED_SUPERIOR_RHK, unitId: skp.unitId, skpId: skp.skpId, rhkId: rhk.rhkId, reference: null, message: `RHK utama ${rhk.rhkId} tidak diintervensi bawahan mana pun` });
      }
    }
  }
  for (const plan of plans) {
    const jpts = skps.filter((s) => s.unitId === plan.unitId && isJpt(s.jenisJabatan));
    if (jpts.length === 0) continue;
    const served = new Set(jpts.flatMap((s) => s.rhk.flatMap((r) => r.unitTargetIds)));
    for (const targetId of plan.targetIds.filter((t) => !served.has(t))) {
      issues.push({ kind: CascadeIssueKind.UNCOVERED_UNIT_TARGET, unitId: plan.unitId, skpId: null, rhkId: null, reference: targetId, message: `Target unit ${targetId} tidak didukung RHK pimpinan mana pun` });
    }
  }
  return issues;
}
