import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store';
import { ProjectionRunner } from '../projections/projection-runner';
import { EventFeed } from '../subscriptions/event-feed';
import { Metrics } from './metrics';
import { MetricsController } from './metrics.controller';

/** Serves /metrics and registers the platform's scrape-time gauges; modules add their own through Metrics.gauge. */
@Module({ controllers: [MetricsController] })
export class MetricsModule implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly runner: ProjectionRunner,
    private readonly feed: EventFeed,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  onModuleInit(): void {
    const { metrics, runner, feed, events } = this;
    metrics.gauge('akuntabel_log_head_position', 'Position of the last event in the log.', [], async () => [{ value: await events.headPosition() }]);
    metrics.gauge('akuntabel_projection_lag_events', 'Events between the log head and a projection’s checkpoint.', ['projection', 'state'], async () =>
      (await runner.status()).map((s) => ({ labels: { projection: s.name, state: s.state }, value: s.lag })),
    );
    metrics.gauge('akuntabel_projection_position', 'A projection’s checkpoint; its rate is the projection’s throughput.', ['projection'], async () =>
      (await runner.status()).map((s) => ({ labels: { projection: s.name }, value: s.position })),
    );
    metrics.gauge('akuntabel_subscriptions_open', 'GraphQL subscriptions currently reading the log.', [], () => [{ value: feed.openSubscriptions }]);
    if (events instanceof SqliteEventStore) {
      events.onCommit(({ appends, events: count }) => {
        metrics.groupCommitSize.observe(appends);
        metrics.appendedEvents.inc(count);
      });
    }
  }
}
