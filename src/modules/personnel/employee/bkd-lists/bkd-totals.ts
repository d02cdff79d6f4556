import { Injectable } from '@nestjs/common';
import { Filter } from '@infrastructure/document-store/document-store.port';
import { ReadModels } from '@infrastructure/projections/read-models';
import { Actor } from '@kernel/events';
import { describeGolongan, EmploymentType, isGolongan, rollUp, TOTAL_ORDERS, TotalCount } from '../domain';
import { EMPLOYEES } from '../read-models/employees/employee.schema';
import { BkdLists, ListScope } from './bkd-lists.service';

/** Rekapitulasi of the active ASN of a scope: the total and the counts per dimension. */
export interface EmployeeTotals {
  readonly total: number;
  readonly byEmploymentType: TotalRow[];
  readonly byGolongan: TotalRow[];
  readonly byOpd: TotalRow[];
  readonly byJenisJabatan: TotalRow[];
  readonly bySex: TotalRow[];
  readonly byEducation: TotalRow[];
}

/** A group with a label for people: "III/a Penata Muda", the OPD's name; otherwise the key. */
export interface TotalRow extends TotalCount {
  readonly label: string;
}

export const TOTAL_DIMENSIONS = ['byEmploymentType', 'byGolongan', 'byOpd', 'byJenisJabatan', 'bySex', 'byEducation'] as const;

/** The key of a record the tree cannot place (a position or unit no longer in it). */
export const UNKNOWN_KEY = 'UNKNOWN';

/**
 * Totals per golongan, OPD, jenis jabatan, sex and education, counted by the store ($group), not by
 * reading the records: the store returns one row per golongan, unit or position. Jenis jabatan and
 * OPD come from the tree, so positions and units are grouped by the store and re-keyed here.
 */
@Injectable()
export class BkdTotals {
  constructor(
    private readonly lists: BkdLists,
    private readonly readModels: ReadModels,
  ) {}

  async totals(actor: Actor, scope: ListScope, employmentType?: EmploymentType): Promise<EmployeeTotals> {
    const resolved = await this.lists.resolve(actor, scope);
    const filter = { ...resolved.filter, ...(employmentType ? { employmentType } : {}) };
    const { tree } = resolved;
    const same = (key: string | null) => key ?? UNKNOWN_KEY;
    const [byType, byGolongan, byUnit, byPosition, bySex, byEducation] = await Promise.all(
      ['employmentType', 'golongan', 'unitId', 'positionId', 'sex', 'education'].map((field) => this.countBy(filter, field)),
    );
    const opdName = (unitId: string) => tree.units.get(unitId)?.name ?? unitId;
    const keyed = (rows: TotalCount[], label: (key: string) => string = (key) => key) => rows.map((r) => ({ ...r, label: r.key === UNKNOWN_KEY ? 'Tidak diketahui' : label(r.key) }));
    return {
      total: byType.reduce((sum, g) => sum + g.count, 0),
      byEmploymentType: keyed(rollUp(byType, same, (a, b) => (a === EmploymentType.PNS ? -1 : b === EmploymentType.PNS ? 1 : 0))),
      byGolongan: keyed(rollUp(byGolongan, same, TOTAL_ORDERS.golongan), (key) => (isGolongan(key) ? describeGolongan(key) : key)),
      byOpd: keyed(rollUp(byUnit, (unitId) => (unitId && tree.opdOf(unitId)?.unitId) || UNKNOWN_KEY, (a, b) => opdName(a).localeCompare(opdName(b), 'id')), opdName),
      byJenisJabatan: keyed(rollUp(byPosition, (positionId) => (positionId && tree.positions.get(positionId)?.jenisJabatan) || UNKNOWN_KEY, TOTAL_ORDERS.jenisJabatan)),
      bySex: keyed(rollUp(bySex, same, () => 0)),
      byEducation: keyed(rollUp(byEducation, same, TOTAL_ORDERS.education)),
    };
  }

  private async countBy(filter: Filter, field: string): Promise<{ key: string | null; count: number }[]> {
    const groups = await this.readModels.collection(EMPLOYEES).aggregate<{ _id: string | null; count: number }>([{ $match: filter }, { $group: { _id: `$${field}`, count: { $sum: 1 } } }]);
    return groups.map((g) => ({ key: g._id, count: g.count }));
  }
}
