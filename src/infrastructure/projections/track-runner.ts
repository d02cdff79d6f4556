import { Logger } from '@nestjs/common';
import { ServiceUnavailableError } from '@kernel/errors';
import { EventRegistry } from '@kernel/event-registry';
import { RecordedEvent } from '@kernel/events';
import { DocumentStore } from '../document-store/document-store.port';
import { EventPage, EventStore } from '@kernel/event-store.port';
import { Checkpoint, CHECKPOINTS, DEAD_LETTERS, FailedEvent, ProjectionState, ProjectionStatus } from './checkpoint';
import { Leases, LeaseLostError, SoleInstanceLeases } from './lease';
import { physicalName, Projection, ProjectionWriter } from './projection';
import { Reaction } from './reaction';
import { Budget, BudgetedTransaction, TRANSACTION_BUDGET } from './transaction-budget';

export interface RunnerOptions {
  readonly pageSize: number;
  /** `stop` (default): a poison event stops its projection. `park`: it goes to the dead-letter collection. */
  readonly onPoison: 'stop' | 'park';
  readonly retryDelayMs?: number;
  /** Bounds one transaction; a longer page commits in parts (defaults: TRANSACTION_BUDGET). */
  readonly transactionBudget?: Budget;
  /** Which tracks this instance runs (several instances on one read store); embedded: all of them. */
  readonly leases?: Leases;
  /** How often an instance that does not run a track reads its checkpoint (waitFor, reads, health). */
  readonly followPollMs?: number;
}

/** One consuming loop writing one generation of a projection's (or a reaction's) collections. */
export interface Track {
  readonly projection: Projection;
  readonly kind: 'PROJECTION' | 'REACTION';
  generation: number;
  checkpointId: string;
  /** Run by another instance: position and generation are mirrored from its checkpoint. */
  following?: boolean;
  position: number;
  state: ProjectionState;
  failedEvent?: FailedEvent;
  readonly controller: AbortController;
  done?: Promise<void>;
}

export const rebuildId = (name: string) => `${name}#rebuild`;

/**
 * The tracks of the projection runner (projection-runner.ts adds which instance runs them). For each
 * projection it reads `$all` from the checkpoint in pages, applies the events in order and writes the
 * documents and the new checkpoint in one transaction (first passing the lease's fence), then follows
 * the live log. A poison event stops only its projection (or is parked). `rebuild` fills a fresh
 * generation of collections while the current one serves, and switches when it has caught up.
 *
 * Reactions (process managers) run on the same loop with their own checkpoints, one event per
 * transaction so a crash repeats at most one event's effects; they are never rebuilt.
 */
export abstract class TrackRunner {
  protected readonly logger = new Logger('ProjectionRunner');
  protected readonly projections = new Map<string, Projection>();
  protected readonly owners = new Map<string, string>();
  protected readonly reactions = new Set<string>();
  protected readonly main = new Map<string, Track>();
  protected readonly rebuilds = new Map<string, Track>();
  private readonly listeners = new Set<() => void>();
  protected head = 0;
  protected stopped = false;
  protected readonly leases: Leases;

  constructor(
    protected readonly events: EventStore,
    protected readonly docs: DocumentStore,
    private readonly registry: EventRegistry,
    protected readonly options: RunnerOptions,
  ) {
    this.leases = options.leases ?? new SoleInstanceLeases();
  }

  /** Whether this instance runs `name` (holds its lease). */
  protected abstract runsHere(name: string): boolean;
  /** A rebuild asked of an instance that does not run the projection. */
  protected abstract requestRebuild(projection: Projection): Promise<{ generation: number }>;
  /** A track's fence failed: another instance runs it now. */
  protected abstract onLeaseLost(projection: Projection): void;

  /** A reaction runs like a projection (version 1 forever) but is refused by `rebuild`. */
  registerReaction(reaction: Reaction): void {
    const { name, canHandle, collections } = reaction;
    this.register({ name, version: 1, canHandle, collections, apply: (event, writer) => reaction.react(event, writer) });
    this.reactions.add(name);
  }

  register(projection: Projection): void {
    if (this.projections.has(projection.name)) throw new Error(`Projection ${projection.name} registered twice`);
    for (const { name } of projection.collections) {
      const owner = this.owners.get(name);
      if (owner) throw new Error(`Collection ${name} is owned by both ${owner} and ${projection.name}`);
      this.owners.set(name, projection.name);
    }
    this.projections.set(projection.name, projection);
  }

