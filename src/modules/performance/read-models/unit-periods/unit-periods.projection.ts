import { defineProjection } from '@infrastructure/projections/projection';
import { UnitPeriodEvent, unitPeriodIdOf } from '../../unit-period/unit-period.events';
import { PERFORMANCE_UNIT_PERIODS, UnitPeriodSchema } from './unit-period.schema';

export const unitPeriodsProjection = defineProjection<UnitPeriodEvent>({
  name: PERFORMANCE_UNIT_PERIODS,
  version: 1,
  collections: [{ name: PERFORMANCE_UNIT_PERIODS, schema: UnitPeriodSchema }],
  canHandle: ['performance.OrganisationPredikatSet', 'performance.PredikatSignedOff'],
  async apply(event, writer) {
    const { unitId, instansiId, period } = event.data;
    const id = unitPeriodIdOf(unitId, period);
    switch (event.type) {
      case 'performance.OrganisationPredikatSet':
        return writer.upsert(PERFORMANCE_UNIT_PERIODS, id, { $set: { unitId, instansiId, period, organisationPredikat: event.data.organisationPredikat, unitResult: event.data.unitResult } });
      case 'performance.PredikatSignedOff': {
        const { signOffId, counts, allowed, violations, justification, kurvaPolicyVersion, signedBy, signedAt } = event.data;
        return writer.upsert(PERFORMANCE_UNIT_PERIODS, id, { $set: { unitId, instansiId, period, signOff: { signOffId, counts, allowed, violations, justification, kurvaPolicyVersion, signedBy, signedAt } } });
      }
    }
  },
});
