import { Checkpoint, CHECKPOINTS } from './checkpoint';
import { physicalName, Projection } from './projection';
import { rebuildId, Track, TrackRunner } from './track-runner';

export type { RunnerOptions } from './track-runner';

/**
 * The one projection runner. For each projection it reads `$all` from the checkpoint in pages, applies
 * the events in order and writes the documents and the new checkpoint in one transaction, then follows
 * the live log (track-runner.ts). A poison event stops only its projection (or is parked). `rebuild`
 * fills a fresh generation of collections while the current one serves, and switches when it has
 * caught up. Reactions (process managers) run on the same loop, one event per transaction.
 *
 * Which instance runs what: each projection and reaction runs where its lease is held (lease.ts).
 * Embedded mode is one process and holds every lease; with several instances on MongoDB the others
 * follow the holder's checkpoints, so reads, `waitFor` and readiness work on every instance.
 */
export class ProjectionRunner extends TrackRunner {
  /** Projections (and reactions) whose lease this instance holds, i.e. whose tracks run here. */
  private readonly held = new Set<string>();
  /** Leases on background work (holdsSingleton), given up on stop like the tracks' leases. */
  private readonly singletons = new Set<string>();
  private followTimer?: NodeJS.Timeout;
  private nextRenewalAt = 0;
  private markStarted!: () => void;
  /** Resolves once `start` has loaded the checkpoints and launched every loop. */
  readonly started = new Promise<void>((resolve) => (this.markStarted = resolve));

  /** Loads checkpoints and starts every loop; resolves once all loops are running (not caught up). */
  async start(): Promise<void> {
    // No store call of its own: each loop learns the head inside its retry, so a store that is down
    // at boot delays the projections instead of failing the boot.
    for (const projection of this.projections.values()) {
      if ((await this.tryHold(projection.name)) === true) await this.runHere(projection);
      else await this.follow(projection);
    }
    if (!this.leases.sole) this.startFollowing();
    this.markStarted();
  }

