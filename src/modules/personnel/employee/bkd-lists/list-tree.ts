import { OrgTree, OrgTreePosition, OrgTreeUnit } from '@modules/organisation';

/** An instansi's tree indexed for the lists: positions by id, a unit's OPD and its breadcrumb. */
export interface ListTree {
  readonly instansiId: string;
  readonly positions: ReadonlyMap<string, OrgTreePosition>;
  readonly units: ReadonlyMap<string, OrgTreeUnit>;
  /** Unit names from the top-level unit (the OPD, kecamatan…) down to the unit; [] when unknown. */
  pathOf(unitId: string): string[];
  /** The top-level unit above (or equal to) the unit; null when unknown. */
  opdOf(unitId: string): OrgTreeUnit | null;
}

export function listTree(tree: OrgTree): ListTree {
  const units = new Map(tree.units.map((u) => [u.unitId, u]));
  const positions = new Map(tree.positions.map((p) => [p.positionId, p]));
  const chain = (unitId: string): OrgTreeUnit[] => {
    const found: OrgTreeUnit[] = [];
    // Bounded by the number of units, so a malformed parent cycle cannot loop.
    for (let unit = units.get(unitId); unit && found.length <= units.size; unit = unit.parentUnitId ? units.get(unit.parentUnitId) : undefined) found.unshift(unit);
    return found;
  };
  return {
    instansiId: tree.instansiId,
    positions,
    units,
    pathOf: (unitId) => chain(unitId).map((u) => u.name),
    opdOf: (unitId) => chain(unitId)[0] ?? null,
  };
}
