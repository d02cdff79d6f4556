import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { AppConfig } from './config/config';
import { GRAPHIQL_ASSETS_PATH, graphiqlAssets } from './infrastructure/graphql/graphiql/graphiql-assets';
import { PassThroughFilter } from './infrastructure/graphql/pass-through.filter';
import { createValidationPipe } from './infrastructure/graphql/validation';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug'];

/** Builds the application (used by main.ts, the CLI and the e2e tests). Listening is the caller's choice. */
export async function createApp(config: AppConfig, options: { logger?: LogLevel[] | false } = {}): Promise<INestApplication> {
  const logger = options.logger ?? LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1);
  const app = await NestFactory.create(AppModule.forRoot(config), { logger, abortOnError: false });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new PassThroughFilter());
  app.use(GRAPHIQL_ASSETS_PATH, graphiqlAssets);
  app.enableShutdownHooks();
  return app;
}