  protected async startProjection(projection: Projection): Promise<void> {
    const checkpoints = this.docs.collection<Checkpoint>(CHECKPOINTS);
    const current = await checkpoints.findById(projection.name);
    const pending = await checkpoints.findById(rebuildId(projection.name));
    const generation = current?.generation ?? 1;
    const main = this.track(projection, projection.name, generation, current?.position ?? 0);
    this.main.set(projection.name, main);
    if (main.kind === 'REACTION') return this.launch(main);
    const outdated = current !== null && current.version !== projection.version;
    if (outdated || pending) {
      // The old generation keeps serving (frozen) until the new one has caught up.
      main.state = 'REBUILDING';
      this.startRebuild(projection, pending?.generation ?? generation + 1, pending?.position ?? 0);
    } else {
      this.launch(main);
    }
  }

  /** Starts a rebuild of `name` into a fresh generation; the current one serves until the switch. */
  async rebuild(name: string): Promise<{ generation: number }> {
    const projection = this.projections.get(name);
    if (!projection) throw new Error(`Unknown projection ${name}`);
    if (this.reactions.has(name)) throw new Error(`${name} is a reaction: its effects happen once, it is never rebuilt`);
    const existing = this.rebuilds.get(name);
    if (existing) return { generation: existing.generation };
    if (!this.runsHere(name)) return this.requestRebuild(projection);
    const generation = this.main.get(name)!.generation + 1;
    await this.dropGeneration(projection, generation);
    this.startRebuild(projection, generation, 0);
    return { generation };
  }

  protected startRebuild(projection: Projection, generation: number, position: number): void {
    const track = this.track(projection, rebuildId(projection.name), generation, position);
    track.state = 'REBUILDING';
    this.rebuilds.set(projection.name, track);
    this.launch(track);
  }

  protected track(projection: Projection, checkpointId: string, generation: number, position: number): Track {
    for (const collection of projection.collections) {
      this.docs.define({ name: physicalName(collection.name, generation), schema: collection.schema });
    }
    const kind = this.reactions.has(projection.name) ? 'REACTION' : 'PROJECTION';
    return { projection, kind, generation, checkpointId, position, state: 'CATCHING_UP', controller: new AbortController() };
  }

  /**
   * Runs a track in the background. Nothing it does may become an unhandled rejection: Node would
   * exit. run() retries store outages itself; anything that still escapes stops this track, visibly.
   */
  protected launch(track: Track): void {
    track.done = this.run(track).catch((error: unknown) => {
      track.state = 'STOPPED';
      this.logger.error(`Projection ${track.projection.name} stopped: ${(error as Error)?.stack ?? String(error)}`);
      this.notify();
    });
  }

  protected async run(track: Track): Promise<void> {
    const { projection, controller } = track;
    let delay = this.options.retryDelayMs ?? 500;
    while (!controller.signal.aborted && !this.stopped) {
      try {
        // Inside the retry: asking the store for its head is a network call on KurrentDB.
        await this.markProgress(track, track.position);
        const pages = this.events.subscribeToAll({
          after: track.position,
          types: projection.canHandle,
          pageSize: this.options.pageSize,
          signal: controller.signal,
        });
        for await (const page of pages) {
          await this.applyPage(track, page);
          if (track.state === 'STOPPED') return;
          await this.markProgress(track, page.scannedTo);
          delay = this.options.retryDelayMs ?? 500;
        }
        // A subscription only ends by itself when the store went away: back off, never spin.
        if (!controller.signal.aborted) throw new Error('event subscription ended');
      } catch (error) {
        if (controller.signal.aborted) return;
        if (error instanceof LeaseLostError) {
          // Taken over while this instance was away: stop writing, follow the new holder.
          this.logger.warn(`Projection ${projection.name}: ${error.message}; following it from now on`);
          setImmediate(() => this.onLeaseLost(projection));
          return;
        }
        this.logger.warn(`Projection ${projection.name}: ${(error as Error).message}; resubscribing in ${delay} ms`);
        await sleep(delay);
        delay = Math.min(delay * 2, 30_000);
      }
    }
  }

