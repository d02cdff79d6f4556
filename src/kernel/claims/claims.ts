import { EventStore, ExpectedRevision, WrongExpectedVersionError } from '../event-store.port';
import type { CommandContext } from '../command-handling';
import { AppError, ConflictError } from '../errors';
import { NewEvent, Position, RecordedEvent } from '../events';
import { deriveId } from '../ids';
import {
  CLAIM_MADE,
  CLAIM_RELEASED,
  CLAIM_REVOKED,
  ClaimHolder,
  ClaimMadeData,
  ClaimOwner,
  ClaimReleasedData,
  ClaimRevokedData,
  foldClaim,
  lastFenceAgainst,
  sameOwner,
} from './claim.events';

/**
 * A value one command claims for the stream it writes, unique across streams: a NIP, an applicant's
 * NIK digest, a tracking id, a budget envelope, an idempotency key. Given to the command path
 * (`CommandExecutor.execute(…, { claims })`), which claims it after the decision and before the write.
 */
export interface Claim {
  /** One stream per claimed value, named by the module: `personnel-identifier-<NIP>`. */
  readonly streamId: string;
  /** The error when another owner holds the value and its write exists (the module's rule). */
  readonly refusal: () => AppError;
}

/** What a claim stream says now: who holds it and whether the holder's write exists. */
export interface ClaimStatus {
  readonly holder: ClaimHolder | null;
  readonly written: boolean;
}

/**
 * Cross-stream uniqueness that a crash cannot orphan (docs/decisions.md, "Claims"). A claim names its
 * owner: one exact write (stream + first event id). It counts once that write exists. A claim whose
 * write does not exist can be taken over: the taker first fences the owner's stream (an event naming
 * the lost write, appended at the stream's head), then claims at the claim stream's revision. Both are
 * single-stream appends at an expected revision, so this works on every store, KurrentDB included:
 * a slow owner that still tries to write either lands before the fence (and the taker sees it and
 * refuses) or finds the fence, and must claim again before it may write.
 */
export class Claims {
  constructor(
    private readonly store: EventStore,
    private readonly maxAttempts: number,
  ) {}

  async status(claimStreamId: string): Promise<ClaimStatus> {
    const { holder } = foldClaim(await this.store.readStream(claimStreamId));
    return { holder, written: holder ? await this.written(holder.owner) : false };
  }

  /** Refuses, without writing, when another owner holds the claim and its write exists. */
  async check(claim: Claim, owner: ClaimOwner): Promise<void> {
    const { holder, written } = await this.status(claim.streamId);
    if (holder && !sameOwner(holder.owner, owner) && written) throw claim.refusal();
  }

  /**
   * Holds `claim` for `owner` (a no-op when it already does). `fencedAt`: position of the last fence
   * against the owner's write, from the owner's stream as the caller loaded it; a hold made before it
   * no longer counts and is renewed.
   */
  async acquire(claim: Claim, owner: ClaimOwner, context: CommandContext, fencedAt?: Position): Promise<void> {
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      const { holder, revision } = foldClaim(await this.store.readStream(claim.streamId));
      if (holder && sameOwner(holder.owner, owner) && (fencedAt === undefined || holder.position > fencedAt)) return;
      try {
        if (holder && !sameOwner(holder.owner, owner) && (await this.fence(holder, claim.streamId, context)) === 'written') throw claim.refusal();
        const data: ClaimMadeData = holder && !sameOwner(holder.owner, owner) ? { owner, supersedes: holder.owner } : { owner };
        await this.append(claim.streamId, revision, CLAIM_MADE, data, deriveId('claim-made', claim.streamId, revision + 1, owner.eventId), context);
        return;
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
      }
    }
    throw new ConflictError('Nilai unik ini (mis. NIP atau kode) sedang direbut permintaan lain pada saat yang sama; coba lagi', { claimStreamId: claim.streamId });
  }

  /**
   * The reconciling pass: releases the claim when its holder's write does not exist and the claim was
   * made before `madeBefore` (ISO time). True when it released it.
   */
  async releaseIfOrphaned(claimStreamId: string, madeBefore: string, context: CommandContext): Promise<boolean> {
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      const { holder, revision } = foldClaim(await this.store.readStream(claimStreamId));
      if (!holder || holder.recordedAt >= madeBefore || (await this.written(holder.owner))) return false;
      try {
        if ((await this.fence(holder, claimStreamId, context)) === 'written') return false;
        const data: ClaimReleasedData = { owner: holder.owner, reason: 'OWNER_NEVER_WRITTEN' };
        await this.append(claimStreamId, revision, CLAIM_RELEASED, data, deriveId('claim-released', claimStreamId, revision + 1), context);
        return true;
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
      }
    }
    return false;
  }

  /** Does the owner's write exist? One read at the expected revision, the whole stream otherwise. */
  async written(owner: ClaimOwner): Promise<boolean> {
    if (owner.revision !== undefined) {
      const [at] = await this.store.readStream(owner.streamId, { fromRevision: owner.revision, maxCount: 1 });
      if (at?.eventId === owner.eventId) return true;
    }
    return (await this.store.readStream(owner.streamId)).some((event) => event.eventId === owner.eventId);
  }

  /**
   * Fences the holder's stream against its write, unless that write exists ('written') or a fence
   * newer than the hold is already there. Throws WrongExpectedVersionError when the stream moved.
   */
  private async fence(holder: ClaimHolder, claimStreamId: string, context: CommandContext): Promise<'written' | 'fenced'> {
    const ownerEvents = await this.store.readStream(holder.owner.streamId);
    if (ownerEvents.some((event) => event.eventId === holder.owner.eventId)) return 'written';
    const fence = lastFenceAgainst(ownerEvents, holder.owner.eventId);
    if (fence !== undefined && fence > holder.position) return 'fenced';
    const head = headRevision(ownerEvents);
    const data: ClaimRevokedData = { eventId: holder.owner.eventId, claimStreamId };
    await this.append(holder.owner.streamId, head, CLAIM_REVOKED, data, deriveId('claim-revoked', holder.owner.streamId, head + 1, holder.owner.eventId), context);
    return 'fenced';
  }

  private async append(streamId: string, revision: number, type: string, data: object, eventId: string, context: CommandContext): Promise<void> {
    const expected: ExpectedRevision = revision < 0 ? 'no_stream' : revision;
    await this.store.append(streamId, [bookkeeping(eventId, type, data, context)], expected);
  }
}

function headRevision(events: readonly RecordedEvent[]): number {
  return events.length ? events[events.length - 1].revision : -1;
}

/**
 * A kernel event written for a command: its own command id (derived), so it is never taken for an
 * event of the command itself (repeat detection looks for the command id), caused by the command.
 */
export function bookkeeping(eventId: string, type: string, data: object, context: CommandContext): NewEvent {
  return {
    eventId,
    type,
    schemaVersion: 1,
    data,
    metadata: {
      occurredAt: context.occurredAt,
      actor: context.actor,
      reason: context.reason,
      commandId: deriveId('claim', context.commandId),
      correlationId: context.correlationId,
      causationId: context.commandId,
    },
  };
}
