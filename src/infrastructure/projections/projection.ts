import { DomainEvent, RecordedEvent } from '@kernel/events';
import { CollectionDefinition, Doc, DocumentTransaction, Filter, FindOptions, Update } from '../document-store/document-store.port';

/**
 * A stored event as a projection or reaction sees it, narrowed to one of the domain events `E`:
 * switching on `type` narrows `data`, so handlers need no casts.
 */
export type ProjectedEvent<E extends DomainEvent> = E extends DomainEvent ? RecordedEvent<E['data']> & { readonly type: E['type'] } : never;

/**
 * A read model builder, as the runner drives it. Modules write one with `defineProjection`. `apply`
 * must not throw for business reasons; an exception marks the event as poison and stops this
 * projection alone. Writes go through the ProjectionWriter, which stamps each document with the event
 * position: every write of the event being applied lands, and applying an event again changes nothing.
 */
export interface Projection {
  readonly name: string;
  /** Bump when apply or the collections change: the runner rebuilds into fresh collections. */
  readonly version: number;
  /** Logical collections this projection owns. */
  readonly collections: readonly CollectionDefinition[];
  /** The event types it reads; the runner subscribes to these only. */
  readonly canHandle: readonly string[];
  apply(event: RecordedEvent, writer: ProjectionWriter): Promise<void>;
}

/** What a module declares: `E` is the union of the domain events it handles (from the module's event types). */
export interface ProjectionDefinition<E extends DomainEvent> {
  readonly name: string;
  readonly version: number;
  readonly collections: readonly CollectionDefinition[];
  readonly canHandle: readonly E['type'][];
  apply(event: ProjectedEvent<E>, writer: ProjectionWriter): Promise<void>;
}

/**
 * A typed projection, after Emmett's `mongoDBInlineProjection({ canHandle, evolve })`: the handler gets
 * events narrowed to `E`; events of other types are never passed to it.
 */
export function defineProjection<E extends DomainEvent>(definition: ProjectionDefinition<E>): Projection {
  const handled = new Set<string>(definition.canHandle);
  return {
    name: definition.name,
    version: definition.version,
    collections: definition.collections,
    canHandle: definition.canHandle,
    // The one narrowing: the runner only feeds types listed in canHandle, and this checks it again.
    apply: async (event, writer) => {
      if (handled.has(event.type)) await definition.apply(event as unknown as ProjectedEvent<E>, writer);
    },
  };
}

/** Logical collection name → physical name of the generation being written or served. */
export type CollectionNames = (logical: string) => string;

export function physicalName(logical: string, generation: number): string {
  return `${logical}__g${generation}`;
}

/**
 * What a projection may do while applying one event. A document may be written several times for one
 * event (each write sees the previous one); a document that already holds the event ignores them all.
 */
export class ProjectionWriter {
  constructor(
    private readonly tx: DocumentTransaction,
    private readonly names: CollectionNames,
    readonly position: number,
  ) {}

  upsert(collection: string, id: string, update: Update): Promise<void> {
    return this.tx.upsert(this.names(collection), id, update, this.position);
  }

  updateMany(collection: string, filter: Filter, update: Update): Promise<number> {
    return this.tx.updateMany(this.names(collection), filter, update, this.position);
  }

  delete(collection: string, id: string): Promise<void> {
    return this.tx.delete(this.names(collection), id, this.position);
  }

  findById<T extends Doc = Doc>(collection: string, id: string): Promise<T | null> {
    return this.tx.collection<T>(this.names(collection)).findById(id);
  }

  findOne<T extends Doc = Doc>(collection: string, filter: Filter): Promise<T | null> {
    return this.tx.collection<T>(this.names(collection)).findOne(filter);
  }

  find<T extends Doc = Doc>(collection: string, filter: Filter, options?: FindOptions): Promise<T[]> {
    return this.tx.collection<T>(this.names(collection)).find(filter, options);
  }
}