  /** After each page (and at start): a track at the head of the log is live, or switches over if rebuilding. */
  protected async markProgress(track: Track, scannedTo: number): Promise<void> {
    this.head = Math.max(this.head, scannedTo, await this.events.headPosition());
    if (scannedTo >= this.head) {
      if (this.rebuilds.get(track.projection.name) === track) await this.switchOver(track);
      else if (track.state === 'CATCHING_UP') track.state = 'LIVE';
    }
    this.notify();
  }

  protected async applyPage(track: Track, page: EventPage): Promise<void> {
    if (page.events.length === 0) return this.passOver(track, page.scannedTo);
    if (track.kind === 'REACTION') return this.applyOneByOne(track, page);
    try {
      await this.commit(track, page.events, page.scannedTo);
    } catch (error) {
      if (error instanceof ServiceUnavailableError || error instanceof LeaseLostError) throw error;
      await this.applyOneByOne(track, page);
    }
  }

  /**
   * Applies events and moves the checkpoint atomically, in as few transactions as the budget allows: a
   * transaction stops taking events once it has written or run too much (at least one event each), and
   * its checkpoint is then the last event it applied. Each transaction first passes the lease's fence.
   */
  protected async commit(track: Track, events: readonly RecordedEvent[], position: number, parked?: FailedEvent): Promise<void> {
    const names = (logical: string) => this.physical(track, logical);
    const budget = this.options.transactionBudget ?? TRANSACTION_BUDGET;
    let rest = events;
    do {
      const { applied, to } = await this.docs.transaction(async (raw) => {
        await this.leases.fence(raw, track.projection.name);
        const tx = new BudgetedTransaction(raw, budget);
        if (parked) {
          await tx.put(DEAD_LETTERS, { _id: `${track.projection.name}:${parked.eventId}`, projection: track.projection.name, ...parked, parkedAt: new Date().toISOString() });
        }
        let count = 0;
        for (const event of rest) {
          if (count > 0 && tx.spent()) break;
          await track.projection.apply(this.registry.upcast(event), new ProjectionWriter(tx, names, event.position));
          count++;
        }
        const through = count === rest.length ? position : rest[count - 1].position;
        const checkpoint: Checkpoint = {
          _id: track.checkpointId,
          version: track.projection.version,
          generation: track.generation,
          position: through,
          updatedAt: new Date().toISOString(),
        };
        await tx.put(CHECKPOINTS, checkpoint);
        return { applied: count, to: through };
      });
      track.position = to;
      rest = rest.slice(applied);
      parked = undefined;
    } while (rest.length > 0);
  }

  /**
   * One event per transaction: for reactions always, for projections when a page failed as a whole
   * (to find and name the poison event).
   */
  protected async applyOneByOne(track: Track, page: EventPage): Promise<void> {
    for (const event of page.events) {
      if (event.position <= track.position) continue;
      try {
        await this.commit(track, [event], event.position);
      } catch (error) {
        if (error instanceof ServiceUnavailableError || error instanceof LeaseLostError) throw error;
        const failed: FailedEvent = {
          eventId: event.eventId,
          type: event.type,
          streamId: event.streamId,
          position: event.position,
          error: (error as Error).message,
        };
        if (this.options.onPoison === 'park') {
          this.logger.error(`Projection ${track.projection.name} parked event ${event.eventId} (${event.type}): ${failed.error}`);
          await this.commit(track, [], event.position, failed);
          continue;
        }
        this.logger.error(`Projection ${track.projection.name} stopped at event ${event.eventId} (${event.type} @${event.position}): ${failed.error}`);
        track.state = 'STOPPED';
        track.failedEvent = failed;
        track.controller.abort();
        this.notify();
        return;
      }
    }
    await this.passOver(track, page.scannedTo);
  }

  /**
   * The track scanned up to `scannedTo` without an event it handles. Every group commit wakes every
   * track, and most commits carry nothing for most tracks: persisting a checkpoint for each would cost
   * one read-model transaction per track per commit (70 tracks: 70 writes for one RecordViewed). A
   * sole instance only moves the position in memory (waitFor and status read it there); after a
   * restart the track rescans from its last stored checkpoint, and a filtered scan of events it does
   * not handle applies nothing. With several instances the followers read the stored checkpoint, so
   * it is written as before.
   */
  protected async passOver(track: Track, scannedTo: number): Promise<void> {
    if (scannedTo <= track.position) return;
    if (this.leases.sole) track.position = scannedTo;
    else await this.commit(track, [], scannedTo);
  }

