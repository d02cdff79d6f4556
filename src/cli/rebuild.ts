import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { loadProcessConfig } from '@config/config';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';

/**
 * `npm run rebuild -- <projection>` with the API stopped (the embedded read store belongs to one
 * process): rebuilds the projection into a fresh generation and exits once it has switched.
 * While the API runs, use the `rebuildProjection` mutation instead.
 */
async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true });
  const [name] = positionals;
  const app: INestApplicationContext = await NestFactory.createApplicationContext(AppModule.forRoot(loadProcessConfig()), { logger: ['error', 'warn', 'log'], abortOnError: false });
  try {
    const runner = app.get(ProjectionRunner);
    // Reactions are never rebuilt: their effects (commands sent) happen once.
    const names = (await runner.status()).filter((s) => s.kind === 'PROJECTION').map((s) => s.name);
    if (!name || !names.includes(name)) throw new Error(`usage: npm run rebuild -- <${names.join('|')}>`);
    const { generation } = await runner.rebuild(name);
    for (;;) {
      const status = (await runner.status()).find((s) => s.name === name)!;
      if (status.generation === generation && status.state === 'LIVE') break;
      if (status.state === 'STOPPED') throw new Error(`rebuild stopped: ${JSON.stringify(status.failedEvent)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    console.log(`${name} rebuilt into generation ${generation}`);
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
