import type { IncomingMessage, ServerResponse } from 'node:http';

type HeaderMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** What a header-only middleware did to a response: headers set, headers removed. */
interface HeaderEffect {
  readonly set: ReadonlyArray<readonly [string, string | number | readonly string[]]>;
  readonly removed: readonly string[];
}

/**
 * Runs a middleware that only sets and removes response headers (helmet, configured without
 * per-request values such as CSP nonces) once against a recording response, and answers a
 * middleware that replays the same effect: the same headers as running it, at the cost of one
 * loop instead of a dozen chained middlewares per request. When the middleware does anything
 * else — reads the request, answers asynchronously, fails, or touches the response otherwise —
 * it is returned unchanged.
 */
export function precomputedHeaders(middleware: HeaderMiddleware): HeaderMiddleware {
  const effect = recordEffect(middleware);
  if (!effect) return middleware;
  const { set, removed } = effect;
  return function precomputedHeadersMiddleware(_req, res, next) {
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}

function recordEffect(middleware: HeaderMiddleware): HeaderEffect | undefined {
  const set: [string, string | number | readonly string[]][] = [];
  const removed: string[] = [];
  const seen: { touchedOtherwise: boolean; outcome: 'pending' | 'next' | 'failed' } = { touchedOtherwise: false, outcome: 'pending' };
  const request = new Proxy({} as IncomingMessage, {
    get: () => {
      seen.touchedOtherwise = true;
      return undefined;
    },
  });
  const response = new Proxy({} as ServerResponse, {
    get: (_target, property) => {
      if (property === 'setHeader') return (name: string, value: string | number | readonly string[]) => void set.push([name, value]);
      if (property === 'removeHeader') return (name: string) => void removed.push(name);
      seen.touchedOtherwise = true;
      return undefined;
    },
  });
  try {
    middleware(request, response, (error) => {
      seen.outcome = error === undefined ? 'next' : 'failed';
    });
  } catch {
    return undefined;
  }
  return seen.outcome === 'next' && !seen.touchedOtherwise ? { set, removed } : undefined;
}
