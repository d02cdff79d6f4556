import { parseArgs } from 'node:util';
import { loadProcessConfig } from '@config/config';
import { takeBackup } from '@infrastructure/backup/take-backup';

const USAGE = 'usage: npm run backup -- <new or empty directory> [--skip-read-models]';

/**
 * `npm run backup -- <dir>`: an online, consistent copy of the embedded stores while the API runs
 * (take-backup.ts says how), verified before it is reported. Exit 0 = backup taken and verified,
 * 1 = taken but the copied log does not verify (keep the previous backup, investigate), 2 = not taken.
 */
async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { 'skip-read-models': { type: 'boolean' }, help: { type: 'boolean' } } });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const { manifest, verification } = await takeBackup(loadProcessConfig(), positionals[0], { readModels: !values['skip-read-models'] });
  console.log(JSON.stringify({ dir: positionals[0], headPosition: manifest.headPosition, files: Object.keys(manifest.files).length, includesReadModels: manifest.includesReadModels, keysFromEnvironment: manifest.keysFromEnvironment, intact: verification.intact }, null, 2));
  if (!verification.intact) console.error('The copied log does NOT verify: run `npm run verify` on the live store and keep your previous backup.');
  return verification.intact ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`backup not taken: ${(error as Error).message ?? error}`);
    process.exitCode = 2;
  },
);
