import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '@config/config';
import { LocalTokenSettings, signLocalToken } from '@infrastructure/auth/jwt';

const root = resolve(__dirname, '../..');

/** A server under test, in its own process (so the load generator never shares its event loop). */
export interface Server {
  readonly url: string;
  stop(): Promise<void>;
}

/** `BENCH_CPU_PROF=<dir>`: the servers write V8 CPU profiles there (open them in Chrome DevTools). */
function profiling(name: string): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(dir)}`, `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`] : [];
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
}

/** The bare NestJS + Apollo `{ hello }` app, the baseline every figure is compared with. */
export async function startHello(port: number): Promise<Server> {
  const child = spawn(process.execPath, [...profiling('hello'), '-r', 'ts-node/register/transpile-only', join(__dirname, 'hello-app.ts'), String(port)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && ready());
    child.once('exit', (code) => fail(new Error(`hello app exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/graphql`, stop: stopper(child) };
}

/** Token settings matching the API started with JWT_SECRET=`secret` and the default issuer/audience. */
export function localTokenSettings(secret: string): LocalTokenSettings {
  return { jwtSecret: secret, issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, maxLifetimeSeconds: 12 * 3600 };
}

/** What `npm run seed` reports, as the benchmarks use it. */
export interface SeedOutcome {
  readonly employees: number;
  readonly headAfter: number;
}

/**
 * Seeds the demo data into `dataDir` with the built seed CLI in its own process, as `npm run seed`
 * does: the load generator must not carry the seed's heap (its garbage collections would show up as
 * the server's latency).
 */
export async function seedData(dataDir: string, secret: string): Promise<SeedOutcome> {
  const child = spawn(process.execPath, [join(root, 'dist', 'cli', 'seed.js')], {
    env: { ...process.env, DATA_DIR: dataDir, JWT_SECRET: secret, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  const employees = /Read models: .*?, (\d+) employees/.exec(output)?.[1];
  const head = /Events written: \d+ \(head \d+ → (\d+)\)/.exec(output)?.[1];
  if (code !== 0 || employees === undefined || head === undefined) throw new Error(`seed failed (exit ${code}):\n${output.slice(-2000)}`);
  return { employees: Number(employees), headAfter: Number(head) };
}

/** The built API (what `npm start` runs) on `dataDir`, once every projection is live at the head. */
export async function startApi(dataDir: string, port: number, secret: string): Promise<Server> {
  const child = spawn(process.execPath, [...profiling('api'), join(root, 'dist', 'main.js')], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), JWT_SECRET: secret, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const token = await signLocalToken(localTokenSettings(secret), { sub: 'bench-status', roles: [{ role: 'AUDITOR', unit: '*' }] });
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    const ready = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ systemStatus { projections { state lag } } }' }),
    })
      .then((r) => r.json() as Promise<{ data?: { systemStatus: { projections: { state: string; lag: number }[] } } }>)
      .then((body) => body.data?.systemStatus.projections.every((p) => p.state === 'LIVE' && p.lag === 0) ?? false)
      .catch(() => false);
    if (ready) return { url, stop: stopper(child) };
    if (performance.now() - started > 300_000) throw new Error('API not ready within 300 s');
    await new Promise((r) => setTimeout(r, 50));
  }
}
