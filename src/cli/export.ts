import 'reflect-metadata';
import { loadProcessConfig } from '@config/config';
import { runExport } from './export/run-export';

/** `npm run export -- <list> [--format csv|xlsx] [--unit …] [--out file]`: see export/run-export.ts. */
runExport(loadProcessConfig(), process.argv.slice(2)).then(
  ({ path, bytes }) => {
    console.log(`${path} (${bytes} bytes)`);
    process.exit(0);
  },
  (error) => {
    console.error(error?.message ?? error);
    process.exit(1);
  },
);
