import { Injectable } from '@nestjs/common';
import { ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { ReadModels } from '@infrastructure/projections/read-models';
import { OrganisationDirectory } from '../../organisation';
import { countsOf, PredikatCounts } from '../predikat/kurva-distribusi';
import { Evaluation, PERFORMANCE_EVALUATIONS } from '../read-models/evaluations/evaluation.schema';
import { PERFORMANCE_SKPS, Skp } from '../read-models/skps/skp.schema';
import { PERFORMANCE_UNIT_PLANS, UnitPerformance } from '../read-models/unit-plans/unit-plan.schema';
import { SkpStatus } from '../skp/skp.vocabulary';

/** The closed annual predicates of one OPD (the OPD and every unit below it), as counts — one per employee, the year's predikat (of a year split by a transfer, in the OPD of its year segment). Never a person. */
export interface OpdPredikatCounts {
  readonly unitId: string;
  readonly counts: PredikatCounts;
  readonly total: number;
}

/** A unit target of the perjanjian kinerja with what the head's SKP reports realised for it. */
export interface AgreementTarget {
  readonly targetId: string;
  readonly sasaran: string;
  readonly indikator: string;
  readonly target: string;
  /** The latest realisasi recorded on the head's RHK linked to this target (period and text), or none yet. */
  readonly realisasi: readonly { readonly period: string; readonly text: string; readonly recordedAt: string }[];
}

/** The head's own RHK of the year: the output promised (indicator targets) and the realisasi recorded. No rating. */
export interface HeadOutput {
  readonly rencanaKinerja: string;
  readonly indikator: readonly { readonly aspek: string; readonly iki: string; readonly target: string }[];
  readonly realisasi: readonly { readonly period: string; readonly text: string; readonly recordedAt: string }[];
}

/** A unit's approved perjanjian kinerja (SAKIP) for a year, with its head's SKP outputs. */
export interface PublicAgreement {
  readonly unitId: string;
  readonly year: number;
  readonly perjanjianKinerja: string | null;
  readonly approvedAt: string | null;
  readonly targets: readonly AgreementTarget[];
  /** The head whose approved SKP carries the unit's targets; null when none is approved yet. */
  readonly head: { readonly employeeId: string; readonly positionId: string; readonly outputs: readonly HeadOutput[] } | null;
}

/**
 * What performance lets other modules publish (through index.ts): unit-level predicate counts of
 * closed annual evaluations, and approved perjanjian kinerja with the targets and realisasi of the
 * unit heads' SKPs — outputs, never a rating (UU 14/2008 ps. 17 h, DOMAIN.md §1.12). Suppression of
 * small cells is the publisher's job (public-feedback's transparency applies k).
 */
@Injectable()
export class PerformancePublicData {
  constructor(
    private readonly readModels: ReadModels,
    private readonly organisation: OrganisationDirectory,
    private readonly pages: Paginator,
  ) {}

  async predikatCountsByOpd(instansiId: string, year: number): Promise<OpdPredikatCounts[]> {
    const tree = await this.organisation.tree(instansiId);
    if (!tree) return [];
    const parent = new Map(tree.units.map((u) => [u.unitId, u.parentUnitId]));
    const topOf = (unitId: string): string => {
      let current = unitId;
      for (let p = parent.get(current); p; p = parent.get(current)) current = p;
      return current;
    };
    const closed = await this.readModels.collection<Evaluation & { _id: string }>(PERFORMANCE_EVALUATIONS).find({ instansiId, period: String(year), closed: true, yearPredikat: true });
    const byOpd = new Map<string, Evaluation[]>();
    for (const e of closed) byOpd.set(topOf(e.unitId), [...(byOpd.get(topOf(e.unitId)) ?? []), e]);
    return tree.units
      .filter((u) => u.parentUnitId === null)
      .map((u) => ({ unitId: u.unitId, counts: countsOf((byOpd.get(u.unitId) ?? []).map((e) => e.predikat)), total: byOpd.get(u.unitId)?.length ?? 0 }));
  }

  /** Approved unit plans of the instansi for the year, in unit id order. */
  async agreements(instansiId: string, year: number, page: { first: number; after?: string }): Promise<ConnectionShape<PublicAgreement>> {
    const plans = await this.pages.paginate(this.readModels.collection<UnitPerformance & { _id: string }>(PERFORMANCE_UNIT_PLANS), { instansiId, year, status: 'APPROVED' }, page);
    const edges = await Promise.all(plans.edges.map(async ({ node, cursor }) => ({ cursor, node: await this.agreementOf(node) })));
    return { ...plans, edges };
  }

  private async agreementOf(plan: UnitPerformance): Promise<PublicAgreement> {
    const unit = await this.organisation.unit(plan.unitId);
    const headPosition = unit?.positions.find((p) => p.isUnitHead)?.positionId ?? null;
    const skp = headPosition
      ? await this.readModels.collection<Skp & { _id: string }>(PERFORMANCE_SKPS).findOne({ positionId: headPosition, year: plan.year, status: SkpStatus.APPROVED })
      : null;
    const realisasiOf = (rhkId: string) =>
      (skp?.realisasi ?? []).filter((r) => r.rhkId === rhkId).map((r) => ({ period: r.period, text: r.realisasi, recordedAt: r.recordedAt })).sort((a, b) => a.period.localeCompare(b.period));
    return {
      unitId: plan.unitId,
      year: plan.year,
      perjanjianKinerja: plan.perjanjianKinerja,
      approvedAt: plan.approvedAt,
      targets: plan.targets.map((t) => ({
        ...t,
        realisasi: (skp?.rhk ?? []).filter((r) => r.unitTargetIds.includes(t.targetId)).flatMap((r) => realisasiOf(r.rhkId)),
      })),
      head: skp
        ? {
            employeeId: skp.employeeId,
            positionId: skp.positionId,
            outputs: skp.rhk.map((r) => ({ rencanaKinerja: r.rencanaKinerja, indikator: r.indikator.map(({ aspek, iki, target }) => ({ aspek, iki, target })), realisasi: realisasiOf(r.rhkId) })),
          }
        : null,
    };
  }
}
