import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { AppConfig } from '@config/config';
import { Actor } from '@kernel/events';

const LEVELS: Record<AppConfig['logLevel'], string> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug' };

type LoggedRequest = IncomingMessage & { id?: string; actor?: Actor };

/**
 * Structured JSON logs (pino): one line per request with its id, the actor's id (never a token or
 * personal data: headers are not logged), status and time; refused requests (4xx) at `warn`, server
 * errors at `error`. Application log lines within a request carry the same request id.
 */
export function loggingModule(config: AppConfig, silent = false, destination?: DestinationStream) {
  const options: Options = {
    level: silent ? 'silent' : LEVELS[config.logLevel],
    genReqId: (request: IncomingMessage) => (request as LoggedRequest).id ?? 'unknown',
    customProps: (request: IncomingMessage) => {
      const actor = (request as LoggedRequest).actor;
      return actor ? { actorId: actor.id } : {};
    },
    customLogLevel: (_request: IncomingMessage, response: ServerResponse, error?: Error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
    serializers: {
      req: (request: { id: string; method: string; url: string }) => ({ id: request.id, method: request.method, url: request.url.split('?')[0] }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    // GraphQL answers errors with 200: the per-request line still shows the outcome through the
    // error mapper's own line; probes and scrapes are not worth a line each.
    autoLogging: { ignore: (request: IncomingMessage) => /^\/(health|metrics)\b/.test(request.url ?? '') },
  };
  return LoggerModule.forRoot({ pinoHttp: destination ? [options, destination] : options });
}
