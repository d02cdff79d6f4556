import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** What every log line and every command of one HTTP request share. */
export interface RequestContext {
  readonly requestId: string;
  readonly method: string;
  /** The path, without the query string (which may carry values not meant for logs). */
  readonly path: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** A caller's X-Request-Id is kept when it is a plain token (a proxy's or gateway's id); anything else is replaced. */
const SAFE_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/**
 * Gives each request an id (X-Request-Id in and out) and keeps it in async context: the request's
 * log lines carry it, and the commands it causes take it as their correlationId, so an auditor can
 * go from a log line to the events and back.
 */
export function requestContextMiddleware(request: Request, response: Response, next: NextFunction): void {
  const given = request.headers['x-request-id'];
  const requestId = typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
  (request as Request & { id: string }).id = requestId;
  response.setHeader('x-request-id', requestId);
  storage.run({ requestId, method: request.method, path: (request.originalUrl ?? request.url).split('?')[0] }, next);
}

/** The current request's id, if the caller runs inside one. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** The current request, if the caller runs inside one. */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}
