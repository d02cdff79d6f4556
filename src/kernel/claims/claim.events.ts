import { eventRegistry } from '../event-registry';
import { DomainEvent, Position, RecordedEvent } from '../events';

/**
 * The events of the claim mechanism (claims.ts). They belong to the kernel, not to an aggregate:
 * deciders never see them (`fold` skips `kernel.` events) and projections do not handle them.
 */

/**
 * Who a claim is for: the stream the claiming command writes, and the id of the first event it
 * writes there. Event ids derive from the command, the stream and the payload's fingerprint, so the
 * owner names one exact write. The claim is complete once that event exists.
 */
export interface ClaimOwner {
  readonly streamId: string;
  readonly eventId: string;
  /** Revision the first event was to land at: where to look first when checking that it exists. */
  readonly revision?: number;
}

export const CLAIM_MADE = 'kernel.ClaimMade';
export const CLAIM_RELEASED = 'kernel.ClaimReleased';
export const CLAIM_REVOKED = 'kernel.ClaimRevoked';
export const CLAIMS_RECONCILED = 'kernel.ClaimsReconciled';

/** On the claim stream: the value is held for `owner` (taking it over from `supersedes`, whose write never happened). */
export interface ClaimMadeData {
  readonly owner: ClaimOwner;
  readonly supersedes?: ClaimOwner;
}

/** On the claim stream: the holder's write never happened; the value is free again. */
export interface ClaimReleasedData {
  readonly owner: ClaimOwner;
  readonly reason: 'OWNER_NEVER_WRITTEN';
}

/**
 * On the owner's stream (the fence): the write whose first event is `eventId` lost `claimStreamId`
 * and may not happen unless it claims again after this event.
 */
export interface ClaimRevokedData {
  readonly eventId: string;
  readonly claimStreamId: string;
}

/**
 * On the reconciler's own stream: every claim at or before `settledThrough` is settled for good (its
 * write exists, or it was released), so a reconciler starting later scans only what came after.
 */
export interface ClaimsReconciledData {
  readonly settledThrough: Position;
}

export type ClaimMade = DomainEvent<typeof CLAIM_MADE, ClaimMadeData>;
export type ClaimReleased = DomainEvent<typeof CLAIM_RELEASED, ClaimReleasedData>;
export type ClaimRevoked = DomainEvent<typeof CLAIM_REVOKED, ClaimRevokedData>;
export type ClaimsReconciled = DomainEvent<typeof CLAIMS_RECONCILED, ClaimsReconciledData>;

eventRegistry.register([
  { type: CLAIM_MADE, version: 1, description: 'A unique value (NIP, NIK digest, idempotency key…) was claimed for one write to one stream.' },
  { type: CLAIM_RELEASED, version: 1, description: 'A claim whose owning write never happened was released (by the claim reconciler).' },
  { type: CLAIM_REVOKED, version: 1, description: 'Fence on an owner stream: a write that lost its claim to another command may not happen.' },
  { type: CLAIMS_RECONCILED, version: 1, description: 'Progress of the claim reconciler: every claim up to a log position is settled (written or released), so a restart does not re-check them.' },
]);

/** Bookkeeping events of the kernel: never folded by a decider. */
export function isKernelEvent(event: { readonly type: string }): boolean {
  return event.type.startsWith('kernel.');
}

/** Claims written before the kernel mechanism, read as claims: the module maps its old event to the owner. */
export type LegacyClaimReader = (event: RecordedEvent) => ClaimOwner;
const legacyReaders = new Map<string, LegacyClaimReader>();

export function registerLegacyClaim(type: string, read: LegacyClaimReader): void {
  legacyReaders.set(type, read);
}

export function legacyClaimTypes(): string[] {
  return [...legacyReaders.keys()];
}

/** The current holder of a claim stream, with the position of the event that made it (fences are compared to it). */
export interface ClaimHolder {
  readonly owner: ClaimOwner;
  readonly position: Position;
  readonly recordedAt: string;
}

export interface ClaimState {
  readonly holder: ClaimHolder | null;
  /** Last revision of the claim stream (-1: no claim ever). */
  readonly revision: number;
}

/** The owner a claim event (kernel.ClaimMade or a module's legacy claim) names; undefined for any other event. */
export function claimOwnerOf(event: RecordedEvent): ClaimOwner | undefined {
  if (event.type === CLAIM_MADE) return (event.data as ClaimMadeData).owner;
  return legacyReaders.get(event.type)?.(event);
}

export function foldClaim(events: readonly RecordedEvent[]): ClaimState {
  let holder: ClaimHolder | null = null;
  for (const event of events) {
    if (event.type === CLAIM_RELEASED) holder = null;
    else {
      const owner = claimOwnerOf(event);
      if (owner) holder = { owner, position: event.position, recordedAt: event.recordedAt };
    }
  }
  return { holder, revision: events.length ? events[events.length - 1].revision : -1 };
}

export function sameOwner(a: ClaimOwner, b: ClaimOwner): boolean {
  return a.streamId === b.streamId && a.eventId === b.eventId;
}

/** Position of the last fence against `eventId` in an owner's stream (undefined: never fenced). */
export function lastFenceAgainst(ownerEvents: readonly RecordedEvent[], eventId: string): Position | undefined {
  let fence: Position | undefined;
  for (const event of ownerEvents) {
    if (event.type === CLAIM_REVOKED && (event.data as ClaimRevokedData).eventId === eventId) fence = event.position;
  }
  return fence;
}
