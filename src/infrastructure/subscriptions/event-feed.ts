import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@config/config';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { BadUserInputError, ServiceUnavailableError } from '@kernel/errors';
import { eventRegistry } from '@kernel/event-registry';
import { Actor, Position, RecordedEvent } from '@kernel/events';
import { EventScopes } from './event-scopes';

export interface FeedRequest {
  /** Deliver only events strictly after this position (0 = from the start of the log). */
  readonly after: Position;
  /** Only these event types; all when absent. */
  readonly types?: readonly string[];
  /** The reader roles whose grants decide visibility (e.g. AUDITOR, INTEGRATOR). */
  readonly roles: readonly string[];
}

/**
 * Live subscriptions, fed from the committed log only: each subscriber reads the store's catch-up
 * subscription from its own position (so a reconnecting client that passes its last position misses
 * nothing and sees nothing twice), and every event is checked against the subscriber's scope before
 * it leaves. Nothing is published before commit, because nothing is published at all: the log is
 * the feed.
 */
@Injectable()
export class EventFeed {
  private open = 0;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly scopes: EventScopes,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get openSubscriptions(): number {
    return this.open;
  }

  /** Checks the request and reserves a slot; the returned iterable releases it when it ends. */
  subscribe(actor: Actor, request: FeedRequest): AsyncIterableIterator<RecordedEvent> {
    const unknown = (request.types ?? []).filter((type) => !eventRegistry.has(type));
    if (unknown.length) throw new BadUserInputError(`Jenis event tidak dikenal: ${unknown.join(', ')}`, { field: 'types', unknown });
    if (!Number.isSafeInteger(request.after) || request.after < 0) {
      throw new BadUserInputError('after harus posisi log (bilangan bulat ≥ 0)', { field: 'after' });
    }
    if (this.open >= this.config.subscriptionsMax) {
      throw new ServiceUnavailableError(`Batas ${this.config.subscriptionsMax} langganan aktif tercapai; coba lagi nanti`, { reason: 'TOO_MANY_SUBSCRIPTIONS' });
    }
    const abort = new AbortController();
    const events = this.deliver(actor, request, abort.signal);
    // An async generator queues return() behind a pending next(), which waits for the next commit:
    // unsubscribing must abort the log read at once instead.
    const iterator: AsyncIterableIterator<RecordedEvent> = {
      [Symbol.asyncIterator]: () => iterator,
      next: () => events.next(),
      return: async () => {
        abort.abort();
        return events.return(undefined);
      },
    };
    return iterator;
  }

  private async *deliver(actor: Actor, request: FeedRequest, signal: AbortSignal): AsyncGenerator<RecordedEvent> {
    // Counted inside the generator: a subscription returned before its first read never ran, and holds no slot.
    this.open++;
    try {
      const types = request.types?.length ? request.types : undefined;
      for await (const page of this.store.subscribeToAll({ after: request.after, types, pageSize: 200, signal })) {
        for (const event of page.events) {
          if (signal.aborted) return;
          if (await this.scopes.visibleTo(actor, request.roles, event)) yield event;
        }
      }
    } finally {
      this.open--;
    }
  }
}
