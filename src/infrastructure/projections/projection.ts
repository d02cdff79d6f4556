import { RecordedEvent } from '../../kernel/events';
import { CollectionDefinition, Doc, DocumentTransaction, Filter, FindOptions, Update } from '../document-store/document-store.port';

/**
 * A read model builder. `apply` must not throw for business reasons; an exception marks the event as
 * poison and stops this projection alone. Writes go through the ProjectionWriter, which stamps each
 * document with the event position, so applying an event twice changes nothing.
 */
export interface Projection {
  readonly name: string;
  /** Bump when apply or the collections change: the runner rebuilds into fresh collections. */
  readonly version: number;
  /** Logical collections this projection owns. */
  readonly collections: readonly CollectionDefinition[];
  readonly handles: readonly string[];
  apply(event: RecordedEvent, writer: ProjectionWriter): Promise<void>;
}

/** Logical collection name → physical name of the generation being written or served. */
export type CollectionNames = (logical: string) => string;

export function physicalName(logical: string, generation: number): string {
  return `${logical}__g${generation}`;
}

/** What a projection may do while applying one event. */
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
