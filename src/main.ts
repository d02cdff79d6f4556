import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { createApp } from './bootstrap';
import { ConfigError, loadProcessConfig } from '@config/config';
import { installGracefulShutdown } from '@infrastructure/lifecycle/graceful-shutdown';

async function main(): Promise<void> {
  let config;
  try {
    config = loadProcessConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  installGracefulShutdown(app, config.shutdown);
  await app.listen(config.port, config.host);
  // The bound port (PORT=0 picks a free one).
  const { port } = app.getHttpServer().address() as AddressInfo;
  new Logger('Akuntabel').log(`GraphQL API ready at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql (data in ${config.dataDir})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
