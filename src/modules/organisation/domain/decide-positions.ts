import { AbolishPosition, CreatePosition, SetPositionCapacity } from './instansi.commands';
import { OrganisationEvent, OrganisationEventType as T } from './instansi.events';
import { activeHeadOf, InstansiInfo, OrganisationState, requireActiveUnit } from './instansi.state';
import { positionIdOf } from './organisation.ids';
import { OrganisationRule as R } from './organisation.rules';
import { refuse, refuseIfAny, unless, RuleProblem } from '@kernel/rules';
import { HEAD_JENIS_BY_UNIT_KIND } from './organisation.structure';
import { capacityOf, PositionStatus, STRUCTURAL_JENIS } from './organisation.vocabulary';
import { legalBasisProblems } from '@modules/shared/legal-basis';

export function createPosition(command: CreatePosition, state: OrganisationState, instansi: InstansiInfo): OrganisationEvent[] {
  const unit = requireActiveUnit(state, command.unitId);
  const { code, name, jenisJabatan, isUnitHead, kelasJabatan, at } = command;
  const positionId = positionIdOf(unit.unitId, code);
  const structural = isUnitHead || STRUCTURAL_JENIS.has(jenisJabatan);
  refuseIfAny([
    ...unless(!state.positions[positionId], R.POSITION_CODE_TAKEN, `Kode jabatan ${code} sudah dipakai di unit ${unit.unitId} (${positionId}): pilih kode lain`),
    ...(isUnitHead ? headViolations(command, state) : []),
    ...unless(
      !structural || command.capacity === null || command.capacity === 1,
      R.POSITION_CAPACITY_STRUCTURAL,
      `Jabatan struktural atau kepala unit hanya mempunyai satu pejabat definitif: kapasitas ${command.capacity} tidak dapat dipakai`,
    ),
    ...capacityProblems(command.capacity),
  ]);
  const capacity = structural ? 1 : command.capacity;
  const data = { positionId, unitId: unit.unitId, instansiId: instansi.instansiId, code, name, jenisJabatan, isUnitHead, kelasJabatan, capacity, createdAt: at };
  return [{ type: T.PositionCreated, data }];
}

/**
 * The formation of a functional or pelaksana post (from the analisis jabatan / ABK and its decision),
 * never below the definitive holders it has today.
 */
export function setPositionCapacity(command: SetPositionCapacity, state: OrganisationState, instansi: InstansiInfo): OrganisationEvent[] {
  const position = activePosition(state, command.positionId, instansi);
  const holders = command.occupancy.definitive;
  refuseIfAny([
    ...unless(
      capacityOf({ ...position, capacity: null }) === null,
      R.POSITION_CAPACITY_STRUCTURAL,
      `${position.name} adalah jabatan struktural atau kepala unit: kapasitasnya selalu 1 pejabat definitif`,
    ),
    ...capacityProblems(command.capacity),
    ...unless(
      !Number.isInteger(command.capacity) || command.capacity >= holders,
      R.POSITION_CAPACITY_BELOW_HOLDERS,
      `${position.name} saat ini dijabat ${holders} pejabat definitif: kapasitas tidak dapat diturunkan menjadi ${command.capacity}`,
    ),
    ...legalBasisProblems(command.legalBasis),
  ]);
  const { positionId, unitId } = position;
  const data = { positionId, unitId, instansiId: instansi.instansiId, capacity: command.capacity, previousCapacity: position.capacity, legalBasis: { ...command.legalBasis }, setAt: command.at };
  return [{ type: T.PositionCapacitySet, data }];
}

function capacityProblems(capacity: number | null): RuleProblem[] {
  return unless(
    capacity === null || (Number.isInteger(capacity) && capacity >= 1 && capacity <= 100_000),
    R.POSITION_CAPACITY_INVALID,
    `Kapasitas jabatan harus bilangan bulat 1–100.000 (diberikan ${capacity})`,
  );
}

function activePosition(state: OrganisationState, positionId: string, instansi: InstansiInfo) {
  const position = state.positions[positionId];
  if (!position) return refuse(R.POSITION_NOT_FOUND, `Jabatan ${positionId} tidak ada di ${instansi.instansiId}`);
  if (position.status === PositionStatus.ABOLISHED) return refuse(R.POSITION_ALREADY_ABOLISHED, `Jabatan ${position.positionId} sudah dihapus`);
  return position;
}

export function abolishPosition(command: AbolishPosition, state: OrganisationState, instansi: InstansiInfo): OrganisationEvent[] {
  const position = activePosition(state, command.positionId, instansi);
  const { definitive, acting } = command.occupancy;
  refuseIfAny([
    ...unless(
      definitive + acting === 0,
      R.POSITION_HELD,
      `${position.name} masih dijabat ${definitive} pejabat definitif dan ${acting} Plt/Plh: pindahkan atau akhiri penugasan mereka sebelum jabatan dihapus`,
    ),
  ]);
  const data = { positionId: position.positionId, unitId: position.unitId, instansiId: instansi.instansiId, abolishedAt: command.at };
  return [{ type: T.PositionAbolished, data }];
}

/** One structural head per unit, of a jenis fit for the unit's level: the pejabat-penilai walk relies on both. */
function headViolations(command: CreatePosition, state: OrganisationState): RuleProblem[] {
  const unit = state.units[command.unitId];
  const head = activeHeadOf(state, unit.unitId);
  const allowed = HEAD_JENIS_BY_UNIT_KIND[unit.kind];
  return [
    ...unless(!head, R.UNIT_HEAD_ALREADY_EXISTS, `Unit ${unit.unitId} sudah mempunyai jabatan kepala unit yang aktif (${head?.positionId}): satu unit hanya satu kepala`),
    ...unless(
      allowed.includes(command.jenisJabatan),
      R.HEAD_JABATAN_MISMATCH,
      `Kepala unit jenis ${unit.kind} harus jabatan ${allowed.join(' atau ')}, bukan ${command.jenisJabatan}`,
    ),
  ];
}
