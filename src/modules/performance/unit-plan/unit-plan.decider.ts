import { assertNever, Decider } from '@kernel/decider';
import { isBlank, problem, refuse, refuseIfAny } from '@kernel/rules';
import { PerformanceRule as R } from '../performance.rules';
import { UnitPlanEvent, UnitTarget } from './unit-plan.events';

export interface UnitPlanState {
  readonly targets: readonly UnitTarget[] | null;
  readonly approved: boolean;
}

export interface SetUnitTargets {
  readonly type: 'SetUnitTargets';
  readonly unitId: string;
  readonly instansiId: string;
  readonly year: number;
  readonly targets: readonly UnitTarget[];
  readonly perjanjianKinerja: string | null;
  readonly by: string;
  readonly at: string;
}

export interface ApproveUnitTargets {
  readonly type: 'ApproveUnitTargets';
  readonly unitId: string;
  readonly instansiId: string;
  readonly year: number;
  readonly by: string;
  readonly at: string;
}

export type UnitPlanCommand = SetUnitTargets | ApproveUnitTargets;

function evolve(state: UnitPlanState, event: UnitPlanEvent): UnitPlanState {
  switch (event.type) {
    case 'performance.UnitTargetsSet':
      return { targets: event.data.targets, approved: false };
    case 'performance.UnitTargetsApproved':
      return { ...state, approved: true };
    default:
      return assertNever(event);
  }
}

function decide(command: UnitPlanCommand, state: UnitPlanState): UnitPlanEvent[] {
  switch (command.type) {
    case 'SetUnitTargets': {
      const ids = command.targets.map((t) => t.targetId);
      refuseIfAny([
        state.approved && problem(R.UNIT_TARGETS_NOT_EDITABLE, 'Target unit yang sudah disetujui tidak dapat diubah'),
        command.targets.length === 0 && problem(R.UNIT_TARGETS_REQUIRED, 'Paling sedikit satu sasaran dengan IKU dan target'),
        new Set(ids).size !== ids.length && problem(R.UNIT_TARGET_ID_DUPLICATE, 'Kode sasaran ganda'),
        command.targets.some((t) => isBlank(t.sasaran) || isBlank(t.indikator) || isBlank(t.target)) && problem(R.TEXT_REQUIRED, 'Sasaran, indikator dan target wajib diisi'),
      ]);
      const { unitId, instansiId, year, perjanjianKinerja } = command;
      return [{ type: 'performance.UnitTargetsSet', data: { unitId, instansiId, year, targets: command.targets.map((t) => ({ ...t })), perjanjianKinerja, setBy: command.by, setAt: command.at } }];
    }
    case 'ApproveUnitTargets': {
      if (!state.targets) refuse(R.UNIT_TARGETS_NOT_SET, 'Target unit belum ditetapkan');
      if (state.approved) refuse(R.UNIT_TARGETS_ALREADY_APPROVED, 'Target unit sudah disetujui');
      const { unitId, instansiId, year } = command;
      return [{ type: 'performance.UnitTargetsApproved', data: { unitId, instansiId, year, approvedBy: command.by, approvedAt: command.at } }];
    }
    default:
      return assertNever(command);
  }
}

export const unitPlanDecider: Decider<UnitPlanCommand, UnitPlanEvent, UnitPlanState> = {
  initialState: () => ({ targets: null, approved: false }),
  evolve,
  decide,
};
