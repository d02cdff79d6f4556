import { assertNever, Decider } from '@kernel/decider';
import { OrganisationCommand, RegisterInstansi } from './instansi.commands';
import { OrganisationEvent, OrganisationEventType as T } from './instansi.events';
import { emptyOrganisation, InstansiInfo, OrganisationState, PositionState, UnitState } from './instansi.state';
import { OrganisationRule } from './organisation.rules';
import { refuse } from '@kernel/rules';
import { PositionStatus, UnitStatus } from './organisation.vocabulary';
import { abolishPosition, createPosition, setPositionCapacity } from './decide-positions';
import { createUnit, dissolveUnit, moveUnit, renameUnit } from './decide-units';

/** The organisation tree of one instansi (stream `organisation-instansi-<instansiId>`) as a decider. */
export const instansiDecider: Decider<OrganisationCommand, OrganisationEvent, OrganisationState> = {
  initialState: emptyOrganisation,
  evolve,
  decide,
};

function decide(command: OrganisationCommand, state: OrganisationState): OrganisationEvent[] {
  if (command.type === 'RegisterInstansi') return registerInstansi(command, state);
  const instansi = state.instansi ?? refuse(OrganisationRule.INSTANSI_NOT_FOUND, 'Instansi ini belum terdaftar: daftarkan instansi lebih dulu');
  switch (command.type) {
    case 'CreateUnit':
      return createUnit(command, state, instansi);
    case 'RenameUnit':
      return renameUnit(command, state, instansi);
    case 'MoveUnit':
      return moveUnit(command, state, instansi);
    case 'DissolveUnit':
      return dissolveUnit(command, state, instansi);
    case 'CreatePosition':
      return createPosition(command, state, instansi);
    case 'AbolishPosition':
      return abolishPosition(command, state, instansi);
    case 'SetPositionCapacity':
      return setPositionCapacity(command, state, instansi);
    default:
      return assertNever(command);
  }
}

function registerInstansi(command: RegisterInstansi, state: OrganisationState): OrganisationEvent[] {
  if (state.instansi) refuse(OrganisationRule.INSTANSI_ALREADY_REGISTERED, `Instansi ${state.instansi.instansiId} sudah terdaftar`);
  const { instansiId, name, kind, kepalaDaerahTitle, at } = command;
  return [{ type: T.InstansiRegistered, data: { instansiId, name, kind, kepalaDaerahTitle, registeredAt: at } }];
}

function evolve(state: OrganisationState, event: OrganisationEvent): OrganisationState {
  switch (event.type) {
    case T.InstansiRegistered: {
      const { instansiId, name, kind, kepalaDaerahTitle } = event.data;
      return { ...state, instansi: { instansiId, name, kind, kepalaDaerahTitle } satisfies InstansiInfo };
    }
    case T.UnitCreated: {
      const { unitId, code, name, kind, parentUnitId } = event.data;
      return withUnit(state, { unitId, code, name, kind, parentUnitId, status: UnitStatus.ACTIVE });
    }
    case T.UnitRenamed:
      return withUnit(state, { ...state.units[event.data.unitId], name: event.data.name });
    case T.UnitMoved:
      return withUnit(state, { ...state.units[event.data.unitId], parentUnitId: event.data.parentUnitId });
    case T.UnitDissolved:
      return withUnit(state, { ...state.units[event.data.unitId], status: UnitStatus.DISSOLVED });
    case T.PositionCreated: {
      const { positionId, unitId, code, name, jenisJabatan, isUnitHead, kelasJabatan, capacity = null } = event.data;
      return withPosition(state, { positionId, unitId, code, name, jenisJabatan, isUnitHead, kelasJabatan, capacity, status: PositionStatus.ACTIVE });
    }
    case T.PositionCapacitySet:
      return withPosition(state, { ...state.positions[event.data.positionId], capacity: event.data.capacity });
    case T.PositionAbolished:
      return withPosition(state, { ...state.positions[event.data.positionId], status: PositionStatus.ABOLISHED });
    default:
      return assertNever(event);
  }
}

function withUnit(state: OrganisationState, unit: UnitState): OrganisationState {
  return { ...state, units: { ...state.units, [unit.unitId]: unit } };
}

function withPosition(state: OrganisationState, position: PositionState): OrganisationState {
  return { ...state, positions: { ...state.positions, [position.positionId]: position } };
}
