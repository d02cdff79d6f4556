import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { EVENT_STORE, EventStore } from '../event-store.port';
import { Clock } from '../clock';
import type { CommandContext } from '../command-handling';
import { Position } from '../events';
import { deriveId } from '../ids';
import { CLAIM_MADE, CLAIMS_RECONCILED, claimOwnerOf, ClaimOwner, ClaimsReconciledData, legacyClaimTypes } from './claim.events';
import { bookkeeping, Claims } from './claims';
import { WrongExpectedVersionError } from '../event-store.port';

export const CLAIM_RECONCILIATION = Symbol('CLAIM_RECONCILIATION');

export interface ClaimReconciliationOptions {
  /** A claim younger than this is left alone: its write may still be under way. */
  readonly graceMs: number;
  readonly intervalMs: number;
  readonly maxAttempts: number;
}

const PAGE = 1000;
const RECONCILER = { id: 'system:claims', roles: [] };

/** The reconciler's progress markers (ClaimsReconciled). */
export const CLAIM_RECONCILIATION_STREAM = 'kernel-claim-reconciliation';

/**
 * A marker is written when the settled point moved this many log positions past the last one (and at
 * shutdown when the instance settled any claim since the last marker): a restart re-checks at most
 * this much, and the log gains one bookkeeping event per this many positions, not one per pass —
 * nor one per restart (a restart that settled nothing writes nothing, though the settled point moves
 * past the previous shutdown's own marker and checkpoint).
 */
export const PROGRESS_EVERY = 10_000;

/**
 * The reconciling pass over claims (claims.ts): a claim whose owning write exists is settled at the
 * first pass that sees it; one whose owning write never happened is released once it is older than
 * the grace period, so no orphan stays visible in the log. Claims
 * are taken over at claim time anyway; this pass is what makes the log say so without waiting for
 * the next claimant. It runs at boot and then every interval (claims made since), on every instance:
 * two instances releasing one claim race on its revision, and one wins.
 *
 * A claim, once settled (its write exists, or it was released), stays settled: the log is append-only.
 * So the pass records how far everything is settled (`kernel.ClaimsReconciled` on its own stream) and
 * a restart scans from there, instead of re-reading every claim stream and owner ever written (the
 * idempotency keys alone are one claim per command).
 */
