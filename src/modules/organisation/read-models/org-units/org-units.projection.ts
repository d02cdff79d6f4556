import { defineProjection, ProjectedEvent, ProjectionWriter } from '@infrastructure/projections/projection';
import {
  OrganisationEventType as T,
  PositionAbolished,
  PositionCapacitySet,
  PositionCreated,
  UnitCreated,
  UnitDissolved,
  UnitMoved,
  UnitRenamed,
} from '../../domain/instansi.events';
import { capacityOf, PositionStatus, UnitStatus } from '../../domain/organisation.vocabulary';
import { ORG_UNITS, OrgPosition, OrgUnit, OrgUnitSchema } from './org-unit.schema';

type UnitDoc = OrgUnit & { _id: string };

/**
 * One document per unit kerja with its ancestors, breadcrumb and positions, and the revision of its
 * instansi's stream (the tree is one stream, so every unit of the instansi moves with each event).
 */
type OrgUnitEvent = UnitCreated | UnitRenamed | UnitMoved | UnitDissolved | PositionCreated | PositionAbolished | PositionCapacitySet;

export const orgUnitsProjection = defineProjection<OrgUnitEvent>({
  name: ORG_UNITS,
  version: 3,
  collections: [{ name: ORG_UNITS, schema: OrgUnitSchema }],
  canHandle: [T.UnitCreated, T.UnitRenamed, T.UnitMoved, T.UnitDissolved, T.PositionCreated, T.PositionAbolished, T.PositionCapacitySet],
  async apply(event, writer) {
    await applyTo(event, writer);
    await writer.updateMany(ORG_UNITS, { instansiId: event.data.instansiId }, { $set: { revision: event.revision } });
  },
});

function applyTo(event: ProjectedEvent<OrgUnitEvent>, writer: ProjectionWriter): Promise<void> {
  switch (event.type) {
    case T.UnitCreated:
      return unitCreated(event.data, writer);
    case T.UnitRenamed:
      return unitRenamed(event.data, writer);
    case T.UnitMoved:
      return unitMoved(event.data, writer);
    case T.UnitDissolved:
      return unitDissolved(event.data, writer);
    case T.PositionCreated:
      return positionCreated(event.data, writer);
    case T.PositionAbolished:
      return positionAbolished(event.data, writer);
    case T.PositionCapacitySet:
      return positionCapacitySet(event.data, writer);
  }
}

async function unitCreated(d: UnitCreated['data'], w: ProjectionWriter): Promise<void> {
  const parent = d.parentUnitId ? await unit(w, d.parentUnitId) : null;
  const doc: Omit<UnitDoc, '_id' | 'revision'> = {
    instansiId: d.instansiId,
    parentUnitId: d.parentUnitId,
    ancestors: parent ? [...parent.ancestors, parent._id] : [],
    path: [...(parent?.path ?? []), d.name],
    code: d.code,
    name: d.name,
    kind: d.kind,
    status: UnitStatus.ACTIVE,
    positions: [],
    childCount: 0,
    createdAt: d.createdAt,
    dissolvedAt: null,
  };
  await w.upsert(ORG_UNITS, d.unitId, { $set: doc });
  await countChild(w, d.parentUnitId, +1);
}

/** The new name shows in the unit's own breadcrumb and in every descendant's, at the unit's depth. */
async function unitRenamed(d: UnitRenamed['data'], w: ProjectionWriter): Promise<void> {
  const renamed = await unit(w, d.unitId);
  if (!renamed) return;
  const depth = renamed.ancestors.length;
  await w.upsert(ORG_UNITS, renamed._id, { $set: { name: d.name, path: replaceAt(renamed.path, depth, d.name) } });
  for (const doc of await descendants(w, renamed._id)) {
    await w.upsert(ORG_UNITS, doc._id, { $set: { path: replaceAt(doc.path, depth, d.name) } });
  }
}

/** The moved subtree keeps its inner shape; only the part above the moved unit is replaced. */
async function unitMoved(d: UnitMoved['data'], w: ProjectionWriter): Promise<void> {
  const moved = await unit(w, d.unitId);
  if (!moved) return;
  const parent = d.parentUnitId ? await unit(w, d.parentUnitId) : null;
  const ancestors = parent ? [...parent.ancestors, parent._id] : [];
  const prefix = parent?.path ?? [];
  const oldDepth = moved.ancestors.length;
  await w.upsert(ORG_UNITS, moved._id, { $set: { parentUnitId: d.parentUnitId, ancestors, path: [...prefix, moved.name] } });
  for (const doc of await descendants(w, moved._id)) {
    const below = doc.ancestors.slice(oldDepth + 1);
    await w.upsert(ORG_UNITS, doc._id, { $set: { ancestors: [...ancestors, moved._id, ...below], path: [...prefix, ...doc.path.slice(oldDepth)] } });
  }
  await countChild(w, d.previousParentUnitId, -1);
  await countChild(w, d.parentUnitId, +1);
}

async function unitDissolved(d: UnitDissolved['data'], w: ProjectionWriter): Promise<void> {
  const dissolved = await unit(w, d.unitId);
  if (!dissolved) return;
  await w.upsert(ORG_UNITS, d.unitId, { $set: { status: UnitStatus.DISSOLVED, dissolvedAt: d.dissolvedAt } });
  await countChild(w, dissolved.parentUnitId, -1);
}

async function positionCreated(d: PositionCreated['data'], w: ProjectionWriter): Promise<void> {
  if (!(await unit(w, d.unitId))) return;
  const { positionId, code, name, jenisJabatan, isUnitHead, kelasJabatan } = d;
  const position: OrgPosition = { positionId, code, name, jenisJabatan, isUnitHead, kelasJabatan, capacity: capacityOf(d), status: PositionStatus.ACTIVE };
  await w.upsert(ORG_UNITS, d.unitId, { $push: { positions: position } });
}

async function positionCapacitySet(d: PositionCapacitySet['data'], w: ProjectionWriter): Promise<void> {
  const owner = await unit(w, d.unitId);
  if (!owner) return;
  const positions = owner.positions.map((p) => (p.positionId === d.positionId ? { ...p, capacity: d.capacity } : p));
  await w.upsert(ORG_UNITS, d.unitId, { $set: { positions } });
}

async function positionAbolished(d: PositionAbolished['data'], w: ProjectionWriter): Promise<void> {
  const owner = await unit(w, d.unitId);
  if (!owner) return;
  const positions = owner.positions.map((p) => (p.positionId === d.positionId ? { ...p, status: PositionStatus.ABOLISHED } : p));
  await w.upsert(ORG_UNITS, d.unitId, { $set: { positions } });
}

function unit(w: ProjectionWriter, unitId: string): Promise<UnitDoc | null> {
  return w.findById<UnitDoc>(ORG_UNITS, unitId);
}

/** `$in`, not equality: the embedded store cannot answer equality on an indexed array field. */
function descendants(w: ProjectionWriter, unitId: string): Promise<UnitDoc[]> {
  return w.find<UnitDoc>(ORG_UNITS, { ancestors: { $in: [unitId] } });
}

/** childCount counts active sub-units; a missing parent document is left alone rather than created half-empty. */
async function countChild(w: ProjectionWriter, parentUnitId: string | null, by: number): Promise<void> {
  if (parentUnitId && (await unit(w, parentUnitId))) await w.upsert(ORG_UNITS, parentUnitId, { $inc: { childCount: by } });
}

function replaceAt(values: readonly string[], index: number, value: string): string[] {
  return values.map((v, i) => (i === index ? value : v));
}
