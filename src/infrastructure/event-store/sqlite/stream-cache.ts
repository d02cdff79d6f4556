import { RecordedEvent } from '@kernel/events';
import { deepFreeze } from '@kernel/deep-freeze';

/**
 * The recently read streams of the embedded store, whole and in revision order, so that a command
 * loading a stream it (or another command) loaded a moment ago does not read and parse every event
 * of it again. The store is the only writer it trusts: its own commits extend the cached streams
 * (`extend`), and anything another connection commits empties the cache (the store watches SQLite's
 * `data_version`). Bounded by the number of events held; the least recently read stream goes first.
 * The events are frozen: every reader receives the same objects.
 */
export class StreamCache {
  private readonly streams = new Map<string, readonly RecordedEvent[]>();
  private held = 0;

  constructor(
    /** Events held at most, over all streams (a stream not written yet counts as one). */
    private readonly capacity: number,
    /** A longer stream is not cached (it would push out many others). */
    private readonly longestStream: number,
  ) {}

  get size(): number {
    return this.held;
  }

  /** The whole stream as last committed, or undefined when it is not cached. */
  get(streamId: string): readonly RecordedEvent[] | undefined {
    const events = this.streams.get(streamId);
    if (events) {
      // Most recently used last: Map iteration order is insertion order.
      this.streams.delete(streamId);
      this.streams.set(streamId, events);
    }
    return events;
  }

  /** Keeps a whole stream (every event from revision 0, as just read; none for a stream not written yet). */
  put(streamId: string, events: readonly RecordedEvent[]): void {
    if (events.length > this.longestStream) return;
    if (events.some((event, i) => event.revision !== i)) return;
    this.remove(streamId);
    for (const event of events) deepFreeze(event);
    this.streams.set(streamId, events);
    this.held += weight(events);
    this.evict();
  }

  /**
   * Newly committed events, in log order: each one extends its stream when that stream is cached and
   * the event is its next revision; any other shape (a gap, a rewrite) drops the stream.
   */
  extend(events: readonly RecordedEvent[]): void {
    for (const event of events) {
      const cached = this.streams.get(event.streamId);
      if (!cached) continue;
      if (cached.length !== event.revision || cached.length >= this.longestStream) {
        this.remove(event.streamId);
        continue;
      }
      // A new array: a reader may still hold the previous one.
      const extended = [...cached, deepFreeze(event)];
      this.streams.set(event.streamId, extended);
      this.held += weight(extended) - weight(cached);
    }
    this.evict();
  }

  clear(): void {
    this.streams.clear();
    this.held = 0;
  }

  private remove(streamId: string): void {
    const cached = this.streams.get(streamId);
    if (!cached) return;
    this.streams.delete(streamId);
    this.held -= weight(cached);
  }

  private evict(): void {
    for (const [streamId] of this.streams) {
      if (this.held <= this.capacity) return;
      this.remove(streamId);
    }
  }
}

/** What a cached stream counts against the capacity: its events, and at least one (an empty stream is an entry too). */
const weight = (events: readonly RecordedEvent[]): number => Math.max(1, events.length);
