import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { precomputedHeaders } from './precomputed-headers';

function run(middleware: ReturnType<typeof precomputedHeaders>, initial: Record<string, string> = {}) {
  const headers = new Map(Object.entries(initial).map(([k, v]) => [k.toLowerCase(), v]));
  const res = {
    setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
    getHeader: (name: string) => headers.get(name.toLowerCase()),
  } as unknown as ServerResponse;
  const req = { headers: {}, method: 'GET', url: '/' } as IncomingMessage;
  let nexted = 0;
  middleware(req, res, () => nexted++);
  return { headers: Object.fromEntries(headers), nexted };
}

describe('precomputedHeaders', () => {
  const options = { contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'self'"], frameAncestors: ["'none'"] } }, crossOriginEmbedderPolicy: false };

  it('sets exactly the headers helmet sets, and removes what it removes', () => {
    const original = helmet(options) as never;
    const fast = precomputedHeaders(original);
    expect(fast).not.toBe(original);
    const expected = run(original, { 'X-Powered-By': 'Express' });
    const actual = run(fast, { 'X-Powered-By': 'Express' });
    expect(actual).toEqual(expected);
    expect(actual.headers['content-security-policy']).toBe("default-src 'self';frame-ancestors 'none'");
    expect(actual.headers['x-powered-by']).toBeUndefined();
    expect(actual.nexted).toBe(1);
  });

  it('keeps a middleware that reads the request (a per-request value) as it is', () => {
    const perRequest = ((req: IncomingMessage, res: ServerResponse, next: () => void) => {
      res.setHeader('x-echo', String(req.url));
      next();
    }) as never;
    expect(precomputedHeaders(perRequest)).toBe(perRequest);
  });

  it('keeps a middleware that answers later, or fails, as it is', () => {
    const later = ((_req: unknown, _res: unknown, next: () => void) => setImmediate(next)) as never;
    const failing = ((_req: unknown, _res: unknown, next: (e?: unknown) => void) => next(new Error('no'))) as never;
    expect(precomputedHeaders(later)).toBe(later);
    expect(precomputedHeaders(failing)).toBe(failing);
  });
});
