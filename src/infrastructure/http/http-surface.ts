import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { AppConfig } from '@config/config';
import { APP_LOGGER, requestLogMiddleware } from '../logging/logging.module';
import { requestContextMiddleware } from '../logging/request-context';
import { precomputedHeaders } from './precomputed-headers';

/**
 * The HTTP edge every route shares: a request id first (logs and command correlation), the request's
 * log line, security headers with a Content-Security-Policy that allows no inline script (pages load
 * their scripts from their own files), CORS closed unless CORS_ORIGINS lists origins, and a JSON body
 * limit (uploads stream through their own endpoint and limit).
 */
export function configureHttpSurface(app: INestApplication, config: AppConfig): void {
  const express = app as NestExpressApplication;
  express.use(requestContextMiddleware);
  express.use(requestLogMiddleware(app.get(APP_LOGGER)));
  // The headers are the same for every request: helmet runs once, its effect is replayed.
  express.use(
    precomputedHeaders(
      helmet({
        contentSecurityPolicy: {
          useDefaults: false,
          directives: {
            defaultSrc: ["'self'"],
            scriptSrc: ["'self'"],
            // GraphiQL's editor sets style attributes at run time; no script is ever inline.
            styleSrc: ["'self'", "'unsafe-inline'"],
            imgSrc: ["'self'", 'data:'],
            fontSrc: ["'self'", 'data:'],
            connectSrc: ["'self'"],
            objectSrc: ["'none'"],
            baseUri: ["'self'"],
            formAction: ["'self'"],
            frameAncestors: ["'none'"],
          },
        },
        crossOriginEmbedderPolicy: false,
      }),
    ),
  );
  if (config.http.corsOrigins.length) {
    express.enableCors({ origin: [...config.http.corsOrigins], methods: ['GET', 'POST'], allowedHeaders: ['content-type', 'authorization', 'x-request-id'], credentials: false, maxAge: 600 });
  }
  express.useBodyParser('json', { limit: config.http.jsonBodyLimitBytes });
}
