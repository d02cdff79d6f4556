import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { EVENT_STORE, EventStore } from '../event-store.port';
import { Clock } from '../clock';
import type { CommandContext } from '../command-handling';
import { Position } from '../events';
import { deriveId } from '../ids';
import { CLAIM_MADE, legacyClaimTypes } from './claim.events';
import { Claims } from './claims';

export const CLAIM_RECONCILIATION = Symbol('CLAIM_RECONCILIATION');

export interface ClaimReconciliationOptions {
  /** A claim younger than this is left alone: its write may still be under way. */
  readonly graceMs: number;
  readonly intervalMs: number;
  readonly maxAttempts: number;
}

const PAGE = 1000;
const RECONCILER = { id: 'system:claims', roles: [] };

/**
 * The reconciling pass over claims (claims.ts): a claim whose owning write never happened is
 * released once it is older than the grace period, so no orphan stays visible in the log. Claims
 * are taken over at claim time anyway; this pass is what makes the log say so without waiting for
 * the next claimant. It runs at boot (every claim in the log) and then every interval (claims made
 * since), on every instance: two instances releasing one claim race on its revision, and one wins.
 */
@Injectable()
export class ClaimReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ClaimReconciler.name);
  private readonly claims: Claims;
  /** Claim streams seen and not yet settled → when their latest claim was made. */
  private readonly pending = new Map<string, string>();
  private scannedTo: Position = 0;
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

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
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
    await this.scan();
    const cutoff = new Date(this.clock.now().getTime() - this.options.graceMs).toISOString();
    let released = 0;
    let checked = 0;
    for (const [streamId, madeAt] of this.pending) {
      if (madeAt >= cutoff) continue;
      if (await this.claims.releaseIfOrphaned(streamId, cutoff, this.contextFor(streamId))) released++;
      this.pending.delete(streamId);
      // Reads of the embedded store are synchronous: let requests in between.
      if (++checked % 100 === 0) await nextTurn();
    }
    if (released > 0) this.logger.log(`Released ${released} orphaned claim(s) whose write never happened`);
    return released;
  }

  /** Adds the claim streams claimed since the last scan. */
  private async scan(): Promise<void> {
    const types = [CLAIM_MADE, ...legacyClaimTypes()];
    for (;;) {
      const page = await this.store.readAll({ after: this.scannedTo, maxCount: PAGE, types });
      for (const event of page.events) this.pending.set(event.streamId, event.recordedAt);
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
