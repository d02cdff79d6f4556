import { defineProjection, ProjectionWriter } from '@infrastructure/projections/projection';
import { InstansiRegistered, ORGANISATION_EVENT_TYPES, OrganisationEvent, OrganisationEventType as T } from '../../domain/instansi.events';
import { INSTANSI, InstansiSchema } from './instansi.schema';

/** One document per instansi, with the number of its active units and the revision of its stream. */
export const instansiProjection = defineProjection<OrganisationEvent>({
  name: INSTANSI,
  version: 2,
  collections: [{ name: INSTANSI, schema: InstansiSchema }],
  canHandle: ORGANISATION_EVENT_TYPES,
  async apply(event, writer) {
    if (event.type === T.InstansiRegistered) return registered(event.data, event.revision, writer);
    if (!(await writer.findById(INSTANSI, event.data.instansiId))) return;
    const by = event.type === T.UnitCreated ? 1 : event.type === T.UnitDissolved ? -1 : 0;
    await writer.upsert(INSTANSI, event.data.instansiId, { $set: { revision: event.revision }, ...(by ? { $inc: { unitCount: by } } : {}) });
  },
});

async function registered(d: InstansiRegistered['data'], revision: number, w: ProjectionWriter): Promise<void> {
  const { name, kind, kepalaDaerahTitle, registeredAt } = d;
  await w.upsert(INSTANSI, d.instansiId, { $set: { name, kind, kepalaDaerahTitle, registeredAt, unitCount: 0, revision } });
}
