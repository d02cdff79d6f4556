import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '@config/config';
import { runSeed } from './seed/run-seed';

/**
 * `npm run seed [-- --small] [-- --concurrency N]`: demo data through commands, so the events and the
 * audit trail are real — both kota with their OPD, ~5,000 employees with consistent NIPs, careers
 * (transfers, promotions, a hukdis, Plt/Plh) and a finished recruitment round in Kota Binjai.
 * Idempotent: every command carries a deterministic idempotency key, so a second run writes nothing.
 * Run it with the API stopped (the embedded read store belongs to one process).
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { small: { type: 'boolean', default: false }, concurrency: { type: 'string' } },
    allowPositionals: false,
  });
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 1024)) {
    throw new Error('--concurrency must be an integer between 1 and 1024');
  }
  const report = await runSeed(loadConfig(), { small: values.small, concurrency });
  const { counts, readModels: rm } = report;
  console.log(
    [
      `Commands sent: ${counts.sent} (${counts.duplicates} duplicates, ${counts.existing ? `${counts.existing} already present, ` : ''}${counts.refusedAsPlanned ? `${counts.refusedAsPlanned} refused as planned, ` : ''}${counts.failed} refused)`,
      `Events written: ${report.eventsWritten} (head ${report.headBefore} → ${report.headAfter})`,
      `Read models: ${rm.instansi} instansi, ${rm.orgUnits} units, ${rm.positions} positions, ${rm.employees} employees (${rm.pns} PNS, ${rm.pppk} PPPK), ` +
        `selection round ${rm.selectionRoundStatus ?? 'missing'}, ${rm.appointmentsRegistered} appointees registered` +
        (rm.appointmentsFailed ? `, ${rm.appointmentsFailed} appointee registrations FAILED` : ''),
      `Elapsed: ${(report.elapsedMs / 1000).toFixed(1)} s`,
    ].join('\n'),
  );
  return report.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error?.message ?? error);
    process.exit(1);
  },
);
