import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { signLocalToken } from '@infrastructure/auth/jwt';
import { appendConcurrent } from './core.bench';
import { closedLoop, graphqlBody, keepAlive, openLoop, Operation, percentile, post } from './load';
import { localTokenSettings, seedData, startApi } from './processes';

const benchDir = resolve(process.env.BENCH_DIR ?? join(__dirname, '../..', 'data', 'bench'));
const INSTANSI = 'kota-bench';
const OPD = `${INSTANSI}.dinas`;
const BIDANG = `${INSTANSI}.bidang`;
const ok = (body: any) => Boolean(body?.data) && !body.errors;

const LOG = `mutation($input: LogActivityInput!) { logActivity(input: $input) { position } }`;
const CORRECT = `mutation($input: CorrectEmployeeDataInput!) { correctEmployeeData(input: $input) { position } }`;
const BOARD = `query($unitId: ID!, $year: Int!) { skpBoard(unitId: $unitId, year: $year, first: 20) { totalCount edges { node { id status evaluations { period predikat } } } } }`;
const EMPLOYEE = `query($id: ID!) { employee(id: $id) { id name golongan status unitName positionName } }`;
const DISTRIBUTION = `query($unitId: ID!, $year: Int!) { predikatDistribution(unitId: $unitId, year: $year) { total check { allowed } } }`;

