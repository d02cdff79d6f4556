import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import pino, { DestinationStream, Level, Logger as Pino } from 'pino';
import { AppConfig } from '@config/config';
import { Actor } from '@kernel/events';
import { currentRequest } from './request-context';

const LEVELS: Record<AppConfig['logLevel'], string> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug' };

type LoggedRequest = IncomingMessage & { id?: string; actor?: Actor; originalUrl?: string };

/** Probes and scrapes are not worth a line each. */
const UNLOGGED = /^\/(health|metrics)\b/;

/**
 * Structured JSON logs (pino): one line per request with its id, the actor's id (never a token or
 * personal data: headers are not logged), status and time; refused requests (4xx) at `warn`, server
 * errors at `error`. Application log lines within a request carry the same `req` (id, method, path),
 * from the request context.
 *
 * One logger serves both. The request line is written by `requestLogMiddleware`, which costs one
 * listener when the line's level is enabled and nothing else: no per-request child logger and no
 * second async context (pino-http's middleware would add both to every request, logged or not).
 */
export function createAppLogger(config: AppConfig, silent = false, destination?: DestinationStream): Pino {
  const options = {
    level: silent ? 'silent' : LEVELS[config.logLevel],
    mixin: () => {
      const request = currentRequest();
      return request ? { req: { id: request.requestId, method: request.method, url: request.path } } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The app's pino logger, for middleware outside Nest's DI (bootstrap). */
export const APP_LOGGER = Symbol('APP_LOGGER');

export function loggingModule(logger: Pino) {
  // nestjs-pino gives Nest's LoggerService over this logger; its per-request middleware is not mounted.
  return LoggerModule.forRoot({ pinoHttp: { logger }, forRoutes: [] });
}

function levelOf(response: ServerResponse, aborted: boolean): Level {
  return aborted || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info';
}

/** Express middleware writing the request line when the response finished (or the client went away). */
export function requestLogMiddleware(logger: Pino) {
  return function requestLog(request: IncomingMessage, response: ServerResponse, next: () => void): void {
    const url = ((request as LoggedRequest).originalUrl ?? request.url ?? '').split('?')[0];
    // `error` is the highest level a request line takes: below it (silent), there is nothing to write.
    if (UNLOGGED.test(url) || !logger.isLevelEnabled('error')) return next();
    const started = performance.now();
    const done = () => {
      response.off('finish', finished);
      response.off('close', closed);
    };
    const write = (aborted: boolean) => {
      done();
      const level = levelOf(response, aborted);
      if (!logger.isLevelEnabled(level)) return;
      const { id, actor, method } = request as LoggedRequest;
      logger[level](
        {
          req: { id: id ?? 'unknown', method, url },
          res: { statusCode: response.statusCode },
          responseTime: Math.round(performance.now() - started),
          ...(actor ? { actorId: actor.id } : {}),
        },
        aborted ? 'request aborted' : 'request completed',
      );
    };
    const finished = () => write(false);
    const closed = () => write(!response.writableFinished);
    response.once('finish', finished);
    response.once('close', closed);
    next();
  };
}