  /** The rebuilt generation caught up: it becomes the served one, and the old one is dropped. */
  protected async switchOver(track: Track): Promise<void> {
    const { projection } = track;
    const old = this.main.get(projection.name)!;
    old.controller.abort();
    await old.done;
    await this.docs.transaction(async (tx) => {
      await this.leases.fence(tx, projection.name);
      await tx.delete(CHECKPOINTS, track.checkpointId, Number.MAX_SAFE_INTEGER);
      track.checkpointId = projection.name;
      await tx.put(CHECKPOINTS, {
        _id: projection.name,
        version: projection.version,
        generation: track.generation,
        position: track.position,
        updatedAt: new Date().toISOString(),
      } satisfies Checkpoint);
    });
    track.state = 'LIVE';
    this.main.set(projection.name, track);
    this.rebuilds.delete(projection.name);
    if (old.generation !== track.generation) await this.retire(projection, old.generation);
    this.logger.log(`Projection ${projection.name} switched to generation ${track.generation}`);
  }

  /**
   * Drops a generation no longer served. Other instances switch at their next checkpoint poll and
   * may read the old one until then, so with several instances it goes after a grace period.
   */
  protected async retire(projection: Projection, generation: number): Promise<void> {
    if (this.leases.sole) return this.dropGeneration(projection, generation);
    const graceMs = Math.max(2000, 10 * (this.options.followPollMs ?? 200));
    setTimeout(() => this.dropGeneration(projection, generation).catch((error: unknown) => this.logger.warn(`Generation ${generation} of ${projection.name} not dropped: ${(error as Error).message}`)), graceMs).unref();
  }

  protected async dropGeneration(projection: Projection, generation: number): Promise<void> {
    for (const { name } of projection.collections) await this.docs.dropCollection(physicalName(name, generation));
  }

  protected physical(track: Track, logical: string): string {
    if (this.owners.get(logical) !== track.projection.name) {
      throw new Error(`Projection ${track.projection.name} does not own collection ${logical}`);
    }
    return physicalName(logical, track.generation);
  }

  /** The physical collection currently serving `logical`. */
  servingCollection(logical: string): string {
    const owner = this.owners.get(logical);
    if (!owner) throw new Error(`No projection owns collection ${logical}`);
    const track = this.main.get(owner);
    return physicalName(logical, track?.generation ?? 1);
  }

  /**
   * Read-your-writes: resolves true once every named projection (all when empty) has applied the log
   * up to `position`, false on timeout or when one of them is stopped.
   */
  waitFor(position: number, names: readonly string[], timeoutMs: number): Promise<boolean> {
    const tracks = (names.length ? names : [...this.main.keys()]).map((name) => {
      const track = this.main.get(name);
      if (!track) throw new Error(`Unknown projection ${name}`);
      return track;
    });
    const check = () => (tracks.some((t) => t.state === 'STOPPED') ? false : tracks.every((t) => t.position >= position) ? true : undefined);
    const now = check();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise((resolve) => {
      const listener = () => {
        const result = check();
        if (result === undefined) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(result);
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        resolve(false);
      }, timeoutMs);
      this.listeners.add(listener);
    });
  }

  protected notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  async status(): Promise<ProjectionStatus[]> {
    const head = (this.head = Math.max(this.head, await this.events.headPosition()));
    const letters = this.docs.collection(DEAD_LETTERS);
    return Promise.all(
      [...this.main.values()].map(async (track) => {
        const rebuild = this.rebuilds.get(track.projection.name);
        return {
          name: track.projection.name,
          kind: track.kind,
          version: track.projection.version,
          generation: track.generation,
          state: track.state,
          position: track.position,
          headPosition: head,
          lag: Math.max(0, head - track.position),
          failedEvent: track.failedEvent,
          rebuild: rebuild ? { generation: rebuild.generation, position: rebuild.position } : undefined,
          deadLetters: await letters.count({ projection: track.projection.name }),
        };
      }),
    );
  }

}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
