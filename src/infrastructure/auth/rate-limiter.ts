import { Schema } from 'mongoose';
import { Doc, DocumentStore } from '../document-store/document-store.port';

/** Counts hits per key in fixed windows; `hit` answers the seconds to wait when over the limit, else 0. */
export interface RateLimiter {
  hit(key: string): Promise<number>;
}

/**
 * Fixed-window counter per key (client address + operation) in this process's memory: right for the
 * embedded stores, which belong to one process anyway.
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  async hit(key: string): Promise<number> {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      if (this.windows.size > 50_000) this.evict(now);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
    return window.count > this.limit ? Math.ceil((window.start + this.windowMs - now) / 1000) : 0;
  }

  private evict(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}

export const RATE_LIMIT_WINDOWS = '_rate_limit_windows';

interface Window extends Doc {
  readonly count: number;
  readonly _lastPosition?: number;
}

// MongoDB removes a window once it has expired (TTL index); the embedded store never holds these.
const windowSchema = new Schema({ _id: String, count: Number, expiresAt: { type: Date, expires: 0 } }, { versionKey: false });

/**
 * The same limit shared by every API instance on one MongoDB read store: one document per key and
 * window (windows aligned to the epoch, so all instances agree on them), incremented by a
 * compare-and-set on its version — an increment is never lost between instances.
 */
export class SharedRateLimiter implements RateLimiter {
  constructor(
    private readonly docs: DocumentStore,
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {
    docs.define({ name: RATE_LIMIT_WINDOWS, schema: windowSchema });
  }

  async hit(key: string): Promise<number> {
    const now = this.now();
    const start = Math.floor(now / this.windowMs) * this.windowMs;
    const id = `${key}|${start}`;
    const count = await this.docs.transaction(async (tx) => {
      for (;;) {
        await tx.upsert(RATE_LIMIT_WINDOWS, id, { $setOnInsert: { count: 0, expiresAt: new Date(start + 2 * this.windowMs) } }, 0);
        const window = (await tx.collection<Window>(RATE_LIMIT_WINDOWS).findById(id))!;
        const version = typeof window._lastPosition === 'number' ? window._lastPosition : 0;
        if ((await tx.updateMany(RATE_LIMIT_WINDOWS, { _id: id }, { $inc: { count: 1 } }, version + 1)) === 1) return window.count + 1;
      }
    });
    return count > this.limit ? Math.ceil((start + this.windowMs - now) / 1000) : 0;
  }
}

/** Where the API's rate limits count: shared through MongoDB when it is the read store, else in memory. */
export class RateLimits {
  constructor(private readonly shared?: DocumentStore) {}

  limiter(limit: number, windowMs = 60_000): RateLimiter {
    return this.shared ? new SharedRateLimiter(this.shared, limit, windowMs) : new MemoryRateLimiter(limit, windowMs);
  }
}
