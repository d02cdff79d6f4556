import { parseArgs } from 'node:util';
import { loadProcessConfig } from '@config/config';
import { BackupRefusedError, restoreBackup } from '@infrastructure/backup/restore-backup';

const USAGE = 'usage: npm run restore -- <backup directory> [--force]   (the API stopped; --force replaces a non-empty DATA_DIR)';

/**
 * `npm run restore -- <dir>`: verifies the backup (every file's SHA-256, hash chains, Merkle
 * checkpoints against the backed-up witness file) and only then puts it into DATA_DIR.
 * Exit 0 = restored, 1 = refused (damaged backup, API running, DATA_DIR not empty), 2 = bad usage.
 */
async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean' }, help: { type: 'boolean' } } });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  // No local keys are created here: the backup's are restored.
  const config = loadProcessConfig({ createLocalSecrets: false });
  const { manifest, verification, restored } = await restoreBackup(config, positionals[0], { force: Boolean(values.force) });
  console.log(JSON.stringify({ dataDir: config.dataDir, backupCreatedAt: manifest.createdAt, headPosition: manifest.headPosition, verifiedEvents: verification.verifiedEvents, restored }, null, 2));
  if (!manifest.includesReadModels) console.error('No read models in the backup: the projections rebuild from the log at the next start.');
  if (manifest.keysFromEnvironment.length) console.error(`Keys not in the backup (they came from the environment): ${manifest.keysFromEnvironment.join(', ')}`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`restore refused: ${(error as Error).message ?? error}`);
    process.exitCode = error instanceof BackupRefusedError ? 1 : 2;
  },
);
