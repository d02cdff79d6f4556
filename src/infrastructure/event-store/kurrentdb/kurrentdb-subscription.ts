import { AllStreamResolvedEvent, AllStreamSubscription } from '@kurrent/kurrentdb-client';
import { Position, RecordedEvent } from '@kernel/events';
import { ServiceUnavailableError } from '@kernel/errors';
import { EventPage } from '@kernel/event-store.port';
import { mapKurrentError } from './kurrentdb-errors';

/**
 * Paging over a KurrentDB `$all` catch-up subscription, and how a filtered one reports progress.
 *
 * A filtered subscription delivers only matching events, so its last event says nothing about how far
 * the log was scanned. The client passes the server's checkpoints only to the filter's
 * `checkpointReached(subscription, position)` callback (dist/streams/utils/Subscription.js), and their
 * position is the reader's next position, not necessarily an event boundary (prepare 0, EventStore
 * issue #3989) — and KurrentDB refuses to read from a position that is not one. So checkpoints,
 * 'caughtUp', appends made through this adapter and a short idle period are used only as HINTS that
 * the log moved: when the subscription is quiet, a probe reads the head H (a real event position),
 * then looks for one matching event after the current position. None found → nothing matching lies
 * in (after, H], and the page { events: [], scannedTo: H } is yielded. Found → the subscription will
 * deliver it; the probe never yields what it found.
 */

/**
 * At most one probe per subscription in this interval: a burst of appends (each one a hint) costs two
 * reads per projection, not two per append; read-your-writes waits at most this much longer.
 */
export const MIN_PROBE_INTERVAL_MS = 50;

/** Resolves the head when nothing of the subscription's types lies between `after` and it, else undefined. */
export type ProgressProbe = (after: Position) => Promise<Position | undefined>;

export interface PagingOptions {
  readonly after: Position;
  readonly pageSize: number;
  readonly types: readonly string[] | undefined;
  readonly stop: AbortSignal;
  readonly toRecordedEvent: (resolved: AllStreamResolvedEvent) => RecordedEvent;
  readonly isWanted: (resolved: AllStreamResolvedEvent, after: Position) => boolean;
  /** Only for filtered subscriptions; an unfiltered one's last event is its progress. */
  readonly probe?: ProgressProbe;
  /** Without any hint for this long (ten times longer before 'caughtUp'), probe anyway: writes by other processes send none at once. */
  readonly idleMs: number;
}

/**
 * The hints of progress a filtered subscription gets, created before the subscription so its filter
 * can carry one. Until 'caughtUp' the server is still reading the backlog: a probe would re-scan the
 * gap it is scanning, so checkpoints and local appends count only once the subscription is live, and
 * idle probes run ten times less often (servers that never send 'caughtUp' still progress).
 */
export class ProgressHints {
  hinted = false;
  live = false;
  private wake?: () => void;

  /** A checkpoint or a local append: the log moved. Safe as the client's checkpointReached callback (never throws). */
  readonly hint = (): void => {
    if (this.live) this.raise();
  };

  /** 'caughtUp': the subscription went live. */
  readonly caughtUp = (): void => {
    this.live = true;
    this.raise();
  };

  /** The idle timer: probe whatever the phase. */
  readonly idle = (): void => this.raise();

  onWake(wake: (() => void) | undefined): void {
    this.wake = wake;
  }

  private raise(): void {
    this.hinted = true;
    this.wake?.();
  }
}

/** Before 'caughtUp', idle probes run this many times less often. */
const CATCH_UP_IDLE_FACTOR = 10;

export async function* pageSubscription(
  subscription: AllStreamSubscription,
  hints: ProgressHints,
  options: PagingOptions,
): AsyncGenerator<EventPage> {
  const { pageSize, types, stop, probe } = options;
  let after = options.after;
  let lastProbe = -Infinity;
  const state = watch(subscription, hints);
  try {
    while (!stop.aborted) {
      const events = drain(subscription, pageSize, after, options);
      if (events.length) {
        after = events[events.length - 1].position;
        yield { events, scannedTo: after };
        continue;
      }
      if (state.failure !== undefined) throw mapKurrentError(state.failure);
      if (state.ended) {
        if (stop.aborted) return;
        throw new ServiceUnavailableError('Event store unavailable: the $all subscription was ended by the server');
      }
      if (probe && hints.hinted) {
        const wait = lastProbe + MIN_PROBE_INTERVAL_MS - Date.now();
        if (wait > 0) {
          await state.next(stop, wait); // its timer raises the hint again
          continue;
        }
        hints.hinted = false;
        lastProbe = Date.now();
        const head = await probe(after);
        if (head !== undefined && head > after) {
          after = head;
          yield { events: [], scannedTo: head };
        }
        continue; // events may have arrived during the probe
      }
      await state.next(stop, probe ? options.idleMs * (hints.live ? 1 : CATCH_UP_IDLE_FACTOR) : undefined);
    }
  } finally {
    state.dispose();
    await subscription.unsubscribe().catch(() => undefined);
  }
}

/** Takes what the subscription has already buffered, without waiting, as one page. */
function drain(subscription: AllStreamSubscription, pageSize: number, after: Position, options: PagingOptions): RecordedEvent[] {
  const events: RecordedEvent[] = [];
  while (events.length < pageSize) {
    const resolved: AllStreamResolvedEvent | null = subscription.read();
    if (resolved === null) break;
    if (options.isWanted(resolved, after)) events.push(options.toRecordedEvent(resolved));
  }
  return events;
}

interface SubscriptionState {
  failure?: unknown;
  ended: boolean;
  /** Resolves when data, an error, the end, a hint or the abort arrives, or after `idleMs` (a hint too). */
  next(signal: AbortSignal, idleMs?: number): Promise<void>;
  dispose(): void;
}

/**
 * Tracks a subscription stream in paused mode. The error listener is attached for the stream's whole
 * life: an 'error' with no listener would crash the process. 'caughtUp' (the subscription went live)
 * is a progress hint and switches the hints to live.
 */
function watch(subscription: AllStreamSubscription, hints: ProgressHints): SubscriptionState {
  let wake: (() => void) | undefined;
  const notify = () => wake?.();
  hints.onWake(notify);
  const state: SubscriptionState = {
    ended: false,
    next(signal, idleMs) {
      return new Promise<void>((resolve) => {
        const timer = idleMs === undefined ? undefined : setTimeout(hints.idle, idleMs).unref();
        const done = () => {
          wake = undefined;
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          resolve();
        };
        wake = done;
        signal.addEventListener('abort', done, { once: true });
      });
    },
    dispose() {
      hints.onWake(undefined);
      subscription.removeListener('readable', notify);
      subscription.removeListener('caughtUp', hints.caughtUp);
      subscription.removeListener('end', onEnd);
      subscription.removeListener('close', onEnd);
      // A no-op listener stays so a late error from the cancelled call cannot go unhandled.
      subscription.removeListener('error', onError);
      subscription.on('error', () => undefined);
      notify();
    },
  };
  const onEnd = () => {
    state.ended = true;
    notify();
  };
  const onError = (error: Error) => {
    state.failure ??= error;
    notify();
  };
  subscription.on('readable', notify);
  subscription.on('caughtUp', hints.caughtUp);
  subscription.on('end', onEnd);
  subscription.on('close', onEnd);
  subscription.on('error', onError);
  return state;
}
