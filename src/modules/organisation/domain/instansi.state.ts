import { OrganisationRule } from './organisation.rules';
import { refuse } from '@kernel/rules';
import { InstansiKind, JenisJabatan, PositionStatus, UnitKind, UnitStatus } from './organisation.vocabulary';

export interface InstansiInfo {
  readonly instansiId: string;
  readonly name: string;
  readonly kind: InstansiKind;
  readonly kepalaDaerahTitle: string;
}

export interface UnitState {
  readonly unitId: string;
  readonly code: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly parentUnitId: string | null;
  readonly status: UnitStatus;
}

export interface PositionState {
  readonly positionId: string;
  readonly unitId: string;
  readonly code: string;
  readonly name: string;
  readonly jenisJabatan: JenisJabatan;
  readonly isUnitHead: boolean;
  readonly kelasJabatan: number | null;
  /** Recorded formation; see capacityOf for what counts (structural posts: 1). */
  readonly capacity: number | null;
  readonly status: PositionStatus;
}

/** The whole tree of one instansi: everything the tree invariants need, in one stream. */
export interface OrganisationState {
  readonly instansi: InstansiInfo | null;
  readonly units: Readonly<Record<string, UnitState>>;
  readonly positions: Readonly<Record<string, PositionState>>;
}

export const emptyOrganisation = (): OrganisationState => ({ instansi: null, units: {}, positions: {} });

export function activeChildrenOf(state: OrganisationState, unitId: string): UnitState[] {
  return Object.values(state.units).filter((u) => u.parentUnitId === unitId && u.status === UnitStatus.ACTIVE);
}

export function activePositionsOf(state: OrganisationState, unitId: string): PositionState[] {
  return Object.values(state.positions).filter((p) => p.unitId === unitId && p.status === PositionStatus.ACTIVE);
}

export function activeHeadOf(state: OrganisationState, unitId: string): PositionState | undefined {
  return activePositionsOf(state, unitId).find((p) => p.isUnitHead);
}

/** True when `unitId` is `ancestorId` or lies below it (walks up the parent links). */
export function isSelfOrBelow(state: OrganisationState, unitId: string, ancestorId: string): boolean {
  for (let id: string | null = unitId; id !== null; id = state.units[id]?.parentUnitId ?? null) {
    if (id === ancestorId) return true;
  }
  return false;
}

/** The unit a command targets: it must exist in this instansi and not be dissolved. */
export function requireActiveUnit(state: OrganisationState, unitId: string): UnitState {
  const unit = state.units[unitId];
  if (!unit) return refuse(OrganisationRule.UNIT_NOT_FOUND, `Unit ${unitId} tidak ada di ${state.instansi?.instansiId}`);
  if (unit.status === UnitStatus.DISSOLVED) return refuse(OrganisationRule.UNIT_DISSOLVED, `Unit ${unitId} sudah dibubarkan`);
  return unit;
}
