import { randomUUID } from 'node:crypto';
import { RecordedEvent } from '@kernel/events';
import { eventRegistry } from '@kernel/event-registry';
import { EmbeddedDocumentStore } from '../../document-store/embedded/embedded-document-store';
import { Doc, ReadCollection } from '../../document-store/document-store.port';
import { physicalName, Projection, ProjectionWriter } from '../projection';
import { Reaction } from '../reaction';

let nextPosition = 1;

/** A recorded event for projection specs; positions increase across calls unless given. */
export function recorded<D extends object>(type: string, data: D, overrides: Partial<Omit<RecordedEvent, 'data'>> = {}): RecordedEvent<D & Record<string, any>> {
  const position = overrides.position ?? nextPosition++;
  const eventId = randomUUID();
  return {
    eventId,
    type,
    schemaVersion: eventRegistry.has(type) ? eventRegistry.versionOf(type) : 1,
    streamId: 'stream-1',
    revision: 0,
    position,
    data: data as unknown as D & Record<string, any>,
    occurredAt: '2026-01-05T03:00:00.000Z',
    recordedAt: '2026-01-05T03:00:00.000Z',
    actor: { id: 'tester', roles: [{ role: 'ADMIN_BKD', unit: '*' }] },
    commandId: eventId,
    correlationId: eventId,
    causationId: eventId,
    prevHash: '0'.repeat(64),
    hash: '0'.repeat(64),
    ...overrides,
  };
}

/**
 * Applies events to a projection the way the runner does, but each event TWICE: a projection whose
 * documents differ from a single application is not idempotent, and the spec fails.
 * Returns a reader over the projection's logical collections.
 */
export async function projectEvents(projection: Projection, events: readonly RecordedEvent[]) {
  const once = await applyAll(projection, events, 1);
  const twice = await applyAll(projection, events, 2);
  for (const { name } of projection.collections) {
    const a = await once.collection(name).find({}, { sort: { _id: 1 } });
    const b = await twice.collection(name).find({}, { sort: { _id: 1 } });
    expect(b).toEqual(a);
  }
  return twice;
}

async function applyAll(projection: Projection, events: readonly RecordedEvent[], times: number) {
  const store = new EmbeddedDocumentStore();
  for (const c of projection.collections) store.define({ name: physicalName(c.name, 1), schema: c.schema });
  const names = (logical: string) => physicalName(logical, 1);
  for (const event of events) {
    for (let i = 0; i < times; i++) {
      await store.transaction((tx) => projection.apply(eventRegistry.upcast(event), new ProjectionWriter(tx, names, event.position)));
    }
  }
  return {
    collection<T extends Doc = Doc>(logical: string): ReadCollection<T> {
      return store.collection<T>(names(logical));
    },
  };
}

/**
 * Delivers events to a reaction as the runner does (one transaction per event). Reactions are not
 * replay-idempotent by the write guard but by their command ids: a spec delivers an event again and
 * checks the repeated command carries the same id. Pass `store` to deliver into the same records again.
 */
export async function reactTo(reaction: Reaction, events: readonly RecordedEvent[], store = new EmbeddedDocumentStore()) {
  for (const c of reaction.collections) store.define({ name: physicalName(c.name, 1), schema: c.schema });
  const names = (logical: string) => physicalName(logical, 1);
  for (const event of events) {
    await store.transaction((tx) => reaction.react(eventRegistry.upcast(event), new ProjectionWriter(tx, names, event.position)));
  }
  return {
    store,
    collection<T extends Doc = Doc>(logical: string): ReadCollection<T> {
      return store.collection<T>(names(logical));
    },
  };
}
