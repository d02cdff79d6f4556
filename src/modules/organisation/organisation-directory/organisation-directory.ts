import { Injectable } from '@nestjs/common';
import { ReadModels } from '@infrastructure/projections/read-models';
import { instansiIdOf, unitIdOfPosition } from '../domain/organisation.ids';
import { Appraisers, OrgTree, PositionHolders, resolveAppraisers } from '../pejabat-penilai/pejabat-penilai';
import { INSTANSI, Instansi } from '../read-models/instansi/instansi.schema';
import { ORG_UNITS, OrgPosition, OrgUnit } from '../read-models/org-units/org-unit.schema';

type UnitDoc = OrgUnit & { _id: string };
type InstansiDoc = Instansi & { _id: string };

export interface PositionInUnit {
  readonly position: OrgPosition;
  readonly unit: OrgUnit;
}

/** Per stored unit document (replaced, never changed in place, on every write): its positions by id. */
const positionIndexes = new WeakMap<OrgUnit, Map<string, OrgPosition>>();

/** The position `positionId` of `unit`, or undefined; a map lookup (a unit may hold hundreds of positions). */
export function positionOfUnit(unit: OrgUnit, positionId: string): OrgPosition | undefined {
  let index = positionIndexes.get(unit);
  if (!index) positionIndexes.set(unit, (index = new Map(unit.positions.map((p) => [p.positionId, p]))));
  return index.get(positionId);
}

/**
 * The organisation tree as other modules see it (employee, recruitment, performance…): read-only
 * answers from the org_units and instansi read models. Unit ids are `<instansiId>.<code>`, position
 * ids `<unitId>.<code>`. Dissolved units and abolished positions are included, with their status.
 */
@Injectable()
export class OrganisationDirectory {
  constructor(private readonly readModels: ReadModels) {}

  unit(unitId: string): Promise<OrgUnit | null> {
    return this.units().findById(unitId);
  }

  /** A position with the unit that holds it, or null. */
  async position(positionId: string): Promise<PositionInUnit | null> {
    const unit = await this.unit(unitIdOfPosition(positionId));
    const position = unit ? positionOfUnit(unit, positionId) : undefined;
    return unit && position ? { position, unit } : null;
  }

  /** The instansi (employer) a unit belongs to, or null when the unit is unknown. */
  async instansiOfUnit(unitId: string): Promise<Instansi | null> {
    const unit = await this.unit(unitId);
    return unit ? this.instansi().findById(unit.instansiId) : null;
  }

  /** True when `unitId` is `ancestorOrSelfUnitId` or lies below it: the check behind unit-scoped roles. */
  async isWithin(unitId: string, ancestorOrSelfUnitId: string): Promise<boolean> {
    const unit = await this.unit(unitId);
    return unit !== null && (unit._id === ancestorOrSelfUnitId || unit.ancestors.includes(ancestorOrSelfUnitId));
  }

  /** The unit and every unit below it (empty when the unit is unknown). */
  async subtreeUnitIds(unitId: string): Promise<string[]> {
    if (!(await this.unit(unitId))) return [];
    // `$in`, not equality: the embedded store cannot answer equality on an indexed array field.
    const below = await this.units().find({ ancestors: { $in: [unitId] } }, { sort: { _id: 1 } });
    return [unitId, ...below.map((u) => u._id)];
  }

  /** Ids of the positions of a jenis jabatan (abolished ones included), in one instansi or all. */
  async positionIdsOfJenis(jenisJabatan: string, instansiId?: string): Promise<string[]> {
    const units = await this.units().find(instansiId ? { instansiId } : {}, { sort: { _id: 1 } });
    return units.flatMap((u) => u.positions.filter((p) => p.jenisJabatan === jenisJabatan).map((p) => p.positionId));
  }

  /** The whole tree of an instansi, in the shape resolveAppraisers takes; null for an unknown instansi. */
  async tree(instansiId: string): Promise<OrgTree | null> {
    const instansi = await this.instansi().findById(instansiId);
    if (!instansi) return null;
    const units = await this.units().find({ instansiId }, { sort: { _id: 1 } });
    return {
      instansiId,
      kepalaDaerahTitle: instansi.kepalaDaerahTitle,
      units: units.map(({ _id, parentUnitId, kind, name, status }) => ({ unitId: _id, parentUnitId, kind, name, status })),
      positions: units.flatMap((u) =>
        u.positions.map(({ positionId, name, jenisJabatan, isUnitHead, status }) => ({ positionId, unitId: u._id, name, jenisJabatan, isUnitHead, status })),
      ),
    };
  }

  /** Pejabat penilai and atasan of a position on a day; `holders` comes from the employee module. */
  async appraisersOf(positionId: string, holders: PositionHolders, onDate: string): Promise<Appraisers> {
    const tree = await this.tree(instansiIdOf(positionId));
    return resolveAppraisers(tree ?? { instansiId: instansiIdOf(positionId), kepalaDaerahTitle: '', units: [], positions: [] }, holders, positionId, onDate);
  }

  private units() {
    return this.readModels.collection<UnitDoc>(ORG_UNITS);
  }

  private instansi() {
    return this.readModels.collection<InstansiDoc>(INSTANSI);
  }
}
