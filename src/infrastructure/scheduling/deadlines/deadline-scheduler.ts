import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { setTimeout as wait } from 'node:timers/promises';
import { APP_CONFIG, AppConfig } from '@config/config';
import { ServiceUnavailableError } from '@kernel/errors';
import { ProjectionRunner } from '../../projections/projection-runner';
import { Deadlines } from './deadlines';

const BATCH = 100;

/**
 * The polling loop that fires due deadlines: every DEADLINE_POLL_INTERVAL_MS it asks the read model
 * for pending deadlines due by the Clock's now and fires each (an idempotent command). It holds no
 * timers per deadline, so nothing is lost on a restart: the first poll after boot fires what came
 * due meanwhile. `tick` runs one poll now (tests move a FixedClock, then tick).
 */
@Injectable()
export class DeadlineScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DeadlineScheduler.name);
  private readonly controller = new AbortController();
  private queue: Promise<unknown> = Promise.resolve();
  private loop?: Promise<void>;

  constructor(
    private readonly deadlines: Deadlines,
    private readonly runner: ProjectionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.loop = this.run();
  }

  async onModuleDestroy(): Promise<void> {
    this.controller.abort();
    await this.loop;
    await this.queue;
  }

  /** Fires every deadline due now; resolves to how many fired. Polls never overlap. */
  tick(): Promise<number> {
    const poll = this.queue.then(() => this.fireDue());
    this.queue = poll.catch(() => undefined);
    return poll;
  }

  private async run(): Promise<void> {
    // The read model it polls is served by the runner: the first poll waits until the runner runs.
    await Promise.race([this.runner.started, new Promise((resolve) => this.controller.signal.addEventListener('abort', resolve, { once: true }))]);
    while (!this.controller.signal.aborted) {
      await this.tick().catch((error) => this.logger.warn(`Deadline poll failed: ${(error as Error).message}`));
      // Node's timer removes its abort listener when it fires (a hand-made one added a listener per poll).
      await wait(this.config.deadlinePollIntervalMs, undefined, { signal: this.controller.signal }).catch(() => undefined);
    }
  }

  /** Fires due deadlines batch by batch; after each batch it waits until the read model shows the fires. */
  private async fireDue(): Promise<number> {
    // With several API instances, one fires (firing is idempotent anyway; this saves the races).
    if (!(await this.runner.holdsSingleton('deadline-scheduler'))) return 0;
    let fired = 0;
    for (;;) {
      const batch = await this.deadlines.due(BATCH);
      let position = 0;
      for (const { _id } of batch) {
        if (this.controller.signal.aborted) return fired;
        try {
          const result = await this.deadlines.fire(_id);
          if (result.eventTypes.length > 0) fired++;
          position = Math.max(position, result.position);
        } catch (error) {
          if (error instanceof ServiceUnavailableError) throw error;
          this.logger.error(`Deadline ${_id} could not be fired: ${(error as Error).message}`);
        }
      }
      if (position === 0 || !(await this.deadlines.settled(position)) || batch.length < BATCH) return fired;
    }
  }
}
