import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';

/**
 * The container image, checked as far as a machine without a Docker engine can: the Dockerfile lints
 * clean and has the shape operators rely on, and the runtime stage's files alone — package.json,
 * dist and production dependencies — start the API and answer its probes.
 */
describe('Dockerfile and the runtime stage', () => {
  const root = resolve(__dirname, '../..');
  const text = readFileSync(join(root, 'Dockerfile'), 'utf8');
  const dockerfile = DockerfileParser.parse(text);
  const instructions = dockerfile.getInstructions();
  const runtime = instructions.filter((_, index) => index > lastFrom());

  function lastFrom(): number {
    let index = -1;
    instructions.forEach((instruction, i) => instruction.getKeyword() === 'FROM' && (index = i));
    return index;
  }

  it('lints clean', () => {
    expect(validate(text)).toEqual([]);
  });

  it('runs a slim image as the unprivileged node user, with DATA_DIR as a volume and a health check', () => {
    const froms = dockerfile.getFROMs();
    expect(froms.map((f) => f.getBuildStage())).toEqual(['build', 'runtime']);
    expect(froms[1].getImageTag()).toMatch(/slim$/);
    const keyword = (name: string) => runtime.filter((i) => i.getKeyword() === name).map((i) => i.getArgumentsContent());
    expect(keyword('USER')).toEqual(['node']);
    expect(keyword('VOLUME')).toEqual(['["/data"]']);
    expect(keyword('ENV').join(' ')).toMatch(/DATA_DIR=\/data/);
    expect(keyword('HEALTHCHECK').join(' ')).toContain('/health/live');
    expect(keyword('CMD')).toEqual(['["node", "dist/main.js"]']);
  });

  it('copies into the runtime stage exactly package.json, dist and the pruned node_modules from the build stage', () => {
    const copies = runtime.filter((i) => i.getKeyword() === 'COPY').map((i) => i.getArguments().map((a) => a.getValue()));
    expect(copies.map((args) => args.find((a) => a.startsWith('/app/')))).toEqual(['/app/package.json', '/app/node_modules', '/app/dist']);
    const flags = runtime
      .filter((i) => i.getKeyword() === 'COPY')
      .map((i) => Object.fromEntries((i as unknown as { getFlags(): { getName(): string; getValue(): string }[] }).getFlags().map((f) => [f.getName(), f.getValue()])));
    expect(flags).toEqual(Array(3).fill({ from: 'build', chown: 'node:node' }));
  });

  it('needs no development dependency at run time: every package the compiled code requires is a production dependency', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'akt-dist-'));
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', outDir], { cwd: root, stdio: 'pipe' });
    // As `npm run build` does: tsc leaves the path aliases in, the build step resolves them.
    execFileSync(process.execPath, [join(root, 'scripts/resolve-aliases.js'), outDir], { cwd: root, stdio: 'pipe' });
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const production = new Set(Object.keys(pkg.dependencies));
    const required = new Set<string>();
    for (const file of walk(outDir).filter((f) => f.endsWith('.js'))) {
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/require\("([^".][^"]*)"\)/g)) {
        if (specifier.startsWith('node:')) continue;
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
        required.add(name);
      }
    }
    const builtins = new Set(require('node:module').builtinModules as string[]);
    const missing = [...required].filter((name) => !production.has(name) && !builtins.has(name));
    expect(missing).toEqual([]);
    expect(existsSync(join(outDir, 'main.js'))).toBe(true);
    process.env.AKT_TEST_DIST = outDir;
  }, 120_000);

  it('starts from the runtime stage’s files alone and reports ready', async () => {
    const outDir = process.env.AKT_TEST_DIST!;
    const app = mkdtempSync(join(tmpdir(), 'akt-image-'));
    cpSync(join(root, 'package.json'), join(app, 'package.json'));
    cpSync(outDir, join(app, 'dist'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(app, 'node_modules'));
    const port = await freePort();
    const child = spawn(process.execPath, ['dist/main.js'], {
      cwd: app,
      env: { PATH: process.env.PATH, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), DATA_DIR: join(app, 'data'), JWT_SECRET: 'image-test-secret-0123456789abcdef0123', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    try {
      const ready = await poll(`http://127.0.0.1:${port}/health/ready`, 60_000);
      expect({ status: ready, output: ready === 200 ? '' : output }).toEqual({ status: 200, output: '' });
    } finally {
      child.kill('SIGTERM');
    }
  }, 90_000);
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

async function poll(url: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let status = 0;
  while (Date.now() < deadline) {
    status = await fetch(url).then((r) => r.status, () => 0);
    if (status === 200) return status;
    await new Promise((r) => setTimeout(r, 250));
  }
  return status;
}