  private async runHere(projection: Projection): Promise<void> {
    await this.startProjection(projection);
    this.held.add(projection.name);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.followTimer);
    const tracks = [...this.main.values(), ...this.rebuilds.values()];
    for (const track of tracks) track.controller.abort();
    await Promise.all(tracks.map((track) => track.done));
    // Given up at once: another instance takes the tracks over without waiting for the expiry.
    for (const name of [...this.held, ...this.singletons]) await this.leases.release(name).catch((error: unknown) => this.logger.warn(`Lease on ${name} not released: ${(error as Error).message}`));
    this.held.clear();
    this.singletons.clear();
  }

  /**
   * For background work that must run on one instance at a time (the deadline scheduler, the
   * notification sender): true when this instance holds (or just took) the lease on `name`. Call it
   * before every pass — a pass takes far less than the lease's lifetime, and each call renews it. A
   * store that does not answer means "not now".
   */
  async holdsSingleton(name: string): Promise<boolean> {
    const held = (await this.tryHold(`singleton:${name}`)) === true;
    if (held) this.singletons.add(`singleton:${name}`);
    return held;
  }

  /**
   * Takes or renews the lease. A store that does not answer says nothing (undefined): a running track
   * goes on until its fence fails at the expiry, a followed one stays followed.
   */
  private async tryHold(name: string): Promise<boolean | undefined> {
    try {
      return await this.leases.hold(name);
    } catch (error) {
      this.logger.warn(`Lease on ${name} not renewed or taken: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** Another instance runs `projection`: serve reads and waitFor from its checkpoint. */
  private async follow(projection: Projection): Promise<void> {
    const current = await this.docs
      .collection<Checkpoint>(CHECKPOINTS)
      .findById(projection.name)
      .catch(() => null);
    const track = this.track(projection, projection.name, current?.generation ?? 1, current?.position ?? 0);
    track.following = true;
    this.main.set(projection.name, track);
  }

  /** This instance lost the lease: its loops stop (after their current transaction) and it follows. */
  private async handOver(projection: Projection): Promise<void> {
    const { name } = projection;
    this.held.delete(name);
    const tracks = [this.main.get(name), this.rebuilds.get(name)].filter((t): t is Track => t !== undefined);
    for (const track of tracks) track.controller.abort();
    await Promise.all(tracks.map((track) => track.done));
    this.rebuilds.delete(name);
    if (!this.stopped) await this.follow(projection);
    this.notify();
  }

  /**
   * Several instances: every `followPollMs` this instance mirrors the checkpoints of the tracks it
   * follows (one query for all), and every `renewEveryMs` renews its leases, takes over the expired
   * ones and hands over the lost ones.
   */
  private startFollowing(): void {
    let busy = false;
    this.followTimer = setInterval(() => {
      if (busy || this.stopped) return;
      busy = true;
      this.followTick()
        .catch((error: unknown) => this.logger.warn(`Following checkpoints failed: ${(error as Error).message}`))
        .finally(() => (busy = false));
    }, this.options.followPollMs ?? 200);
    this.followTimer.unref();
  }

  private async followTick(): Promise<void> {
    if (Date.now() >= this.nextRenewalAt) {
      this.nextRenewalAt = Date.now() + this.leases.renewEveryMs;
      for (const projection of this.projections.values()) {
        const held = await this.tryHold(projection.name);
        if (this.stopped) return;
        if (held && !this.held.has(projection.name)) {
          this.logger.log(`Projection ${projection.name}: lease taken (${this.leases.holderId}); running it here`);
          await this.runHere(projection);
        } else if (held === false && this.held.has(projection.name)) {
          this.logger.warn(`Projection ${projection.name}: lease lost; following it from now on`);
          await this.handOver(projection);
        }
      }
    }
    await this.mirrorCheckpoints();
  }

  private async mirrorCheckpoints(): Promise<void> {
    const checkpoints = new Map((await this.docs.collection<Checkpoint>(CHECKPOINTS).find({})).map((c) => [c._id, c]));
    this.head = Math.max(this.head, await this.events.headPosition());
    for (const track of this.main.values()) {
      const { name } = track.projection;
      const current = checkpoints.get(name);
      if (track.following && current) {
        if (current.generation !== track.generation) {
          for (const collection of track.projection.collections) this.docs.define({ name: physicalName(collection.name, current.generation), schema: collection.schema });
          track.generation = current.generation;
        }
        track.position = Math.max(track.position, current.position);
        if (track.state === 'CATCHING_UP' && track.position >= this.head) track.state = 'LIVE';
      }
      // A rebuild requested on an instance that does not run the projection.
      const pending = checkpoints.get(rebuildId(name));
      if (!track.following && this.held.has(name) && pending && !this.rebuilds.has(name) && pending.generation > track.generation) {
        track.state = 'REBUILDING';
        this.startRebuild(track.projection, pending.generation, pending.position);
      }
    }
    this.notify();
  }

  /** On an instance that does not run the projection: the request is a checkpoint its holder picks up. */
  protected async requestRebuild(projection: Projection): Promise<{ generation: number }> {
    const checkpoints = this.docs.collection<Checkpoint>(CHECKPOINTS);
    const pending = await checkpoints.findById(rebuildId(projection.name));
    if (pending) return { generation: pending.generation };
    const generation = this.main.get(projection.name)!.generation + 1;
    await this.dropGeneration(projection, generation);
    const request: Checkpoint = { _id: rebuildId(projection.name), version: projection.version, generation, position: 0, updatedAt: new Date().toISOString() };
    await this.docs.transaction((tx) => tx.put(CHECKPOINTS, request));
    return { generation };
  }

  protected runsHere(name: string): boolean {
    return this.held.has(name);
  }

  protected onLeaseLost(projection: Projection): void {
    this.handOver(projection).catch((error: unknown) => this.logger.error(`Hand-over of ${projection.name} failed: ${(error as Error).message}`));
  }
}
