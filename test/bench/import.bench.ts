import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { loadConfig } from '@config/config';
import { signLocalToken } from '@infrastructure/auth/jwt';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { ALL_INSTANSI } from '@kernel/grant-scope';
import { EmployeeImport } from '@modules/personnel/employee/bulk-import/employee-import';
import { mapRow } from '@modules/personnel/employee/bulk-import/import-columns';
import { readRows } from '@modules/personnel/employee/bulk-import/import-file';
import { staffFile, toCsv } from '@modules/personnel/employee/bulk-import/testing/staff-file';
import { createApp } from '../../src/bootstrap';
import { graphqlBody, keepAlive, post } from './load';

const benchDir = resolve(process.env.BENCH_DIR ?? join(__dirname, '../..', 'data', 'bench'));
const INSTANSI = 'kota-bench';
const OPD = `${INSTANSI}.dinas`;
/** A city's staff spread over many posts (the small seed: 200 employees on 115 posts); a post's holders are one document. */
const POST_CODES = Array.from({ length: 40 }, (_, i) => `STAF-${String(i + 1).padStart(2, '0')}`);
const POSTS = POST_CODES.map((code) => ({ unitId: OPD, positionId: `${OPD}.${code.toLowerCase()}`, previousPositionId: `${OPD}.pengadministrasi` }));
const REGISTER = 'mutation($i: RegisterEmployeeInput!) { registerEmployee(input: $i) { position } }';

/**
 * `npm run bench -- import`: the bulk import on the embedded store, in the process that runs it (as
 * `npm run import` does), against a same-run baseline — a hand-written client registering the same
 * kind of staff through `registerEmployee` over HTTP, 16 requests in flight. Figures: dry run and
 * import of a generated file (2% bad rows, riwayat on every row, 40 posts) in rows/s, and the
 * idempotent re-run.
 * Goals (issue 8): dry run ≥ 1,000 rows/s, import ≥ 300 rows/s.
 */
export async function runImportBenchmark(quick: boolean): Promise<void> {
  const rowsCount = quick ? 1000 : 5000;
  const baselineCount = quick ? 300 : 1000;
  const dir = join(benchDir, 'import');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'error', JWT_SECRET: randomUUID() + randomUUID() });
  const app = await createApp(config, { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
  const root = await signLocalToken(config.auth, { sub: 'bench-root', roles: [{ role: 'ADMIN_BKD', unit: '*' }] });
  const agent = keepAlive();
  const call = async (query: string, variables: Record<string, unknown>) => {
    const body = await post(agent, { url, token: root, body: graphqlBody(query, variables) });
    if (!body?.data || body.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body?.errors ?? body).slice(0, 300)}`);
    return body.data;
  };
  try {
    await call('mutation($i: RegisterInstansiInput!) { registerInstansi(input: $i) { position } }', { i: { instansiId: INSTANSI, name: 'Pemerintah Kota Bench', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } });
    await call('mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { position } }', { i: { instansiId: INSTANSI, code: 'DINAS', name: 'Dinas Bench', kind: 'OPD' } });
    for (const code of [...POST_CODES, 'PENGADMINISTRASI', 'BASELINE']) {
      await call('mutation($i: CreatePositionInput!) { createPosition(input: $i) { position } }', { i: { unitId: OPD, code, name: code, jenisJabatan: 'PELAKSANA', isUnitHead: false } });
    }

    // Baseline: the hand-written client, staff of another birth-date range (distinct NIPs), no riwayat.
    const baselineRows = staffFile(baselineCount + 7000, [{ unitId: OPD, positionId: `${OPD}.baseline`, previousPositionId: `${OPD}.pengadministrasi` }]).rows.slice(7000);
    let next = 0;
    let t = performance.now();
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        const mine = keepAlive();
        while (next < baselineRows.length) {
          const { fields } = mapRow(baselineRows[next++]);
          const { positionTmt: _positionTmt, ...input } = fields;
          const body = await post(mine, { url, token: root, body: graphqlBody(REGISTER, { i: input }) });
          if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
        }
      }),
    );
    const baselineRate = Math.round((baselineRows.length * 1000) / (performance.now() - t));

    const file = staffFile(rowsCount, POSTS, 50);
    const csv = Buffer.from(toCsv(file.rows));
    const importer = app.get(EmployeeImport);
    const actor = { id: 'bench-import', roles: [{ role: 'ADMIN_BKD', unit: ALL_INSTANSI }] };
    const projections = app.get(ProjectionRunner);
    await projections.waitFor(await app.get<EventStore>(EVENT_STORE).headPosition(), [], 120_000);

    t = performance.now();
    const dry = await importer.run(await readRows('CSV', csv, rowsCount), actor, { dryRun: true });
    const dryRate = Math.round((rowsCount * 1000) / (performance.now() - t));
    t = performance.now();
    const imported = await importer.run(await readRows('CSV', csv, rowsCount), actor, { dryRun: false });
    const importRate = Math.round((rowsCount * 1000) / (performance.now() - t));
    t = performance.now();
    await projections.waitFor(imported.position, [], 600_000);
    const catchUpMs = Math.round(performance.now() - t);
    t = performance.now();
    const rerun = await importer.run(await readRows('CSV', csv, rowsCount), actor, { dryRun: false });
    const rerunRate = Math.round((rowsCount * 1000) / (performance.now() - t));

    console.log(`import benchmark: ${quick ? 'quick' : 'full'}; ${rowsCount} rows (${file.bad.size} bad), baseline ${baselineRows.length} registerEmployee calls`);
    console.log('\n| measure | value | baseline / goal | goal |\n|---|---:|---|---|');
    console.log(`| dry run (rows/s) | ${dryRate} | ${dry.wouldImport} would import, ${dry.refused} refused; goal ≥ 1,000 | ${dryRate >= 1000 ? 'met' : 'MISSED'} |`);
    console.log(`| import (rows/s) | ${importRate} | registerEmployee client ${baselineRate}/s same run; goal ≥ 300 | ${importRate >= 300 ? 'met' : 'MISSED'} |`);
    console.log(`| projections after the import (ms) | ${catchUpMs} | read models at the import's last position | |`);
    console.log(`| re-run, nothing written (rows/s) | ${rerunRate} | ${rerun.alreadyImported} already imported | |`);
    console.log(JSON.stringify({ suite: 'import', quick, rows: rowsCount, bad: file.bad.size, dryRunRowsPerSecond: dryRate, importRowsPerSecond: importRate, registerEmployeeBaselinePerSecond: baselineRate, catchUpMs, rerunRowsPerSecond: rerunRate, imported: imported.imported, refused: imported.refused }));
    if (imported.imported !== rowsCount - file.bad.size || rerun.imported !== 0) throw new Error(`unexpected outcome: ${imported.imported} imported, re-run ${rerun.imported}`);
  } finally {
    await app.close();
  }
}
