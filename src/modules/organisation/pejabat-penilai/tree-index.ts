import { PositionStatus } from '../domain/organisation.vocabulary';
import type { OrgTree, OrgTreePosition, OrgTreeUnit } from './pejabat-penilai';

/** Lookups over one OrgTree, built once per tree object (resolving a whole unit reuses it). */
export interface TreeIndex {
  readonly units: ReadonlyMap<string, OrgTreeUnit>;
  readonly positions: ReadonlyMap<string, OrgTreePosition>;
  /** The active head position of each unit that has one. */
  readonly heads: ReadonlyMap<string, OrgTreePosition>;
}

const cache = new WeakMap<OrgTree, TreeIndex>();

export function indexTree(tree: OrgTree): TreeIndex {
  let index = cache.get(tree);
  if (!index) {
    const heads = new Map<string, OrgTreePosition>();
    for (const p of tree.positions) if (p.isUnitHead && p.status === PositionStatus.ACTIVE) heads.set(p.unitId, p);
    index = {
      units: new Map(tree.units.map((u) => [u.unitId, u])),
      positions: new Map(tree.positions.map((p) => [p.positionId, p])),
      heads,
    };
    cache.set(tree, index);
  }
  return index;
}

/**
 * The heads above a position, nearest first: the head of its own unit (unless it is that head), then
 * the head of each ancestor unit. Units without an active head position are passed over.
 */
export function headsAbove(index: TreeIndex, position: OrgTreePosition): OrgTreePosition[] {
  const heads: OrgTreePosition[] = [];
  const seen = new Set<string>();
  let unitId = position.isUnitHead ? (index.units.get(position.unitId)?.parentUnitId ?? null) : position.unitId;
  while (unitId !== null && !seen.has(unitId)) {
    seen.add(unitId);
    const head = index.heads.get(unitId);
    if (head && head.positionId !== position.positionId) heads.push(head);
    unitId = index.units.get(unitId)?.parentUnitId ?? null;
  }
  return heads;
}
