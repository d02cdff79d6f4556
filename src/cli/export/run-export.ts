import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule, AppOverrides } from '../../app.module';
import { AppConfig } from '@config/config';
import { JwtVerifier } from '@infrastructure/auth/jwt';
import { Role } from '@infrastructure/auth/roles';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { Actor } from '@kernel/events';
import { ALL_INSTANSI } from '@kernel/grant-scope';
import { BKD_LISTS, BkdExports, exportRequest } from '@modules/personnel/employee/bkd-lists/bkd-list-tables';

/**
 * The operator the export runs as when no token is given: read-only over every instansi (AUDITOR "*").
 * Whoever runs the CLI on the server already holds the data directory; a `--token` runs it as a caller,
 * with that caller's access.
 */
export const EXPORT_ACTOR: Actor = Object.freeze({ id: 'export-cli', roles: [Object.freeze({ role: Role.AUDITOR, unit: ALL_INSTANSI })] });

export const EXPORT_USAGE = `usage: npm run export -- <${BKD_LISTS.join('|')}> [--format csv|xlsx] [--instansi kota-medan] [--unit kota-medan.dinkes] [--within-months 12] [--period 2027-01-01] [--employment-type PNS|PPPK] [--token JWT] [--out file]`;

export interface ExportResult {
  readonly path: string;
  readonly bytes: number;
}

/**
 * `npm run export`: one BKD list as the file `GET /exports/personnel/<list>.<format>` sends — the same
 * parameter rules (exportRequest) and the same renderer (BkdExports) — written to `--out` (default:
 * the download's file name in the current directory). Waits for the read models to reach the log's
 * head first. Run it with the API stopped when the read store is embedded (it belongs to one process).
 */
export async function runExport(config: AppConfig, argv: readonly string[], overrides: AppOverrides = {}, logger: LogLevel[] | false = ['error', 'warn']): Promise<ExportResult> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'csv' },
      instansi: { type: 'string' },
      unit: { type: 'string' },
      'within-months': { type: 'string' },
      period: { type: 'string' },
      'employment-type': { type: 'string' },
      token: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new Error(EXPORT_USAGE);
  const request = exportRequest(positionals[0], values.format!, {
    instansiId: values.instansi,
    unitId: values.unit,
    withinMonths: values['within-months'],
    period: values.period,
    employmentType: values['employment-type'],
  });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, overrides), { logger, abortOnError: false });
  try {
    const actor = values.token ? await app.get(JwtVerifier).verify(values.token) : EXPORT_ACTOR;
    const head = await app.get<EventStore>(EVENT_STORE).headPosition();
    if (!(await app.get(ProjectionRunner).waitFor(head, [], 10 * 60_000))) throw new Error('Read models did not catch up with the event log; see `npm run rebuild`');
    const file = await app.get(BkdExports).render(actor, request);
    const path = resolve(values.out ?? file.fileName);
    await writeFile(path, file.body);
    return { path, bytes: file.body.length };
  } finally {
    await app.close();
  }
}
