import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppConfig } from '@config/config';
import { ProcessLock } from '../document-store/embedded/process-lock';
import { VerificationReport } from '../event-store/verify-log';
import { BackupManifest, checkDigests, readManifest } from './backup-manifest';
import { BACKUP_FILES, verifyBackupLog } from './take-backup';

export class BackupRefusedError extends Error {}

export interface RestoreResult {
  readonly manifest: BackupManifest;
  readonly verification: VerificationReport;
  readonly restored: readonly string[];
}

/**
 * Restores a backup into DATA_DIR, only after it passed verification: every file's SHA-256 equals
 * the manifest, and the log verifies (hash chains, Merkle tree, every checkpoint in it and every line
 * of the backed-up witness file, signatures by the backed-up key). Refuses while a process holds
 * DATA_DIR (the read store's pid lock, held here until the end so the API cannot start halfway), and
 * refuses a non-empty DATA_DIR unless `force` (then the old stores are replaced: a stale read-models.db
 * would point past the restored log, so it is removed when the backup has none).
 */
export async function restoreBackup(config: AppConfig, dir: string, options: { force: boolean }): Promise<RestoreResult> {
  if (config.eventStore.kind !== 'sqlite' || config.readStore.kind !== 'embedded') {
    throw new BackupRefusedError('EVENT_STORE_URL / READ_STORE_URL point at servers: restore them with their own tools (docs/operations.md, Backups)');
  }
  const manifest = readManifest(dir);
  const problems = await checkDigests(dir, manifest);
  if (problems.length) throw new BackupRefusedError(`backup ${dir} is damaged, nothing restored:\n  ${problems.join('\n  ')}`);
  const signingKey = existsSync(join(dir, 'checkpoint-signing-key')) ? readKey(join(dir, 'checkpoint-signing-key')) : config.checkpoint.signingKey;
  const verification = await verifyBackupLog(dir, signingKey);
  if (!verification.intact) throw new BackupRefusedError(`backup ${dir} does not verify, nothing restored: ${summarise(verification)}`);

  const dataDir = config.dataDir;
  mkdirSync(dataDir, { recursive: true });
  let lock: ProcessLock;
  try {
    lock = ProcessLock.acquire(`${config.readStore.file}.lock`);
  } catch (error) {
    throw new BackupRefusedError(`refusing to restore: ${(error as Error).message}`);
  }
  try {
    const lockName = `${BACKUP_FILES.readModels}.lock`;
    const existing = readdirSync(dataDir).filter((name) => name !== lockName);
    const witnessOutside = !resolve(config.checkpoint.witnessPath).startsWith(resolve(dataDir)) && existsSync(config.checkpoint.witnessPath);
    if ((existing.length || witnessOutside) && !options.force) {
      throw new BackupRefusedError(`refusing to restore into ${dataDir}: it is not empty (${[...existing, ...(witnessOutside ? [config.checkpoint.witnessPath] : [])].join(', ')}); use --force to replace it`);
    }
    for (const name of ['events.db', 'events.db-wal', 'events.db-shm', 'read-models.db', 'read-models.db-wal', 'read-models.db-shm']) rmSync(join(dataDir, name), { force: true });
    const restored: string[] = [];
    const put = (name: string, target: string) => {
      if (!existsSync(join(dir, name))) return;
      mkdirSync(dirname(target), { recursive: true });
      cpSync(join(dir, name), target, { recursive: true, force: true });
      restored.push(name);
    };
    put(BACKUP_FILES.attachments, join(dataDir, BACKUP_FILES.attachments));
    for (const name of Object.keys(manifest.files).filter((file) => !file.includes('/') && !file.endsWith('.db') && file !== BACKUP_FILES.witness)) put(name, join(dataDir, name));
    put(BACKUP_FILES.witness, config.checkpoint.witnessPath);
    put(BACKUP_FILES.readModels, config.readStore.file);
    // The log last: a restore cut short leaves no log, which nobody would mistake for a good one.
    copyFileSync(join(dir, BACKUP_FILES.events), config.eventStore.file);
    restored.push(BACKUP_FILES.events);
    return { manifest, verification, restored };
  } finally {
    lock.release();
  }
}

function readKey(file: string): string {
  return readFileSync(file, 'utf8').trim();
}

function summarise(report: VerificationReport): string {
  const parts = [
    report.readError ? `unreadable: ${report.readError}` : '',
    report.breaks.length ? `${report.breaks.length} broken events ${JSON.stringify(report.counts)}, first: ${JSON.stringify(report.breaks[0])}` : '',
    ...report.checkpoints.problems.map((p) => `checkpoint ${p.problem} (${p.detail ?? p.where})`),
    ...(report.witness?.problems ?? []).map((p) => `witness ${p.problem} (${p.detail ?? p.where})`),
  ];
  return parts.filter(Boolean).join('; ');
}
