import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { CLAIM_RELEASED, foldClaim } from '@kernel/claims/claim.events';
import { tempDir } from '../fixtures/stores';
import { codeOf, TestApi } from './harness';

const root = join(__dirname, '../..');
const REGISTER = `mutation($input: RegisterEmployeeInput!) { registerEmployee(input: $input) { position duplicate employee { id identifier } } }`;
const NIP_SAME_KEY = '198609262015051001';
const NIP_OTHER_ID = '198003152005012002';

/** A registration for a NIP, with the birth date, sex and TMT the NIP encodes. */
function registration(employeeId: string | undefined, identifier: string, extra: Record<string, unknown> = {}) {
  const birthDate = `${identifier.slice(0, 4)}-${identifier.slice(4, 6)}-${identifier.slice(6, 8)}`;
  const tmt = `${identifier.slice(8, 12)}-${identifier.slice(12, 14)}-01`;
  return {
    ...(employeeId ? { employeeId } : {}),
    employmentType: 'PNS',
    identifier,
    name: `Pegawai ${identifier.slice(-4)}`,
    birthDate,
    sex: identifier[14] === '1' ? 'MALE' : 'FEMALE',
    tmt,
    golongan: 'III_A',
    golonganTmt: tmt,
    education: 'S1',
    unitId: 'kota-medan.dinkes',
    positionId: 'kota-medan.dinkes.analis',
    ...extra,
  };
}

/**
 * Exactly-once claims across streams, against a real crash: an API process is SIGKILLed after it
 * claimed two NIPs and before it wrote the employees. Restarted on the same DATA_DIR, a claim never
 * blocks: the next registration of the NIP (here under another employee id) takes it over at once,
 * the reconciler releases what is left once past its grace period, the interrupted request retried
 * with its key succeeds, and each NIP belongs to exactly one employee.
 */
