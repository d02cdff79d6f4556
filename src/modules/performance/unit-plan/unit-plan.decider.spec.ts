import { eventRegistry } from '@kernel/event-registry';
import { recorded } from '@infrastructure/projections/testing/projection-spec';
import './unit-plan.events';
import { deciderSpec } from '@kernel/testing/decider-spec';
import { SetUnitTargets, unitPlanDecider } from './unit-plan.decider';
import { UnitPlanEvent } from './unit-plan.events';

const AT = '2026-01-10T03:00:00.000Z';
const setTargets: SetUnitTargets = {
  type: 'SetUnitTargets',
  unitId: 'kota-medan.diskominfo',
  instansiId: 'kota-medan',
  year: 2026,
  targets: [{ targetId: 'iku-1', sasaran: 'Meningkatnya kualitas SPBE', indikator: 'Indeks SPBE', target: '3,5', metric: null }, { targetId: 'iku-2', sasaran: 'Meningkatnya kepuasan masyarakat', indikator: 'IKM', target: '85', metric: 'IKM' }],
  perjanjianKinerja: 'PK/DISKOMINFO/2026',
  by: 'emp-sari',
  at: AT,
};
const spec = deciderSpec(unitPlanDecider);
const approve = { type: 'ApproveUnitTargets' as const, unitId: 'kota-medan.diskominfo', instansiId: 'kota-medan', year: 2026, by: 'bkd-medan', at: AT };

describe('unit plan decider (IKU / perjanjian kinerja, the cascade root)', () => {
  it('sets targets, revises them while unapproved, and approves once', () => {
    const [first] = spec.given([]).when(setTargets).events();
    expect(first).toEqual({ type: 'performance.UnitTargetsSet', data: { unitId: 'kota-medan.diskominfo', instansiId: 'kota-medan', year: 2026, targets: setTargets.targets, perjanjianKinerja: 'PK/DISKOMINFO/2026', setBy: 'emp-sari', setAt: AT } });
    spec.given([first]).when(setTargets).events();
    spec.given([first]).when(approve).then([{ type: 'performance.UnitTargetsApproved', data: { unitId: 'kota-medan.diskominfo', instansiId: 'kota-medan', year: 2026, approvedBy: 'bkd-medan', approvedAt: AT } }]);
  });

  it('refuses empty, duplicate or blank targets, approval before targets, and changes after approval', () => {
    spec.given([]).when({ ...setTargets, targets: [] }).thenViolates('PERFORMANCE.UNIT_TARGETS_REQUIRED');
    spec.given([]).when({ ...setTargets, targets: [setTargets.targets[0], setTargets.targets[0]] }).thenViolates('PERFORMANCE.UNIT_TARGET_ID_DUPLICATE');
    spec.given([]).when({ ...setTargets, targets: [{ ...setTargets.targets[0], target: ' ' }] }).thenViolates('PERFORMANCE.TEXT_REQUIRED');
    spec.given([]).when(approve).thenViolates('PERFORMANCE.UNIT_TARGETS_NOT_SET');
    const [first] = spec.given([]).when(setTargets).events();
    const approved: UnitPlanEvent = { type: 'performance.UnitTargetsApproved', data: { unitId: 'kota-medan.diskominfo', instansiId: 'kota-medan', year: 2026, approvedBy: 'bkd-medan', approvedAt: AT } };
    spec.given([first, approved]).when(setTargets).thenViolates('PERFORMANCE.UNIT_TARGETS_NOT_EDITABLE');
    spec.given([first, approved]).when(approve).thenViolates('PERFORMANCE.UNIT_TARGETS_ALREADY_APPROVED');
  });
  it('takes the realisasi of a target naming a published unit metric from each publication; nothing for other metrics or an unchanged figure', () => {
    const [first] = spec.given([]).when(setTargets).events();
    const published = { type: 'RecordMetricRealisasi' as const, unitId: 'kota-medan.diskominfo', instansiId: 'kota-medan', year: 2026, metric: 'IKM' as const, period: '2026-S1', value: '86.12', basis: 412, source: 'public-feedback:skm-1', at: AT };
    const recorded: UnitPlanEvent = { type: 'performance.UnitTargetRealisasiRecorded', data: { unitId: 'kota-medan.diskominfo', instansiId: 'kota-medan', year: 2026, targetId: 'iku-2', metric: 'IKM', period: '2026-S1', value: '86.12', basis: 412, source: 'public-feedback:skm-1', recordedAt: AT } };
    spec.given([first]).when(published).then([recorded]);
    spec.given([first, recorded]).when(published).then([]);
    expect(spec.given([first, recorded]).when({ ...published, value: '87.00' }).events()).toHaveLength(1);
    spec.given([first]).when({ ...published, metric: 'JP_COMPLIANCE_PCT' }).then([]);
    spec.given([]).when(published).then([]);
  });
  it('reads v1 targets (before the unit-metric contract) as naming no metric', () => {
    const v1 = recorded('performance.UnitTargetsSet', { ...setTargets, targets: [{ targetId: 'iku-1', sasaran: 's', indikator: 'i', target: 't' }] }, { schemaVersion: 1 });
    expect((eventRegistry.upcast(v1) as { data: { targets: unknown[] } }).data.targets).toEqual([{ targetId: 'iku-1', sasaran: 's', indikator: 'i', target: 't', metric: null }]);
  });
});
