import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule, AppOverrides } from './app.module';
import { AppConfig } from '@config/config';
import { GRAPHIQL_ASSETS_PATH, graphiqlAssets } from '@infrastructure/graphql/graphiql/graphiql-assets';
import { PassThroughFilter } from '@infrastructure/graphql/pass-through.filter';
import { createValidationPipe } from '@infrastructure/graphql/validation';
import { configureHttpSurface } from '@infrastructure/http/http-surface';
import { ShutdownState } from '@infrastructure/lifecycle/shutdown-state';
import { Clock } from '@kernel/clock';

/**
 * Builds the application (used by main.ts, the CLI and the e2e tests). Listening is the caller's
 * choice. Logs are structured JSON (pino) at LOG_LEVEL; `logger: false` silences them. Signals are
 * the caller's too: main.ts installs the graceful shutdown (lifecycle/graceful-shutdown.ts).
 */
export async function createApp(config: AppConfig, options: { logger?: LogLevel[] | false } & AppOverrides = {}): Promise<INestApplication> {
  const { logger, ...overrides } = options;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, { ...overrides, silentLogs: logger === false || overrides.silentLogs }), {
    bufferLogs: true,
    abortOnError: false,
    // Body parsing is configured by the HTTP surface, with its limit.
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  // First: a request counts as running (graceful shutdown waits for it) before anything else sees it.
  app.use(app.get(ShutdownState).track);
  configureHttpSurface(app, config);
  app.useGlobalPipes(createValidationPipe(app.get(Clock)));
  app.useGlobalFilters(new PassThroughFilter());
  app.use(GRAPHIQL_ASSETS_PATH, graphiqlAssets);
  return app;
}
