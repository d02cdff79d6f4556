import { defineProjection } from '@infrastructure/projections/projection';
import { AwardEvent } from '../../award/award.events';
import { PERFORMANCE_AWARD_LOG, PERFORMANCE_AWARD_NOMINATIONS, PerformanceAwardLogEntrySchema, PerformanceAwardNominationSchema } from './award.schema';

const AWARD_NAMES: Readonly<Record<string, string>> = { PENGHARGAAN_KINERJA: 'Penghargaan Kinerja' };

/**
 * Nominations (for ADMIN_BKD/AUDITOR) and, apart, the public award log: only confirmed awards, only
 * the award, the person, the unit and the decision date — a separate collection, so no query of the
 * log can reach a nomination's years or reasons.
 */
export const awardsProjection = defineProjection<AwardEvent>({
  name: PERFORMANCE_AWARD_NOMINATIONS,
  version: 1,
  collections: [
    { name: PERFORMANCE_AWARD_NOMINATIONS, schema: PerformanceAwardNominationSchema },
    { name: PERFORMANCE_AWARD_LOG, schema: PerformanceAwardLogEntrySchema },
  ],
  canHandle: ['performance.PerformanceAwardProposed', 'performance.PerformanceAwardConfirmed', 'performance.PerformanceAwardRejected'],
  async apply(event, writer) {
    switch (event.type) {
      case 'performance.PerformanceAwardProposed': {
        const { nominationId, ...rest } = event.data;
        return writer.upsert(PERFORMANCE_AWARD_NOMINATIONS, nominationId, { $set: { ...rest, status: 'PROPOSED', decidedOn: null, reason: null, decidedBy: null } });
      }
      case 'performance.PerformanceAwardConfirmed': {
        const d = event.data;
        await writer.upsert(PERFORMANCE_AWARD_NOMINATIONS, d.nominationId, { $set: { status: 'CONFIRMED', decidedOn: d.decidedOn, reason: d.reason, decidedBy: d.decidedBy } });
        return writer.upsert(PERFORMANCE_AWARD_LOG, d.nominationId, { $set: { instansiId: d.instansiId, unitId: d.unitId, employeeName: d.employeeName, award: d.award, awardName: AWARD_NAMES[d.award] ?? d.award, year: d.year, decidedOn: d.decidedOn } });
      }
      case 'performance.PerformanceAwardRejected': {
        const d = event.data;
        return writer.upsert(PERFORMANCE_AWARD_NOMINATIONS, d.nominationId, { $set: { status: 'REJECTED', decidedOn: d.decidedOn, reason: d.reason, decidedBy: d.decidedBy } });
      }
    }
  },
});
