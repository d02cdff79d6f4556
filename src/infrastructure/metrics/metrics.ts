import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** A source of gauges read at scrape time (projection lag, deadlines, open subscriptions…). */
export type GaugeSource = () => Promise<readonly { labels?: Record<string, string>; value: number }[]> | readonly { labels?: Record<string, string>; value: number }[];

/**
 * The process's Prometheus metrics, in one registry per application (tests start several apps in one
 * process). Instruments record what happens (operations, appends, refusals); gauges registered with
 * `gauge()` are computed when scraped, so nothing polls in the background. Label values are bounded
 * by the schema and the code, never taken from free client input.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly graphqlOperations = new Counter({
    name: 'akuntabel_graphql_operations_total',
    help: 'GraphQL operations by root field, operation type and outcome (ok or the error code).',
    labelNames: ['field', 'type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'akuntabel_graphql_operation_duration_seconds',
    help: 'GraphQL operation latency from request to response.',
    labelNames: ['field', 'type', 'outcome'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly appendedEvents = new Counter({
    name: 'akuntabel_events_appended_total',
    help: 'Events appended to the log (committed).',
    registers: [this.registry],
  });

  readonly groupCommitSize = new Histogram({
    name: 'akuntabel_group_commit_appends',
    help: 'Appends written together in one embedded-store commit (group commit).',
    buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
    registers: [this.registry],
  });

  readonly rateLimited = new Counter({
    name: 'akuntabel_rate_limit_refusals_total',
    help: 'Requests refused by a rate limit, by limit.',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'akuntabel_process_' });
  }

  /** Registers a gauge whose values are computed at scrape time. */
  gauge(name: string, help: string, labelNames: readonly string[], source: GaugeSource): void {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const { labels, value } of await source()) (labels ? this.set(labels, value) : this.set(value));
      },
    });
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}