describe('claims survive a crash between the claim and the write (SIGKILL)', () => {
  const dataDir = tempDir('akt-claim-crash-');
  const crashedA = registration('emp-a', NIP_SAME_KEY, { idempotencyKey: 'crash-reg-a-0001' });
  const crashedB = registration('emp-b', NIP_OTHER_ID, { idempotencyKey: 'crash-reg-b-0001' });
  let api: TestApi | undefined;
  let bkd: string;

  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  it('prepares the organisation, then a process dies holding two NIP claims', async () => {
    api = await TestApi.start({ DATA_DIR: dataDir });
    bkd = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    await api.ok('mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position } }', { input: { instansiId: 'kota-medan', name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, bkd);
    await api.ok('mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }', { input: { instansiId: 'kota-medan', code: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD' } }, bkd);
    await api.ok('mutation($input: CreatePositionInput!) { createPosition(input: $input) { position } }', { input: { unitId: 'kota-medan.dinkes', code: 'ANALIS', name: 'Analis', jenisJabatan: 'PELAKSANA', isUnitHead: false } }, bkd);
    await api.close();
    api = undefined;

    const claimed = await crashAfterClaims(dataDir, bkd, [crashedA, crashedB]);
    expect(claimed.sort()).toEqual([`personnel-identifier-${NIP_OTHER_ID}`, `personnel-identifier-${NIP_SAME_KEY}`]);
  }, 180_000);

  it('restarted: the claims are there without their employees, and the next registration of the NIP takes its claim over', async () => {
    api = await TestApi.start({ DATA_DIR: dataDir });
    for (const nip of [NIP_SAME_KEY, NIP_OTHER_ID]) expect(foldClaim(await api.events.readStream(`personnel-identifier-${nip}`)).holder).not.toBeNull();
    expect(await api.events.readStream('personnel-employee-emp-a')).toEqual([]);

    const other = (await api.ok(REGISTER, { input: registration('emp-b2', NIP_OTHER_ID) }, bkd)).registerEmployee;
    expect(other).toMatchObject({ duplicate: false, employee: { id: 'emp-b2', identifier: NIP_OTHER_ID } });
    // The interrupted request, retried with its key, comes too late: its NIP now belongs to emp-b2.
    const late = await api.gql(REGISTER, { input: crashedB }, bkd);
    expect(codeOf(late)).toBe('DOMAIN_RULE_VIOLATION');
    expect(late.errors![0].extensions.rule).toBe('PERSONNEL.NIP_ALREADY_REGISTERED');
    expect((await api.events.readStream('personnel-employee-emp-b')).map((e) => e.type)).toEqual(['kernel.ClaimRevoked']);
  }, 120_000);

  it('restarted past the grace period: the reconciler releases the orphan, and the interrupted request retried with its key succeeds', async () => {
    api = await TestApi.start({ DATA_DIR: dataDir, CLAIM_ORPHAN_GRACE_SECONDS: '0' });
    const claimStream = `personnel-identifier-${NIP_SAME_KEY}`;
    await until(async () => (await api!.events.readStream(claimStream)).at(-1)?.type === CLAIM_RELEASED);
    expect(foldClaim(await api.events.readStream(claimStream)).holder).toBeNull();

    const retried = (await api.ok(REGISTER, { input: crashedA }, bkd)).registerEmployee;
    expect(retried).toMatchObject({ duplicate: false, employee: { id: 'emp-a', identifier: NIP_SAME_KEY } });
    expect((await api.ok(REGISTER, { input: crashedA }, bkd)).registerEmployee).toMatchObject({ duplicate: true, position: retried.position });

    // Each NIP belongs to exactly one employee, and stays theirs.
    const auditor = await api.token('auditor-1', { role: 'AUDITOR', unit: '*' });
    const list = (await api.ok('{ employees(first: 100) { edges { node { id identifier } } } }', {}, auditor)).employees.edges.map((e: any) => e.node);
    expect(list.sort((a: any, b: any) => a.id.localeCompare(b.id))).toEqual([
      { id: 'emp-a', identifier: NIP_SAME_KEY },
      { id: 'emp-b2', identifier: NIP_OTHER_ID },
    ]);
    for (const nip of [NIP_SAME_KEY, NIP_OTHER_ID]) {
      const again = await api.gql(REGISTER, { input: registration('emp-c', nip) }, bkd);
      expect(again.errors![0].extensions.rule).toBe('PERSONNEL.NIP_ALREADY_REGISTERED');
    }
  }, 120_000);
});

/** Starts the API in a child process, sends the registrations, and SIGKILLs it once each has claimed its NIP. */
async function crashAfterClaims(dataDir: string, token: string, inputs: readonly object[]): Promise<string[]> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'test/fixtures/claim-crash-api.ts', dataDir], { cwd: root });
  const claimed: string[] = [];
  try {
    const port = Number((await nextLine(child, 'listening ')).split(' ')[1]);
    const requests = inputs.map((input) =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: REGISTER, variables: { input } }),
      }).catch(() => undefined),
    );
    for (let i = 0; i < inputs.length; i++) claimed.push((await nextLine(child, 'claimed ')).split(' ')[1]);
    const exited = new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    await Promise.all(requests);
    return claimed;
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

const buffers = new WeakMap<ChildProcessWithoutNullStreams, { lines: string[]; waiters: (() => void)[] }>();

/** The child's next stdout line starting with `prefix` (lines are consumed in order). */
async function nextLine(child: ChildProcessWithoutNullStreams, prefix: string, timeoutMs = 150_000): Promise<string> {
  let state = buffers.get(child);
  if (!state) {
    const created = { lines: [] as string[], waiters: [] as (() => void)[] };
    let partial = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const parts = (partial + chunk.toString()).split('\n');
      partial = parts.pop()!;
      created.lines.push(...parts);
      created.waiters.splice(0).forEach((wake) => wake());
    });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    buffers.set(child, created);
    state = created;
  }
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const index = state.lines.findIndex((line) => line.startsWith(prefix));
    if (index >= 0) return state.lines.splice(index, 1)[0];
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`child never printed "${prefix}…" (exit ${child.exitCode})`);
    await new Promise<void>((resolve) => {
      state!.waiters.push(resolve);
      setTimeout(resolve, 200);
    });
  }
}

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

