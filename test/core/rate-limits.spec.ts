import { EmbeddedDocumentStore } from '@infrastructure/document-store/embedded/embedded-document-store';
import { MemoryRateLimiter, SharedRateLimiter } from '@infrastructure/auth/rate-limiter';

describe('rate limits', () => {
  it('in memory: a fixed window per key', async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter(2, 60_000, () => now);
    expect([await limiter.hit('a'), await limiter.hit('a'), await limiter.hit('a'), await limiter.hit('b')]).toEqual([0, 0, 60, 0]);
    now = 60_000;
    expect(await limiter.hit('a')).toBe(0);
  });

  it('shared through the read store: two instances count against one limit, and no concurrent hit is lost', async () => {
    const docs = new EmbeddedDocumentStore();
    let now = 30_000;
    const a = new SharedRateLimiter(docs, 5, 60_000, () => now);
    const b = new SharedRateLimiter(docs, 5, 60_000, () => now);
    const waits = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).hit('10.0.0.7|Portal.search')));
    expect(waits.filter((w) => w === 0)).toHaveLength(5);
    expect(waits.filter((w) => w > 0)).toEqual([30, 30, 30]);
    expect(await a.hit('10.0.0.8|Portal.search')).toBe(0); // another key
    now = 60_000; // the next window (aligned to the epoch, the same on every instance)
    expect(await b.hit('10.0.0.7|Portal.search')).toBe(0);
    await docs.close();
  });
});
