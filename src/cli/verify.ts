import { parseArgs } from 'node:util';
import { loadProcessConfig } from '../config/config';
import { openEventStore } from '../infrastructure/event-store/open-event-store';
import { verifyLog } from '../infrastructure/event-store/verify-log';

/**
 * `npm run verify [-- --from <position>]`: re-computes every event's hash and checks each stream's
 * chain (revision order, prevHash, hash) over the whole log. Exit code 0 = intact, 1 = breaks found.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string', default: '0' } } });
  const store = openEventStore(loadProcessConfig());
  try {
    const report = await verifyLog(store, Number(values.from));
    console.log(JSON.stringify(report, null, 2));
    process.exitCode = report.breaks.length ? 1 : 0;
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(2);
});