/** `concurrency` clients, each sending its own next request when the previous answered, for `seconds`. */
async function concurrent(concurrency: number, seconds: number, send: (client: number, i: number) => Promise<boolean>): Promise<{ rps: number; p99Ms: number; errors: number; count: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, client) => {
      for (let i = 0; performance.now() < end; i++) {
        const t = performance.now();
        if (!(await send(client, i).catch(() => false))) errors++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = performance.now() - started;
  return { rps: Math.round((latencies.length * 10_000) / elapsed) / 10, p99Ms: Math.round(percentile(latencies, 0.99) * 10) / 10, errors, count: latencies.length };
}

/**
 * `npm run bench -- performance`: a 300-person OPD built through the API (SKPs approved in cascade
 * order, then evaluated), then: logActivity from 200 concurrent clients beside correctEmployeeData
 * from 200 (the same command path on employee streams); the unit board p99 beside employee(id); the
 * kurva check of every unit; the annual close (sign-off closing every evaluation) in events/s.
 */
export async function runPerformanceBenchmark(quick: boolean): Promise<void> {
  const staffCount = quick ? 60 : 300;
  const dir = join(benchDir, 'performance');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const secret = randomUUID() + randomUUID();
  const port = 41000 + Math.floor(Math.random() * 1000);
  const api = await startApi(dir, port, secret);
  const auth = localTokenSettings(secret);
  const token = (sub: string, role: string, unit: string) => signLocalToken(auth, { sub, roles: [{ role, unit }] });
  const root = await token('bench-root', 'ADMIN_BKD', '*');
  const agent = keepAlive();
  const call = async (who: string, query: string, variables: Record<string, unknown>) => {
    const body = await post(agent, { url: api.url, token: who, body: graphqlBody(query, variables) });
    if (!ok(body)) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
    return body.data;
  };
  let report: (seeded?: Awaited<ReturnType<typeof seededFigures>>) => void = () => undefined;
  try {
    let t = performance.now();
    await call(root, 'mutation($i: RegisterInstansiInput!) { registerInstansi(input: $i) { position } }', { i: { instansiId: INSTANSI, name: 'Pemerintah Kota Bench', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } });
    await call(root, 'mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { position } }', { i: { instansiId: INSTANSI, code: 'DINAS', name: 'Dinas Bench', kind: 'OPD' } });
    await call(root, 'mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { position } }', { i: { instansiId: INSTANSI, parentUnitId: OPD, code: 'BIDANG', name: 'Bidang Bench', kind: 'BIDANG' } });
    for (const [unitId, code, jenisJabatan, isUnitHead] of [[OPD, 'KADIS', 'JPT_PRATAMA', true], [BIDANG, 'KABID', 'ADMINISTRATOR', true], [BIDANG, 'STAF', 'PELAKSANA', false]] as const) {
      await call(root, 'mutation($i: CreatePositionInput!) { createPosition(input: $i) { position } }', { i: { unitId, code, name: code, jenisJabatan, isUnitHead } });
    }
    const register = (employeeId: string, seq: number, unitId: string, positionId: string) =>
      call(root, 'mutation($i: RegisterEmployeeInput!) { registerEmployee(input: $i) { position } }', {
        i: { employeeId, employmentType: 'PNS', identifier: `19850101201001${seq < 500 ? 1 : 2}${String((seq % 499) + 1).padStart(3, '0')}`, name: `Pegawai ${employeeId}`, birthDate: '1985-01-01', sex: seq < 500 ? 'MALE' : 'FEMALE', tmt: '2010-01-01', golongan: 'III_B', golonganTmt: '2010-01-01', education: 'S1', unitId, positionId },
      });
    const staff = Array.from({ length: staffCount }, (_, i) => `staf-${i}`);
    await register('kadis', 998, OPD, `${OPD}.kadis`);
    await register('kabid', 997, BIDANG, `${BIDANG}.kabid`);
    for (const [i, id] of staff.entries()) await register(id, i, BIDANG, `${BIDANG}.staf`);
    const rhk = (id: string, link?: { skpId: string; rhkId: string }) => ({ rhkId: id, kategori: 'UTAMA', rencanaKinerja: `Rencana ${id}`, pendekatan: 'KUANTITATIF', indikator: [{ aspek: 'KUANTITAS', iki: `IKI ${id}`, target: '12 dokumen' }], intervensi: link ? [link] : [] });
    const plan = async (employeeId: string, r: object, approver: string) => {
      await call(root, 'mutation($d: DraftSkpInput!, $s: SkpRefInput!) { draftSkp(input: $d) { position } submitSkp(input: $s) { position } }', { d: { employeeId, year: 2026, rhk: [r] }, s: { skpId: `${employeeId}.2026` } });
      await call(approver, 'mutation($s: SkpRefInput!) { approveSkp(input: $s) { position } }', { s: { skpId: `${employeeId}.2026` } });
    };
    const kadis = await token('kadis', 'PEJABAT_PENILAI', OPD);
    const kabid = await token('kabid', 'PEJABAT_PENILAI', BIDANG);
    await plan('kadis', rhk('d1'), root);
    await plan('kabid', rhk('k1', { skpId: 'kadis.2026', rhkId: 'd1' }), kadis);
    for (const id of staff) await plan(id, rhk('s1', { skpId: 'kabid.2026', rhkId: 'k1' }), kabid);
    console.log(`performance benchmark: ${quick ? 'quick' : 'full'}; ${staffCount + 2} employees with approved SKPs in ${Math.round(performance.now() - t)} ms`);

    // logActivity: each client logs for its own employee (one journal stream per SKP and month).
    const clients = Math.min(200, staffCount);
    const employeeTokens = await Promise.all(staff.slice(0, clients).map((id) => token(id, 'EMPLOYEE', id)));
    const agents = employeeTokens.map(() => keepAlive());
    const seconds = quick ? 5 : 15;
    const loggingFrom = process.hrtime.bigint() / 1000n;
    const logging = await concurrent(clients, seconds, async (c, i) =>
      ok(await post(agents[c], { url: api.url, token: employeeTokens[c], body: graphqlBody(LOG, { input: { skpId: `${staff[c]}.2026`, date: `2026-11-${String((i % 28) + 1).padStart(2, '0')}`, durationMinutes: 1, rhkId: 's1', description: `Kegiatan ${i}` } }) })),
    );
    // With BENCH_CPU_PROF, the window of the logActivity run in the profile's clock (µs, monotonic).
    if (process.env.BENCH_CPU_PROF) console.log(`  profile window of logActivity: ${loggingFrom},${process.hrtime.bigint() / 1000n} (${logging.count} requests)`);
    const correcting = await concurrent(clients, seconds, async (c, i) =>
      ok(await post(agents[c], { url: api.url, token: root, body: graphqlBody(CORRECT, { input: { employeeId: staff[c], contacts: { email: `b${c}.${i}@example.go.id` }, legalBasis: { skNumber: `800/${i}/B/2026`, skDate: '2026-01-05' }, reason: 'bench' } }) })),
    );
    // The core's concurrent append in this process (the API is idle meanwhile): the store's own rate for as many writers.
    const coreAppend = await appendConcurrent(quick ? 6_000 : 20_000, clients);
    console.log(`  logActivity ${logging.rps}/s (p99 ${logging.p99Ms} ms, ${logging.errors} errors) vs correctEmployeeData ${correcting.rps}/s (p99 ${correcting.p99Ms} ms)`);

    // Evaluation of everyone, then the board and the kurva. A period is rated only once it has ended
    // (PERFORMANCE.PERIOD_NOT_ENDED, on the real clock here): the year from its last day on, before that
    // the last quarter that has ended — the same evaluation and sign-off path.
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const PERIOD = today >= '2026-12-31' ? '2026' : `2026-Q${Math.max(1, Math.floor((Number(today.slice(5, 7)) - 1) / 3))}`;
    t = performance.now();
    const ratings = (i: number) => (i % 10 === 0 ? 'DI_ATAS' : i % 10 === 9 ? 'DI_BAWAH' : 'SESUAI');
    for (const [i, id] of staff.entries()) await call(kabid, 'mutation($i: EvaluatePeriodInput!) { evaluatePeriod(input: $i) { evaluationId } }', { i: { skpId: `${id}.2026`, period: PERIOD, ratings: [{ rhkId: 's1', rating: ratings(i) }], ratingPerilaku: ratings(i) === 'DI_ATAS' ? 'DI_ATAS' : 'SESUAI' } });
    await call(kadis, 'mutation($i: EvaluatePeriodInput!) { evaluatePeriod(input: $i) { evaluationId } }', { i: { skpId: 'kabid.2026', period: PERIOD, ratings: [{ rhkId: 'k1', rating: 'SESUAI' }], ratingPerilaku: 'SESUAI' } });
    console.log(`  evaluated ${staffCount + 1} SKPs in ${Math.round(performance.now() - t)} ms`);
    const admin = await token('bench-bkd', 'ADMIN_BKD', INSTANSI);
    const boardOp: Operation = { url: api.url, token: admin, body: graphqlBody(BOARD, { unitId: OPD, year: 2026 }) };
    const byIdOp: Operation = { url: api.url, token: admin, body: graphqlBody(EMPLOYEE, { id: staff[7] }) };
    const rate = quick ? 50 : 100;
    const boardAgent = keepAlive();
    const board = await openLoop(rate, rate * (quick ? 3 : 8), async () => ok(await post(boardAgent, boardOp)));
    const byId = await openLoop(rate, rate * (quick ? 3 : 8), async () => ok(await post(boardAgent, byIdOp)));
    const boardMax = await closedLoop(boardOp, quick ? 2000 : 8000, quick ? 4 : 10);
    console.log(`  skpBoard (300-person OPD) p99 ${board.p99Ms} ms at ${rate}/s (max ${boardMax.rps}/s) vs employee(id) p99 ${byId.p99Ms} ms`);

    t = performance.now();
    for (const unitId of [OPD, BIDANG]) await call(admin, DISTRIBUTION, { unitId, year: 2026 });
    const kurvaMs = Math.round(performance.now() - t);
    await call(kadis, 'mutation($i: SetOrganisationPredikatInput!) { setOrganisationPredikat(input: $i) { position } }', { i: { unitId: BIDANG, period: PERIOD, organisationPredikat: 'BAIK', unitResult: 'SESUAI' } });
    const headBefore = (await call(root, '{ systemStatus { headPosition } }', {})).systemStatus.headPosition;
    t = performance.now();
    await call(kabid, 'mutation($i: SignOffPredikatInput!) { signOffPredikat(input: $i) { position } }', { i: { unitId: BIDANG, period: PERIOD, justification: 'Benchmark' } });
    const closeMs = performance.now() - t;
    const headAfter = (await call(root, '{ systemStatus { headPosition } }', {})).systemStatus.headPosition;
    const closeRate = Math.round(((headAfter - headBefore) * 1000) / closeMs);
    console.log(`  kurva of every unit ${kurvaMs} ms; close (sign-off of ${PERIOD}) ${headAfter - headBefore} events in ${Math.round(closeMs)} ms (${closeRate} events/s)`);
    report = (seeded) => {
      console.log('\n| measure | value | baseline / goal | goal |\n|---|---:|---|---|');
      console.log(`| logActivity (mutations/s, ${clients} clients) | ${logging.rps} | correctEmployeeData ${correcting.rps}/s and the core's concurrent append ${coreAppend} events/s (${clients} writers) same run; goal ≥ 2,000 | ${logging.rps >= 2000 ? 'met' : 'MISSED'} |`);
      console.log(`| skpBoard p99 (ms, ${staffCount}-person OPD, ${rate}/s) | ${board.p99Ms} | employee(id) p99 ${byId.p99Ms} ms; goal < 50 | ${board.p99Ms < 50 ? 'met' : 'MISSED'} |`);
      console.log(`| kurva of every unit (ms) | ${kurvaMs} | 2 units | |`);
      console.log(`| close: sign-off of ${PERIOD} (events/s) | ${closeRate} | ${headAfter - headBefore} events | |`);
      if (seeded) {
        console.log(`| seeded: kurva of every unit of ${seeded.instansiId} (ms) | ${seeded.kurvaMs} | ${seeded.units} units, ${seeded.evaluated} annual evaluations of ${seeded.year} | |`);
        console.log(`| seeded: skpBoard p99 of the largest OPD (ms, ${seeded.boardRate}/s) | ${seeded.board.p99Ms} | ${seeded.opdUnitId}, ${seeded.opdSkps} SKPs; employee(id) p99 ${seeded.byId.p99Ms} ms; goal < 50 | ${seeded.board.p99Ms < 50 ? 'met' : 'MISSED'} |`);
      }
      console.log(JSON.stringify({ suite: 'performance', quick, staff: staffCount, logActivityRps: logging.rps, logActivityP99Ms: logging.p99Ms, logActivityErrors: logging.errors, correctEmployeeRps: correcting.rps, coreConcurrentAppendPerSecond: coreAppend, boardP99Ms: board.p99Ms, boardMaxRps: boardMax.rps, employeeByIdP99Ms: byId.p99Ms, kurvaMs, closeEventsPerSecond: closeRate, ...(seeded ? { seededKurvaMs: seeded.kurvaMs, seededUnits: seeded.units, seededBoardP99Ms: seeded.board.p99Ms, seededOpdSkps: seeded.opdSkps } : {}) }));
    };
  } finally {
    await api.stop();
  }
  // On the demo data (full runs): the kurva of every unit of an instansi and the board of its largest OPD.
  report(quick ? undefined : await seededFigures());
}

/**
 * Seeds the demo data (`npm run seed`, both cities; 2025 closed) into its own directory, starts the
 * API on it, and measures the kurva check (`predikatDistribution`) of every unit of Kota Medan for the
 * closed year, one after another, and the board of its OPD with the most SKPs beside `employee(id)`.
 */
async function seededFigures() {
  const dir = join(benchDir, 'performance-seeded');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const secret = randomUUID() + randomUUID();
  let t = performance.now();
  const seeded = await seedData(dir, secret);
  console.log(`  seeded ${seeded.employees.toLocaleString()} employees in ${Math.round(performance.now() - t)} ms`);
  const api = await startApi(dir, 42000 + Math.floor(Math.random() * 1000), secret);
  try {
    const instansiId = 'kota-medan';
    const year = 2025;
    const admin = await signLocalToken(localTokenSettings(secret), { sub: 'bench-bkd-medan', roles: [{ role: 'ADMIN_BKD', unit: instansiId }] });
    const agent = keepAlive();
    const call = async (query: string, variables: Record<string, unknown>) => {
      const body = await post(agent, { url: api.url, token: admin, body: graphqlBody(query, variables) });
      if (!ok(body)) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
      return body.data;
    };
    const units: { id: string; parentUnitId: string | null }[] = [];
    for (let after: string | null = null; ; ) {
      const page: any = await call('query($i: ID, $a: String) { orgUnits(instansiId: $i, first: 100, after: $a) { pageInfo { hasNextPage endCursor } edges { node { id parentUnitId } } } }', { i: instansiId, a: after });
      units.push(...page.orgUnits.edges.map((e: { node: { id: string; parentUnitId: string | null } }) => e.node));
      if (!page.orgUnits.pageInfo.hasNextPage) break;
      after = page.orgUnits.pageInfo.endCursor;
    }
    t = performance.now();
    let evaluated = 0;
    const totals = new Map<string, number>();
    for (const unit of units) {
      const d = await call(DISTRIBUTION, { unitId: unit.id, year });
      totals.set(unit.id, d.predikatDistribution.total);
      if (unit.parentUnitId === null) evaluated += d.predikatDistribution.total;
    }
    const kurvaMs = Math.round(performance.now() - t);
    const opds = units.filter((u) => u.parentUnitId === null);
    const opd = opds.reduce((best, u) => ((totals.get(u.id) ?? 0) > (totals.get(best.id) ?? 0) ? u : best));
    const boardOp: Operation = { url: api.url, token: admin, body: graphqlBody(BOARD, { unitId: opd.id, year }) };
    const opdSkps = (await post(agent, boardOp)).data.skpBoard.totalCount as number;
    const someone = (await call(`query($u: ID!) { employees(first: 1, filter: { unitId: $u, includeSubUnits: true }) { edges { node { id } } } }`, { u: opd.id })).employees.edges[0].node.id;
    const byIdOp: Operation = { url: api.url, token: admin, body: graphqlBody(EMPLOYEE, { id: someone }) };
    const boardRate = 100;
    const boardAgent = keepAlive();
    await closedLoop(boardOp, 500, 3); // warm-up
    const board = await openLoop(boardRate, boardRate * 8, async () => ok(await post(boardAgent, boardOp)));
    const byId = await openLoop(boardRate, boardRate * 8, async () => ok(await post(boardAgent, byIdOp)));
    console.log(`  seeded: kurva of ${units.length} units of ${instansiId} (${year}) in ${kurvaMs} ms; board of ${opd.id} (${opdSkps} SKPs) p99 ${board.p99Ms} ms at ${boardRate}/s vs employee(id) p99 ${byId.p99Ms} ms`);
    return { instansiId, year, units: units.length, evaluated, kurvaMs, opdUnitId: opd.id, opdSkps, board, byId, boardRate };
  } finally {
    await api.stop();
  }
}
