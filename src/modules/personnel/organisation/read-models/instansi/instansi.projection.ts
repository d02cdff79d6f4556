import { defineProjection, ProjectionWriter } from '../../../../../infrastructure/projections/projection';
import { InstansiRegistered, OrganisationEventType as T, UnitCreated, UnitDissolved } from '../../instansi/instansi.events';
import { INSTANSI, InstansiSchema } from './instansi.schema';

/** One document per instansi, with the number of its active units. */
export const instansiProjection = defineProjection<InstansiRegistered | UnitCreated | UnitDissolved>({
  name: INSTANSI,
  version: 1,
  collections: [{ name: INSTANSI, schema: InstansiSchema }],
  canHandle: [T.InstansiRegistered, T.UnitCreated, T.UnitDissolved],
  async apply(event, writer) {
    switch (event.type) {
      case T.InstansiRegistered:
        return registered(event.data, writer);
      case T.UnitCreated:
        return countUnit(event.data.instansiId, +1, writer);
      case T.UnitDissolved:
        return countUnit(event.data.instansiId, -1, writer);
    }
  },
});

async function registered(d: InstansiRegistered['data'], w: ProjectionWriter): Promise<void> {
  const { name, kind, kepalaDaerahTitle, registeredAt } = d;
  await w.upsert(INSTANSI, d.instansiId, { $set: { name, kind, kepalaDaerahTitle, registeredAt, unitCount: 0 } });
}

async function countUnit(instansiId: string, by: number, w: ProjectionWriter): Promise<void> {
  if (await w.findById(INSTANSI, instansiId)) await w.upsert(INSTANSI, instansiId, { $inc: { unitCount: by } });
}
