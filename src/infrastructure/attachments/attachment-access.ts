import { Injectable } from '@nestjs/common';
import { Actor } from '@kernel/events';
import { ContentHash } from './attachment-store.port';

/**
 * How a module lets readers of its records download the files those records reference. A module that
 * stores a hash in an event (e.g. `performance.EvidenceAttached { hash, … }`) keeps the reference in a
 * read model and registers a kind at start-up:
 *
 *   access.register({
 *     kind: 'performance.skp-evidence',
 *     findReferences: (hash) => skpEvidence.idsReferencing(hash),
 *     mayRead: (actor, skpId) => skpAccess.mayRead(actor, skpId),
 *   });
 *
 * `mayRead` must be the same check the module's own query applies to that record.
 */
export interface AttachmentReferenceKind {
  /** Stable name, `<module>.<what references the file>`. */
  readonly kind: string;
  /** Ids of this kind's records that reference the file. */
  findReferences(hash: ContentHash): Promise<readonly string[]>;
  /** Whether `actor` may read that record. */
  mayRead(actor: Actor, recordId: string): Promise<boolean>;
}

/** The registry of reference kinds, and the one download decision built on it. */
@Injectable()
export class AttachmentAccess {
  private readonly kinds = new Map<string, AttachmentReferenceKind>();

  register(kind: AttachmentReferenceKind): void {
    if (this.kinds.has(kind.kind)) throw new Error(`Attachment reference kind ${kind.kind} registered twice`);
    this.kinds.set(kind.kind, kind);
  }

  /**
   * An uploader may always read their own upload; anyone else needs a record that references the file
   * and that they may read. Without a reference nobody else can.
   */
  async mayRead(actor: Actor, hash: ContentHash, uploaders: readonly string[]): Promise<boolean> {
    if (uploaders.includes(actor.id)) return true;
    for (const kind of this.kinds.values()) {
      for (const recordId of await kind.findReferences(hash)) {
        if (await kind.mayRead(actor, recordId)) return true;
      }
    }
    return false;
  }
}
