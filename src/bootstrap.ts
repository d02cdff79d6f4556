import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { AppConfig } from './config/config';
import { PassThroughFilter } from './infrastructure/graphql/pass-through.filter';
import { createValidationPipe } from './infrastructure/graphql/validation';
import { configureHttpSurface } from './infrastructure/http/http-surface';

/**
 * Builds the application (used by main.ts, the CLI and the e2e tests). Listening is the caller's
 * choice. Logs are structured JSON (pino) at LOG_LEVEL; `logger: false` silences them.
 */
export async function createApp(
  config: AppConfig,
  options: { logger?: LogLevel[] | false; logDestination?: DestinationStream } = {},
): Promise<INestApplication> {
  const silent = options.logger === false;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, { silentLogs: silent, logDestination: options.logDestination }), {
    bufferLogs: true,
    abortOnError: false,
    // Body parsing is configured by the HTTP surface, with its limit.
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  configureHttpSurface(app, config);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new PassThroughFilter());
  app.enableShutdownHooks();
  return app;
}
