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
    ...unless(!state.units[unitId], R.UNIT_CODE_TAKEN, `Unit code ${code} is already used in ${instansi.instansiId} (${unitId})`),
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
    ...unless(children.length === 0, R.UNIT_HAS_CHILDREN, `Unit ${unit.unitId} still has active sub-units: ${children.join(', ')}`),
    ...unless(positions.length === 0, R.UNIT_HAS_POSITIONS, `Unit ${unit.unitId} still has active positions: ${positions.join(', ')}`),
  ]);
  return [{ type: T.UnitDissolved, data: { unitId: unit.unitId, instansiId: instansi.instansiId, dissolvedAt: command.at } }];
}

/** Where a unit of `kind` may be placed; `movingUnitId` is set for a move (its own subtree is off limits). */
function placementViolations(state: OrganisationState, kind: UnitKind, parentUnitId: string | null, movingUnitId?: string): RuleProblem[] {
  const allowed = ALLOWED_PARENT_KINDS[kind];
  const allowedText = allowed.map((k) => k ?? 'top level').join(', ');
  if (parentUnitId === null) {
    return unless(allowed.includes(null), R.UNIT_PARENT_KIND_NOT_ALLOWED, `A ${kind} needs a parent unit (${allowedText})`);
  }
  const parent = state.units[parentUnitId];
  if (!parent) return [{ rule: R.PARENT_UNIT_NOT_FOUND, message: `Parent unit ${parentUnitId} does not exist in ${state.instansi?.instansiId}` }];
  return [
    ...unless(parent.status === UnitStatus.ACTIVE, R.PARENT_UNIT_DISSOLVED, `Parent unit ${parentUnitId} is dissolved`),
    ...unless(
      !movingUnitId || !isSelfOrBelow(state, parentUnitId, movingUnitId),
      R.UNIT_CYCLE,
      `Unit ${movingUnitId} cannot be moved under itself or its own sub-unit ${parentUnitId}`,
    ),
    ...unless(allowed.includes(parent.kind), R.UNIT_PARENT_KIND_NOT_ALLOWED, `A ${kind} cannot sit under a ${parent.kind} (allowed: ${allowedText})`),
  ];
}
