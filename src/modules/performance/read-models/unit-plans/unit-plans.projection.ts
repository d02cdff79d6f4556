import { defineProjection } from '@infrastructure/projections/projection';
import { UnitPlanEvent, unitPlanIdOf } from '../../unit-plan/unit-plan.events';
import { PERFORMANCE_UNIT_PLANS, UnitPerformanceSchema } from './unit-plan.schema';

export const unitPlansProjection = defineProjection<UnitPlanEvent>({
  name: PERFORMANCE_UNIT_PLANS,
  // v2: targets name a unit metric; their realisasi from its publications.
  version: 2,
  collections: [{ name: PERFORMANCE_UNIT_PLANS, schema: UnitPerformanceSchema }],
  canHandle: ['performance.UnitTargetsSet', 'performance.UnitTargetsApproved', 'performance.UnitTargetRealisasiRecorded'],
  async apply(event, writer) {
    const id = unitPlanIdOf(event.data.unitId, event.data.year);
    switch (event.type) {
      case 'performance.UnitTargetsSet': {
        const { unitId, instansiId, year, targets, perjanjianKinerja, setBy } = event.data;
        return writer.upsert(PERFORMANCE_UNIT_PLANS, id, { $set: { unitId, instansiId, year, targets, perjanjianKinerja, setBy, status: 'DRAFT', approvedBy: null, approvedAt: null, revision: event.revision } });
      }
      case 'performance.UnitTargetsApproved':
        return writer.upsert(PERFORMANCE_UNIT_PLANS, id, { $set: { status: 'APPROVED', approvedBy: event.data.approvedBy, approvedAt: event.data.approvedAt, revision: event.revision } });
      case 'performance.UnitTargetRealisasiRecorded': {
        const { targetId, metric, period, value, basis, source, recordedAt } = event.data;
        const doc = await writer.findById<{ _id: string; targetRealisasi?: { targetId: string; period: string }[] }>(PERFORMANCE_UNIT_PLANS, id);
        const others = (doc?.targetRealisasi ?? []).filter((r) => r.targetId !== targetId || r.period !== period);
        return writer.upsert(PERFORMANCE_UNIT_PLANS, id, { $set: { targetRealisasi: [...others, { targetId, metric, period, value, basis, source, recordedAt }], revision: event.revision } });
      }
    }
  },
});
