import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@config/config';
import { signLocalToken } from '@infrastructure/auth/jwt';
import { fileDigests, readManifest, writeManifest } from '@infrastructure/backup/backup-manifest';
import { SqliteEventStore } from '@infrastructure/event-store/sqlite/sqlite-event-store';
import { verifySqliteFile } from '@infrastructure/event-store/verify-log';
import { ApiProcess } from '../fixtures/api-process';
import { tempDir } from '../fixtures/stores';

const root = join(__dirname, '../..');
const REGISTER = 'mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position } }';

/** Runs one of the CLIs (`npm run backup` / `restore`) as a child with DATA_DIR set. */
function cli(script: 'backup' | 'restore', args: string[], dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', `src/cli/${script}.ts`, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, LOG_LEVEL: 'error' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Backups of the embedded stores: taken online while a real API process is writing, verified, and
 * restored only after the restore's own verification. A damaged backup (a file changed, or the log
 * rewritten with a consistent manifest) is refused and nothing is written into DATA_DIR; so is a
 * restore into the running API's DATA_DIR or a non-empty one without --force.
 */
describe('npm run backup / npm run restore', () => {
  const live = tempDir('akt-backup-live-');
  const backup = join(tempDir('akt-backup-'), 'b1');
  const restored = tempDir('akt-restored-');
  let api: ApiProcess | undefined;
  let token: string;
  let backupHead: number;
  const acks: { instansiId: string; position: number }[] = [];
  afterEach(() => api?.kill());

  it('takes a consistent, verified copy while the API writes, and refuses to restore over the running API', async () => {
    const config = loadConfig({ DATA_DIR: live });
    token = await signLocalToken(config.auth, { sub: 'bkd-root', roles: [{ role: 'ADMIN_BKD', unit: '*' }] });
    // An evidence file as the attachment store keeps it (content-addressed).
    const evidence = Buffer.from('surat keputusan (uji)');
    const hash = createHash('sha256').update(evidence).digest('hex');
    mkdirSync(join(live, 'attachments/sha256', hash.slice(0, 2)), { recursive: true });
    writeFileSync(join(live, 'attachments/sha256', hash.slice(0, 2), hash), evidence);

    api = await ApiProcess.start({ DATA_DIR: live, CHECKPOINT_EVERY_EVENTS: '10' });
    const running = api;
    let stop = false;
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const instansiId = `kota-cadangan-${w}-${i}`;
        const { body } = await running.gql(REGISTER, { input: { instansiId, name: `Pemerintah ${instansiId}`, kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, token);
        acks.push({ instansiId, position: body.data.registerInstansi.position });
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(worker));
    while (acks.length < 40) await new Promise((resolve) => setTimeout(resolve, 20));

    const taken = await cli('backup', [backup], live);
    const writtenDuring = acks.length;
    while (acks.length < writtenDuring + 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(taken.stderr).toBe('');
    expect(taken.code).toBe(0);
    const summary = JSON.parse(taken.stdout);
    expect(summary).toMatchObject({ intact: true, includesReadModels: true, keysFromEnvironment: [] });
    backupHead = summary.headPosition;
    expect(backupHead).toBeGreaterThan(40);

    const manifest = readManifest(backup);
    expect(Object.keys(manifest.files).sort()).toEqual(
      ['applicant-identity-key', `attachments/sha256/${hash.slice(0, 2)}/${hash}`, 'checkpoint-signing-key', 'checkpoint-witness.jsonl', 'cursor-key', 'events.db', 'feedback-tracking-key', 'jwt-secret', 'read-models.db', 'subject-master-key'].sort(),
    );

    // The API holds DATA_DIR: a restore into it is refused, whatever the flags.
    const refused = await cli('restore', [backup, '--force'], live);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/restore refused: refusing to restore: .* is in use by process \d+/);

    stop = true;
    await load;
    expect(await running.terminate()).toMatchObject({ code: 0 });
    expect(acks.at(-1)!.position).toBeGreaterThan(backupHead); // the API went on writing after the copy
  }, 300_000);

  it('restores into an empty DATA_DIR after verifying, and the API serves the copy', async () => {
    const result = await cli('restore', [backup], restored);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ headPosition: backupHead, verifiedEvents: backupHead });
    for (const key of ['jwt-secret', 'checkpoint-signing-key', 'applicant-identity-key', 'cursor-key', 'subject-master-key', 'feedback-tracking-key']) {
      expect(readFileSync(join(restored, key), 'utf8')).toBe(readFileSync(join(live, key), 'utf8'));
    }
    const report = await verifySqliteFile(join(restored, 'events.db'), { witnessFile: join(restored, 'checkpoint-witness.jsonl') });
    expect(report).toMatchObject({ intact: true, headPosition: backupHead, witness: { problems: [] } });
    expect(report.witness!.lines).toBeGreaterThan(0);

    // Every mutation acknowledged before the copy's head is in it.
    const events = new SqliteEventStore(join(restored, 'events.db'));
    for (const ack of acks.filter((a) => a.position <= backupHead)) {
      const { events: [event] } = await events.readAll({ after: ack.position - 1, maxCount: 1 });
      expect(event.streamId).toContain(ack.instansiId);
    }
    await events.close();

    // The live API's tokens work on the restored copy (its keys came along), and it is ready.
    api = await ApiProcess.start({ DATA_DIR: restored });
    expect((await fetch(`${api.baseUrl}/health/ready`)).status).toBe(200);
    const served = await api.gql('{ instansiList { id } }', {}, token);
    expect(served.body.data.instansiList.length).toBe(acks.filter((a) => a.position <= backupHead).length);
    expect(api.problems(40)).toEqual([]);
    expect(await api.terminate()).toMatchObject({ code: 0 });

    // Now not empty: refused without --force, replaced with it.
    const again = await cli('restore', [backup], restored);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/not empty .*use --force/);
    expect((await cli('restore', [backup, '--force'], restored)).code).toBe(0);
  }, 300_000);

  it('refuses a backup with a changed file, and one whose log was rewritten with a matching manifest', async () => {
    const damaged = join(tempDir('akt-damaged-'), 'b');
    cpSync(backup, damaged, { recursive: true });
    const witness = join(damaged, 'checkpoint-witness.jsonl');
    writeFileSync(witness, readFileSync(witness, 'utf8').replace(/"treeSize":(\d+)/, (_m, n) => `"treeSize":${Number(n) + 1}`));
    const target = tempDir('akt-refused-');
    const changed = await cli('restore', [damaged], target);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toMatch(/damaged, nothing restored:\n\s+checkpoint-witness\.jsonl: SHA-256 differs from the manifest/);
    expect(readdirSync(target)).toEqual([]);

    // Whoever rewrites an event and the manifest still fails the verification pass.
    const forged = join(tempDir('akt-forged-'), 'b');
    cpSync(backup, forged, { recursive: true });
    const db = new Database(join(forged, 'events.db'));
    db.prepare(`UPDATE events SET data = replace(data, 'Pemerintah', 'Pemerintahan') WHERE position = 5`).run();
    db.close();
    writeManifest(forged, { ...readManifest(forged), files: await fileDigests(forged) });
    const rewritten = await cli('restore', [forged], target);
    expect(rewritten.code).toBe(1);
    expect(rewritten.stderr).toMatch(/does not verify, nothing restored: .*HASH_MISMATCH/);
    expect(readdirSync(target)).toEqual([]);
    expect(existsSync(join(target, 'events.db'))).toBe(false);
  }, 180_000);
});
