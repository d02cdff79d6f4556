import { DynamicModule, Global, Inject, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '@config/config';
import { Clock } from '@kernel/clock';
import { CommandContextFactory, CORRELATION_SOURCE } from '@kernel/command-context';
import { CLAIM_RECONCILIATION, ClaimReconciler } from '@kernel/claims/claim-reconciler';
import { COMMAND_RETRY_LIMIT, CommandExecutor } from '@kernel/command-handling';
import { eventRegistry } from '@kernel/event-registry';
import { IdGenerator } from '@kernel/ids';
import { AuthGuard } from './auth/auth.guard';
import { JwtVerifier } from './auth/jwt';
import { RateLimits } from './auth/rate-limiter';
import { DOCUMENT_STORE, DocumentStore } from './document-store/document-store.port';
import { EmbeddedDocumentStore } from './document-store/embedded/embedded-document-store';
import { MongoDocumentStore } from './document-store/mongo/mongo-document-store';
import { CheckpointSigner } from './event-store/checkpoint';
import { Checkpointer } from './event-store/checkpointer';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { openEventStore } from './event-store/open-event-store';
import { Paginator } from './graphql/connection';
import { DocumentStoreLeases, SoleInstanceLeases } from './projections/lease';
import { ProjectionRunner } from './projections/projection-runner';
import { ReadModels } from './projections/read-models';
import { ShutdownState } from './lifecycle/shutdown-state';
import { currentRequestId } from './logging/request-context';
import { Metrics } from './metrics/metrics';
import { EventFeed } from './subscriptions/event-feed';
import { EventScopes } from './subscriptions/event-scopes';

/** Picks the read store from configuration: nothing outside infrastructure knows which mode runs. */
export async function openDocumentStore(config: AppConfig): Promise<DocumentStore> {
  return config.readStore.kind === 'embedded' ? new EmbeddedDocumentStore(config.readStore.file) : MongoDocumentStore.connect(config.readStore.url);
}

/**
 * Embedded mode is one process (the pid lock), so it runs every projection; on MongoDB several
 * instances share the read store and each projection runs on the one holding its lease.
 */
export function createRunner(config: AppConfig, events: EventStore, docs: DocumentStore): ProjectionRunner {
  const { instanceId, leaseTtlMs, followPollMs } = config.instances;
  return new ProjectionRunner(events, docs, eventRegistry, {
    pageSize: config.projectionPageSize,
    onPoison: config.projectionOnPoison,
    leases: config.readStore.kind === 'mongodb' ? new DocumentStoreLeases(docs, { holderId: instanceId, ttlMs: leaseTtlMs }) : new SoleInstanceLeases(),
    followPollMs,
  });
}

export function createCheckpointer(config: AppConfig, events: EventStore, clock: Clock): Checkpointer {
  const { signingKey, everyEvents, everySeconds, witnessPath } = config.checkpoint;
  return new Checkpointer(events, clock, { signer: new CheckpointSigner(signingKey), everyEvents, everySeconds, witnessPath });
}

/**
 * Starts projections after every module registered its own, then the checkpointer; on shutdown
 * stops both (the checkpointer anchors the last writes) and closes the stores last.
 */
class InfrastructureLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Akuntabel');
  constructor(
    private readonly runner: ProjectionRunner,
    private readonly checkpointer: Checkpointer,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(DOCUMENT_STORE) private readonly docs: DocumentStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
    await this.checkpointer.start();
    this.logger.log(`Event store: ${this.config.eventStore.kind}; read store: ${this.config.readStore.kind}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    await this.checkpointer.stop();
    await this.events.close();
    await this.docs.close();
  }
}

/** Configuration, the two stores, the command path, projections and authentication, for every module. */
@Global()
@Module({})
export class InfrastructureModule {
  /** `clock`: a clock tests move (FixedClock); the wall clock otherwise. */
  static forRoot(config: AppConfig, clock: Clock = new Clock()): DynamicModule {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: EVENT_STORE, useFactory: () => openEventStore(config) },
        { provide: DOCUMENT_STORE, useFactory: () => openDocumentStore(config) },
        { provide: COMMAND_RETRY_LIMIT, useValue: config.commandRetryLimit },
        {
          provide: CLAIM_RECONCILIATION,
          useValue: { graceMs: config.claims.orphanGraceSeconds * 1000, intervalMs: config.claims.reconcileIntervalSeconds * 1000, maxAttempts: config.commandRetryLimit },
        },
        {
          provide: ProjectionRunner,
          inject: [EVENT_STORE, DOCUMENT_STORE],
          useFactory: (events: EventStore, docs: DocumentStore) => createRunner(config, events, docs),
        },
        {
          provide: Checkpointer,
          inject: [EVENT_STORE, Clock],
          useFactory: (events: EventStore, clock: Clock) => createCheckpointer(config, events, clock),
        },
        { provide: JwtVerifier, useFactory: () => new JwtVerifier(config.auth) },
        // Several instances share MongoDB: their rate limits count there too.
        { provide: RateLimits, inject: [DOCUMENT_STORE], useFactory: (docs: DocumentStore) => new RateLimits(config.readStore.kind === 'mongodb' ? docs : undefined) },
        { provide: CORRELATION_SOURCE, useValue: currentRequestId },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: Clock, useValue: clock },
        IdGenerator,
        CommandContextFactory,
        CommandExecutor,
        ClaimReconciler,
        ReadModels,
        EventScopes,
        EventFeed,
        Metrics,
        Paginator,
        ShutdownState,
        InfrastructureLifecycle,
      ],
      exports: [APP_CONFIG, EVENT_STORE, DOCUMENT_STORE, ProjectionRunner, Clock, IdGenerator, CommandContextFactory, CommandExecutor, ClaimReconciler, ReadModels, Paginator, JwtVerifier, EventScopes, EventFeed, Metrics, ShutdownState, RateLimits],
    };
  }
}
