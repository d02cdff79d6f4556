import { assertNever, Decider } from '@kernel/decider';
import { isBlank, problem, refuse, refuseIfAny } from '@kernel/rules';
import { PerformanceRule as R } from '../performance.rules';
import { UnitMetric } from '../../shared';
import { UnitPlanEvent, UnitTarget } from './unit-plan.events';

export interface UnitPlanState {
  readonly targets: readonly UnitTarget[] | null;
  readonly approved: boolean;
  /** The last value taken per `<targetId>@<period>` (a republication with the same figure records nothing). */
  readonly realisasi: Readonly<Record<string, string>>;
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

/** A published unit metric (the shared contract), offered to the unit's plan of the metric's year. */
export interface RecordMetricRealisasi {
  readonly type: 'RecordMetricRealisasi';
  readonly unitId: string;
  readonly instansiId: string;
  readonly year: number;
  readonly metric: UnitMetric;
  readonly period: string;
  readonly value: string;
  readonly basis: number;
  readonly source: string;
  readonly at: string;
}

export type UnitPlanCommand = SetUnitTargets | ApproveUnitTargets | RecordMetricRealisasi;

function evolve(state: UnitPlanState, event: UnitPlanEvent): UnitPlanState {
  switch (event.type) {
    case 'performance.UnitTargetsSet':
      return { ...state, targets: event.data.targets, approved: false };
    case 'performance.UnitTargetsApproved':
      return { ...state, approved: true };
    case 'performance.UnitTargetRealisasiRecorded':
      return { ...state, realisasi: { ...state.realisasi, [`${event.data.targetId}@${event.data.period}`]: `${event.data.value}|${event.data.basis}` } };
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
    case 'RecordMetricRealisasi': {
      // The realisasi of a target whose indikator is a published unit metric is that metric, never typed in.
      const { unitId, instansiId, year, metric, period, value, basis, source, at } = command;
      return (state.targets ?? [])
        .filter((t) => t.metric === metric && state.realisasi[`${t.targetId}@${period}`] !== `${value}|${basis}`)
        .map((t) => ({ type: 'performance.UnitTargetRealisasiRecorded' as const, data: { unitId, instansiId, year, targetId: t.targetId, metric, period, value, basis, source, recordedAt: at } }));
    }
    default:
      return assertNever(command);
  }
}

export const unitPlanDecider: Decider<UnitPlanCommand, UnitPlanEvent, UnitPlanState> = {
  initialState: () => ({ targets: null, approved: false, realisasi: {} }),
  evolve,
  decide,
};