@Injectable()
export class ClaimReconciler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ClaimReconciler.name);
  private readonly claims: Claims;
  /** Claim streams seen and not yet settled → when and where their latest claim was made, and for whom. */
  private readonly pending = new Map<string, { madeAt: string; position: Position; owner: ClaimOwner }>();
  private scannedTo: Position = 0;
  /** Claims this instance settled (or released) since it last wrote a marker. */
  private settledSinceMarker = 0;
  /** The settled point the last marker recorded (from the log at the first pass). */
  private recorded?: { settledThrough: Position; revision: number };
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLAIM_RECONCILIATION) private readonly options: ClaimReconciliationOptions,
    private readonly clock: Clock,
  ) {
    this.claims = new Claims(store, options.maxAttempts);
  }

  onApplicationBootstrap(): void {
    void this.reconcile();
    this.timer = setInterval(() => void this.reconcile(), this.options.intervalMs);
    this.timer.unref();
  }

  /** Before the stores close (their module closes them in onApplicationShutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    await this.recordProgress('shutdown').catch((error) => this.logger.warn(`Claim reconciliation progress not recorded: ${error instanceof Error ? error.message : error}`));
  }

  /** One pass (never two at once); resolves with the number of claims it released. */
  reconcile(): Promise<number> {
    this.running ??= this.pass()
      .catch((error) => {
        this.logger.warn(`Claim reconciliation failed, retried next pass: ${error instanceof Error ? error.message : error}`);
        return 0;
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<number> {
    if (!this.recorded) await this.restoreProgress();
    await this.scan();
    const cutoff = new Date(this.clock.now().getTime() - this.options.graceMs).toISOString();
    let released = 0;
    let checked = 0;
    for (const [streamId, { madeAt, owner }] of this.pending) {
      // The common case, one read: the latest claim's write exists, so nobody can take the claim over
      // (a takeover fences only an owner whose write does not exist) and nothing is to be released —
      // however young the claim is: the grace period protects writes still under way, not done ones.
      // Otherwise a young claim waits, and an old one's claim stream decides (a later claim, a
      // release, or an orphan to release).
      const written = await this.claims.written(owner);
      // Reads of the embedded store are synchronous: let requests in between.
      if (++checked % 50 === 0) await nextTurn();
      if (!written) {
        if (madeAt >= cutoff) continue;
        if (await this.claims.releaseIfOrphaned(streamId, cutoff, this.contextFor(streamId))) released++;
      }
      this.pending.delete(streamId);
      this.settledSinceMarker++;
    }
    if (released > 0) this.logger.log(`Released ${released} orphaned claim(s) whose write never happened`);
    await this.recordProgress('pass');
    return released;
  }

  /** Every claim at or before this position is settled: the earliest pending claim's position − 1. */
  private settledThrough(): Position {
    let settled = this.scannedTo;
    for (const { position } of this.pending.values()) settled = Math.min(settled, position - 1);
    return settled;
  }

  /** Starts the scan where the furthest marker left it (instances may write markers in any order). */
  private async restoreProgress(): Promise<void> {
    const markers = await this.store.readStream(CLAIM_RECONCILIATION_STREAM);
    const settledThrough = Math.max(0, ...markers.map((event) => (event.data as ClaimsReconciledData).settledThrough));
    this.recorded = { settledThrough, revision: markers.length ? markers[markers.length - 1].revision : -1 };
    this.scannedTo = Math.max(this.scannedTo, settledThrough);
  }

  /**
   * Writes a marker after a pass when the settled point moved PROGRESS_EVERY positions past the
   * recorded one; at shutdown when it moved at all and this instance settled a claim since.
   */
  private async recordProgress(when: 'pass' | 'shutdown'): Promise<void> {
    if (!this.recorded) return;
    const settledThrough = this.settledThrough();
    const advance = settledThrough - this.recorded.settledThrough;
    if (advance < (when === 'pass' ? PROGRESS_EVERY : 1) || (when === 'shutdown' && this.settledSinceMarker === 0)) return;
    const { revision } = this.recorded;
    const data: ClaimsReconciledData = { settledThrough };
    const context = this.contextFor(CLAIM_RECONCILIATION_STREAM);
    const eventId = deriveId('claims-reconciled', revision + 1, settledThrough);
    try {
      await this.store.append(CLAIM_RECONCILIATION_STREAM, [bookkeeping(eventId, CLAIMS_RECONCILED, data, context)], revision < 0 ? 'no_stream' : revision);
      this.recorded = { settledThrough, revision: revision + 1 };
      this.settledSinceMarker = 0;
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      // Another instance wrote a marker: take the furthest one, and try again at the next pass.
      await this.restoreProgress();
    }
  }

  /** Adds the claim streams claimed since the last scan. */
  private async scan(): Promise<void> {
    const types = [CLAIM_MADE, ...legacyClaimTypes()];
    for (;;) {
      const page = await this.store.readAll({ after: this.scannedTo, maxCount: PAGE, types });
      for (const event of page.events) {
        // Every scanned type is a claim event, and each names its owner.
        const owner = claimOwnerOf(event);
        if (owner) this.pending.set(event.streamId, { madeAt: event.recordedAt, position: event.position, owner });
      }
      this.scannedTo = page.scannedTo;
      if (page.events.length < PAGE) return;
      await nextTurn();
    }
  }

  private contextFor(claimStreamId: string): CommandContext {
    const commandId = deriveId('claim-reconciliation', claimStreamId, this.clock.now().toISOString());
    return { commandId, actor: RECONCILER, correlationId: commandId, causationId: commandId, occurredAt: this.clock.now().toISOString() };
  }
}
