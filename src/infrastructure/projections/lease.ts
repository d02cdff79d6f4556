import { Doc, DocumentStore, DocumentTransaction } from '../document-store/document-store.port';

/** One document per projection or reaction, beside the checkpoints. */
export const LEASES = '_projection_leases';

export interface Lease extends Doc {
  /** The instance running the track; null once released. */
  readonly holder: string | null;
  /** Milliseconds since the epoch, on the holder's clock when it wrote it. */
  readonly expiresAt: number;
  /** Incremented at every change of holder: a holder's writes are fenced by its term. */
  readonly term: number;
  /** The store's version of the document (the position guard): each write increments it. */
  readonly _lastPosition?: number;
}

/** This instance wrote as the holder of a lease it no longer holds: its transaction is abandoned. */
export class LeaseLostError extends Error {
  constructor(readonly lease: string, holder: string | null | undefined) {
    super(`Lease on ${lease} lost (now held by ${holder ?? 'nobody'})`);
    this.name = 'LeaseLostError';
  }
}

/**
 * Which tracks (projections, reactions) this instance runs. With several API instances on one read
 * store every track runs on exactly one of them; the others follow its checkpoints.
 */
export interface Leases {
  readonly holderId: string;
  /** How often `hold` must be called for a held lease not to expire. */
  readonly renewEveryMs: number;
  /** Alone on the read store (embedded mode): every lease is held, nothing is written. */
  readonly sole: boolean;
  /** Takes `name` when free or expired, renews it when held by this instance; true = held now. */
  hold(name: string): Promise<boolean>;
  /**
   * Inside the track's own transaction: throws LeaseLostError unless this instance still holds `name`
   * under the term it took, and writes the lease so that a concurrent takeover conflicts with it.
   */
  fence(tx: DocumentTransaction, name: string): Promise<void>;
  /** Gives `name` up at once (shutdown), so another instance need not wait for the expiry. */
  release(name: string): Promise<void>;
}

/** Embedded mode: one process owns DATA_DIR (pid lock), so it holds every lease by construction. */
export class SoleInstanceLeases implements Leases {
  readonly holderId = 'sole-instance';
  readonly renewEveryMs = Number.POSITIVE_INFINITY;
  readonly sole = true;
  async hold(): Promise<boolean> {
    return true;
  }
  async fence(): Promise<void> {}
  async release(): Promise<void> {}
}

export interface LeaseOptions {
  readonly holderId: string;
  readonly ttlMs: number;
  readonly now?: () => number;
}

/**
 * Leases in the document store. Every change is a compare-and-set on the lease document's version
 * (`_lastPosition`): a writer reads version v and writes with position v + 1, which the store's
 * position guard applies only while the document is still at v. Two instances that read the same
 * version cannot both write, so a lease never has two holders in the store; on MongoDB the losing
 * transaction conflicts and, retried, finds the new version.
 *
 * Safety beyond the store record: every projection transaction starts with `fence`, which checks the
 * holder, term and expiry and bumps the version too, so a holder that paused past its expiry (GC,
 * a frozen VM) and was taken over cannot commit once it wakes up.
 */
export class DocumentStoreLeases implements Leases {
  readonly sole = false;
  readonly holderId: string;
  readonly renewEveryMs: number;
  private readonly terms = new Map<string, number>();
  private readonly now: () => number;

  constructor(
    private readonly docs: DocumentStore,
    private readonly options: LeaseOptions,
  ) {
    this.holderId = options.holderId;
    this.renewEveryMs = Math.max(10, Math.floor(options.ttlMs / 3));
    this.now = options.now ?? Date.now;
  }

  hold(name: string): Promise<boolean> {
    return this.docs.transaction(async (tx) => {
      // Created once, at version 0; a later create is ignored by the guard.
      await tx.upsert(LEASES, name, { $setOnInsert: { holder: null, expiresAt: 0, term: 0 } }, 0);
      const lease = (await tx.collection<Lease>(LEASES).findById(name))!;
      const now = this.now();
      const mine = lease.holder === this.holderId && lease.term === this.terms.get(name);
      if (!mine && lease.holder !== null && lease.expiresAt > now) {
        this.terms.delete(name);
        return false;
      }
      const term = mine ? lease.term : lease.term + 1;
      const changed = await tx.updateMany(LEASES, { _id: name, term: lease.term }, { $set: { holder: this.holderId, expiresAt: now + this.options.ttlMs, term } }, version(lease) + 1);
      if (changed === 1) this.terms.set(name, term);
      else this.terms.delete(name);
      return changed === 1;
    });
  }

  async fence(tx: DocumentTransaction, name: string): Promise<void> {
    const lease = await tx.collection<Lease>(LEASES).findById(name);
    const term = this.terms.get(name);
    if (!lease || lease.holder !== this.holderId || lease.term !== term || lease.expiresAt <= this.now()) {
      this.terms.delete(name);
      throw new LeaseLostError(name, lease?.holder);
    }
    const changed = await tx.updateMany(LEASES, { _id: name, term }, { $set: { fencedAt: this.now() } }, version(lease) + 1);
    if (changed !== 1) throw new LeaseLostError(name, undefined);
  }

  async release(name: string): Promise<void> {
    const term = this.terms.get(name);
    if (term === undefined) return;
    this.terms.delete(name);
    await this.docs.transaction(async (tx) => {
      const lease = await tx.collection<Lease>(LEASES).findById(name);
      if (lease?.holder !== this.holderId || lease.term !== term) return;
      await tx.updateMany(LEASES, { _id: name, term }, { $set: { holder: null, expiresAt: 0 } }, version(lease) + 1);
    });
  }
}

function version(lease: Lease): number {
  return typeof lease._lastPosition === 'number' ? lease._lastPosition : 0;
}
