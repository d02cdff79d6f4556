import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { APP_CONFIG, AppConfig } from '@config/config';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { DOCUMENT_STORE, DocumentStore } from '../document-store/document-store.port';
import { ShutdownState } from '../lifecycle/shutdown-state';
import { ProjectionRunner } from '../projections/projection-runner';

/**
 * What readiness looks at: both stores answer within the probe timeout, and every projection is
 * LIVE within the configured lag (a projection that is catching up, rebuilding its served generation
 * or stopped on a poison event makes the instance not ready — its reads would be stale or wrong).
 * Each result says why in the probe's body.
 */
@Injectable()
export class StoreHealth {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(DOCUMENT_STORE) private readonly docs: DocumentStore,
    private readonly runner: ProjectionRunner,
    private readonly shutdown: ShutdownState,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Draining for a shutdown: not ready, so the load balancer sends nothing new while requests finish. */
  serving(): HealthIndicatorResult {
    const check = this.indicators.check('shutdown');
    const since = this.shutdown.drainingSince;
    return since ? check.down({ reason: 'shutting down', since: since.toISOString() }) : check.up();
  }

  async eventStore(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('eventStore');
    try {
      const headPosition = await this.withinTimeout(this.events.headPosition());
      return check.up({ kind: this.config.eventStore.kind, headPosition });
    } catch (error) {
      return check.down({ kind: this.config.eventStore.kind, reason: (error as Error).message });
    }
  }

  async readStore(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('readStore');
    try {
      await this.withinTimeout(this.docs.listCollections());
      return check.up({ kind: this.config.readStore.kind });
    } catch (error) {
      return check.down({ kind: this.config.readStore.kind, reason: (error as Error).message });
    }
  }

  async projections(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('projections');
    const maxLag = this.config.healthMaxProjectionLag;
    try {
      const statuses = await this.withinTimeout(this.runner.status());
      const behind = statuses
        .filter((s) => s.state !== 'LIVE' || s.lag > maxLag)
        .map((s) => ({ name: s.name, state: s.state, lag: s.lag, ...(s.failedEvent ? { failedEvent: s.failedEvent.eventId } : {}) }));
      return behind.length === 0 ? check.up({ count: statuses.length, maxLag }) : check.down({ maxLag, notReady: behind });
    } catch (error) {
      return check.down({ reason: (error as Error).message });
    }
  }

  private withinTimeout<T>(work: Promise<T>): Promise<T> {
    const ms = this.config.healthTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }
}
