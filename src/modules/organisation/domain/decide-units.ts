import { CreateUnit, DissolveUnit, MoveUnit, RenameUnit } from './instansi.commands';
import { OrganisationEvent, OrganisationEventType as T } from './instansi.events';
import { activeChildrenOf, activePositionsOf, InstansiInfo, isSelfOrBelow, OrganisationState, requireActiveUnit } from './instansi.state';
import { unitIdOf } from './organisation.ids';
import { OrganisationRule as R } from './organisation.rules';
import { refuseIfAny, unless, RuleProblem } from '@kernel/rules';
import { ALLOWED_PARENT_KINDS } from './organisation.structure';
import { UnitKind, UnitStatus } from './organisation.vocabulary';

export function createUnit(command: CreateUnit, state: OrganisationState, instansi: InstansiInfo): OrganisationEvent[] {
  const { code, name, kind, parentUnitId, at } = command;
  const unitId = unitIdOf(instansi.instansiId, code);
  refuseIfAny([
    // Ids derive from codes and are never reused, so a dissolved unit's code stays taken.
    ...unless(!state.units[unitId], R.UNIT_CODE_TAKEN, `Kode unit ${code} sudah dipakai di ${instansi.instansiId} (${unitId}): pilih kode lain`),
    ...placementViolations(state, kind, parentUnitId),
  ]);
  return [{ type: T.UnitCreated, data: { unitId, instansiId: instansi.instansiId, parentUnitId, code, name, kind, createdAt: at } }];
}

export function renameUnit(command: RenameUnit, state: OrganisationState, instansi: InstansiInfo): OrganisationEvent[] {
  const unit = requireActiveUnit(state, command.unitId);
  if (unit.name === command.name) return [];
  const data = { unitId: unit.unitId, instansiId: instansi.instansiId, name: command.name, previousName: unit.name, renamedAt: command.at };
  return [{ type: T.UnitRenamed, data }];
}

export function moveUnit(command: MoveUnit, state: OrganisationState, instansi: InstansiInfo): OrganisationEvent[] {
  const unit = requireActiveUnit(state, command.unitId);
  if (unit.parentUnitId === command.parentUnitId) return [];
  refuseIfAny(placementViolations(state, unit.kind, command.parentUnitId, unit.unitId));
  const data = {
    unitId: unit.unitId,
    instansiId: instansi.instansiId,
    parentUnitId: command.parentUnitId,
    previousParentUnitId: unit.parentUnitId,
    movedAt: command.at,
  };
  return [{ type: T.UnitMoved, data }];
}

/** A unit is dissolved bottom-up: first its sub-units and positions, so no employee is left in a void. */
export function dissolveUnit(command: DissolveUnit, state: OrganisationState, instansi: InstansiInfo): OrganisationEvent[] {
  const unit = requireActiveUnit(state, command.unitId);
  const children = activeChildrenOf(state, unit.unitId).map((u) => u.unitId);
  const positions = activePositionsOf(state, unit.unitId).map((p) => p.positionId);
  refuseIfAny([
    ...unless(children.length === 0, R.UNIT_HAS_CHILDREN, `Unit ${unit.unitId} masih mempunyai sub-unit aktif (${children.join(', ')}): bubarkan atau pindahkan sub-unit itu lebih dulu`),
    ...unless(positions.length === 0, R.UNIT_HAS_POSITIONS, `Unit ${unit.unitId} masih mempunyai jabatan aktif (${positions.join(', ')}): hapus atau pindahkan jabatan itu lebih dulu`),
  ]);
  return [{ type: T.UnitDissolved, data: { unitId: unit.unitId, instansiId: instansi.instansiId, dissolvedAt: command.at } }];
}

/** Where a unit of `kind` may be placed; `movingUnitId` is set for a move (its own subtree is off limits). */
function placementViolations(state: OrganisationState, kind: UnitKind, parentUnitId: string | null, movingUnitId?: string): RuleProblem[] {
  const allowed = ALLOWED_PARENT_KINDS[kind];
  const allowedText = allowed.map((k) => k ?? 'tingkat teratas').join(', ');
  if (parentUnitId === null) {
    return unless(allowed.includes(null), R.UNIT_PARENT_KIND_NOT_ALLOWED, `Unit jenis ${kind} harus berada di bawah unit induk (${allowedText})`);
  }
  const parent = state.units[parentUnitId];
  if (!parent) return [{ rule: R.PARENT_UNIT_NOT_FOUND, message: `Unit induk ${parentUnitId} tidak ada di ${state.instansi?.instansiId}` }];
  return [
    ...unless(parent.status === UnitStatus.ACTIVE, R.PARENT_UNIT_DISSOLVED, `Unit induk ${parentUnitId} sudah dibubarkan`),
    ...unless(
      !movingUnitId || !isSelfOrBelow(state, parentUnitId, movingUnitId),
      R.UNIT_CYCLE,
      `Unit ${movingUnitId} tidak dapat dipindahkan ke bawah dirinya sendiri atau sub-unitnya (${parentUnitId})`,
    ),
    ...unless(allowed.includes(parent.kind), R.UNIT_PARENT_KIND_NOT_ALLOWED, `Unit jenis ${kind} tidak dapat berada di bawah ${parent.kind} (yang diizinkan: ${allowedText})`),
  ];
}
