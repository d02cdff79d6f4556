import { AbolishPosition, CreatePosition } from './instansi.commands';
import { OrganisationEvent, OrganisationEventType as T } from './instansi.events';
import { activeHeadOf, InstansiInfo, OrganisationState, requireActiveUnit } from './instansi.state';
import { positionIdOf } from './organisation.ids';
import { OrganisationRule as R } from './organisation.rules';
import { refuse, refuseIfAny, unless, RuleProblem } from '@kernel/rules';
import { HEAD_JENIS_BY_UNIT_KIND } from './organisation.structure';
import { PositionStatus } from './organisation.vocabulary';

export function createPosition(command: CreatePosition, state: OrganisationState, instansi: InstansiInfo): OrganisationEvent[] {
  const unit = requireActiveUnit(state, command.unitId);
  const { code, name, jenisJabatan, isUnitHead, kelasJabatan, at } = command;
  const positionId = positionIdOf(unit.unitId, code);
  refuseIfAny([
    ...unless(!state.positions[positionId], R.POSITION_CODE_TAKEN, `Position code ${code} is already used in unit ${unit.unitId} (${positionId})`),
    ...(isUnitHead ? headViolations(command, state) : []),
  ]);
  const data = { positionId, unitId: unit.unitId, instansiId: instansi.instansiId, code, name, jenisJabatan, isUnitHead, kelasJabatan, createdAt: at };
  return [{ type: T.PositionCreated, data }];
}

export function abolishPosition(command: AbolishPosition, state: OrganisationState, instansi: InstansiInfo): OrganisationEvent[] {
  const position = state.positions[command.positionId];
  if (!position) refuse(R.POSITION_NOT_FOUND, `Position ${command.positionId} does not exist in ${instansi.instansiId}`);
  if (position.status === PositionStatus.ABOLISHED) refuse(R.POSITION_ALREADY_ABOLISHED, `Position ${position.positionId} is already abolished`);
  const data = { positionId: position.positionId, unitId: position.unitId, instansiId: instansi.instansiId, abolishedAt: command.at };
  return [{ type: T.PositionAbolished, data }];
}

/** One structural head per unit, of a jenis fit for the unit's level: the pejabat-penilai walk relies on both. */
function headViolations(command: CreatePosition, state: OrganisationState): RuleProblem[] {
  const unit = state.units[command.unitId];
  const head = activeHeadOf(state, unit.unitId);
  const allowed = HEAD_JENIS_BY_UNIT_KIND[unit.kind];
  return [
    ...unless(!head, R.UNIT_HEAD_ALREADY_EXISTS, `Unit ${unit.unitId} already has an active head position (${head?.positionId})`),
    ...unless(
      allowed.includes(command.jenisJabatan),
      R.HEAD_JABATAN_MISMATCH,
      `The head of a ${unit.kind} must be ${allowed.join(' or ')}, not ${command.jenisJabatan}`,
    ),
  ];
}
