import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { ConfigError, loadProcessConfig } from '@config/config';

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
  await app.listen(config.port, config.host);
  new Logger('Akuntabel').log(`GraphQL API ready at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/graphql (data in ${config.dataDir})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
