import Database from 'better-sqlite3';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig, LOCAL_SECRET_FILES } from '@config/config';
import { CheckpointSigner } from '../event-store/checkpoint';
import { verifySqliteFile, VerificationReport } from '../event-store/verify-log';
import { BackupManifest, fileDigests, FORMAT, writeManifest } from './backup-manifest';

export const BACKUP_FILES = { events: 'events.db', readModels: 'read-models.db', witness: 'checkpoint-witness.jsonl', attachments: 'attachments' } as const;

export interface BackupResult {
  readonly manifest: BackupManifest;
  readonly verification: VerificationReport;
}

/**
 * An online, consistent copy of the embedded stores while the API runs. The order makes the copy
 * consistent without stopping anything:
 *  1. the witness file first: every line in it is for a checkpoint already in the log (the
 *     checkpointer writes the event before the line), so the copied log contains them all;
 *  2. read-models.db (unless skipped) before the log: its checkpoints are then at most the log's head,
 *     and the projections catch up after a restore instead of pointing past the end;
 *  3. events.db by SQLite's online backup API, in one step, i.e. one read transaction: a snapshot as
 *     of one commit, while the API keeps writing (WAL lets it);
 *  4. attachments after the log: files never change once written; one uploaded meanwhile is in the
 *     copy without its upload record, which is harmless (no one can read it);
 *  5. the local keys; then a manifest with the SHA-256 of every file, and the copy is verified.
 *     Not `subject-keys.db`, on purpose: an identity erased on request must not come back from an
 *     old backup (docs/operations.md, "Sealed personal data").
 */
export async function takeBackup(config: AppConfig, dir: string, options: { readModels: boolean }): Promise<BackupResult> {
  if (config.eventStore.kind !== 'sqlite') throw new Error('EVENT_STORE_URL points at KurrentDB: back it up with its own tools (docs/operations.md, Backups)');
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} is not empty: a backup goes into a new or empty directory`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const createdAt = new Date().toISOString();

  if (existsSync(config.checkpoint.witnessPath)) copyFileSync(config.checkpoint.witnessPath, join(dir, BACKUP_FILES.witness));
  const includesReadModels = options.readModels && config.readStore.kind === 'embedded' && existsSync(config.readStore.file);
  if (includesReadModels && config.readStore.kind === 'embedded') await onlineCopy(config.readStore.file, join(dir, BACKUP_FILES.readModels));
  await onlineCopy(config.eventStore.file, join(dir, BACKUP_FILES.events));
  const attachments = join(config.dataDir, BACKUP_FILES.attachments, 'sha256');
  if (config.readStore.kind === 'embedded' && existsSync(attachments)) cpSync(attachments, join(dir, BACKUP_FILES.attachments, 'sha256'), { recursive: true });

  const keysFromEnvironment: string[] = [];
  for (const name of LOCAL_SECRET_FILES) {
    const file = join(config.dataDir, name);
    if (existsSync(file)) copyFileSync(file, join(dir, name));
    else keysFromEnvironment.push(name);
  }

  const verification = await verifyBackupLog(dir, config.checkpoint.signingKey);
  const manifest: BackupManifest = {
    format: FORMAT,
    createdAt,
    headPosition: verification.headPosition,
    checkpointKeyId: config.checkpoint.signingKey ? new CheckpointSigner(config.checkpoint.signingKey).keyId : undefined,
    includesReadModels,
    keysFromEnvironment,
    files: await fileDigests(dir),
  };
  writeManifest(dir, manifest);
  return { manifest, verification };
}

/** The copy's log, verified read-only against the copy's witness file and the key that signed it. */
export function verifyBackupLog(dir: string, signingKey: string): Promise<VerificationReport> {
  const witness = join(dir, BACKUP_FILES.witness);
  return verifySqliteFile(join(dir, BACKUP_FILES.events), {
    witnessFile: existsSync(witness) ? witness : undefined,
    trustedKeyIds: signingKey ? [new CheckpointSigner(signingKey).keyId] : undefined,
  });
}

/** SQLite's online backup from a read-only connection, all pages in one step (one consistent snapshot). */
async function onlineCopy(source: string, target: string): Promise<void> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
  // One self-contained file: no -wal / -shm beside it for a reader to create or a copy to forget.
  const copy = new Database(target);
  copy.pragma('journal_mode = DELETE');
  copy.close();
}
