import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { SingleBar, Presets } from 'cli-progress';
import { AppModule } from '../app.module';
import { loadProcessConfig } from '@config/config';
import { Role } from '@infrastructure/auth/roles';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { Actor } from '@kernel/events';
import { ALL_INSTANSI } from '@kernel/grant-scope';
import { deriveId } from '@kernel/ids';
import { EmployeeImport, ImportReport } from '@modules/personnel/employee/bulk-import/employee-import';
import { formatOfFileName, readRows } from '@modules/personnel/employee/bulk-import/import-file';

const USAGE = 'usage: npm run import -- employees <file.csv|file.xlsx> [--dry-run] [--instansi <id>] [--concurrency N] [--report report.json]';
/** A CLI file can be a whole city's staff; the GraphQL operation takes smaller batches. */
const MAX_ROWS = 200_000;

/**
 * `npm run import -- employees <file>`: takes a city's existing staff (a SIASN-style export, columns in
 * src/modules/personnel/employee/README.md) into the record through the import's commands, as the
 * named actor `import` (ADMIN_BKD of --instansi, or of every instansi). `--dry-run` writes nothing and
 * reports what each row would get. Re-running writes nothing twice. Run it with the API stopped (the
 * embedded read store belongs to one process).
 */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, instansi: { type: 'string' }, concurrency: { type: 'string' }, report: { type: 'string' } },
  });
  const [what, file] = positionals;
  const format = file ? formatOfFileName(file) : null;
  if (what !== 'employees' || !file || !format) throw new Error(USAGE);
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 1024)) throw new Error('--concurrency must be an integer between 1 and 1024');
  const dryRun = values['dry-run'] ?? false;
  const rows = await readRows(format, readFileSync(file), MAX_ROWS);
  const actor: Actor = { id: 'import', roles: [{ role: Role.ADMIN_BKD, unit: values.instansi ?? ALL_INSTANSI }] };

  const app = await NestFactory.createApplicationContext(AppModule.forRoot(loadProcessConfig()), { logger: ['error'], abortOnError: false });
  try {
    const projections = app.get(ProjectionRunner);
    const store = app.get<EventStore>(EVENT_STORE);
    // The plan reads the organisation tree and the holders: let them catch up with the log first.
    await projections.waitFor(await store.headPosition(), [], 120_000);
    const bar = new SingleBar({ format: `${dryRun ? 'dry run' : 'import'} {bar} {percentage}% | {value}/{total} | {eta_formatted} left`, stream: process.stderr }, Presets.shades_classic);
    bar.start(dryRun ? rows.length : rows.length * 2, 0);
    const correlationId = deriveId('import-run', basename(file), new Date().toISOString());
    const report = await app.get(EmployeeImport).run(rows, actor, { dryRun, instansiId: values.instansi, concurrency, correlationId, onProgress: (done) => bar.update(done) });
    bar.stop();
    if (report.position > 0) await projections.waitFor(report.position, [], 600_000);
    console.log(summary(report, file));
    if (values.report) writeFileSync(values.report, JSON.stringify(report, null, 2));
    return 0;
  } finally {
    await app.close();
  }
}

function summary(report: ImportReport, file: string): string {
  const rate = report.elapsedMs > 0 ? Math.round((report.rowsRead * 1000) / report.elapsedMs) : report.rowsRead;
  const lines = [
    `${report.dryRun ? 'Dry run of' : 'Import of'} ${file}: ${report.rowsRead} rows read in ${(report.elapsedMs / 1000).toFixed(1)} s (${rate} rows/s)`,
    report.dryRun ? `  would import:       ${report.wouldImport}` : `  imported:           ${report.imported}`,
    `  already imported:   ${report.alreadyImported} (skipped)`,
    `  refused:            ${report.refused}`,
    ...report.refusedByRule.map(({ rule, rows }) => `    ${rule.padEnd(48)} ${rows}`),
  ];
  const refused = report.outcomes.filter((o) => o.problems.length > 0).slice(0, 20);
  if (refused.length > 0) {
    lines.push('  first refused rows:');
    for (const o of refused) lines.push(`    row ${o.row} (${o.identifier}): ${o.problems.map((p) => `${p.rule}: ${p.message}`).join(' · ')}`);
  }
  return lines.join('\n');
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error?.message ?? error);
    process.exit(1);
  },
);
