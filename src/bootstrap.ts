import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule, AppOverrides } from './app.module';
import { AppConfig } from './config/config';
import { PassThroughFilter } from './infrastructure/graphql/pass-through.filter';
import { createValidationPipe } from './infrastructure/graphql/validation';
import { Clock } from './kernel/clock';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug'];

/** Builds the application (used by main.ts, the CLI and the e2e tests). Listening is the caller's choice. */
export async function createApp(config: AppConfig, options: { logger?: LogLevel[] | false } & AppOverrides = {}): Promise<INestApplication> {
  const logger = options.logger ?? LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1);
  const app = await NestFactory.create(AppModule.forRoot(config, options), { logger, abortOnError: false });
  app.useGlobalPipes(createValidationPipe(app.get(Clock)));
  app.useGlobalFilters(new PassThroughFilter());
  app.enableShutdownHooks();
  return app;
}
