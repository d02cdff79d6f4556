import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const MANIFEST_FILE = 'backup.json';
export const FORMAT = 'akuntabel-embedded-backup/1';

/** What a backup directory holds, with a SHA-256 of every file so corruption is found before a restore. */
export interface BackupManifest {
  readonly format: typeof FORMAT;
  readonly createdAt: string;
  /** The log's head in the copy (events.db), and how many events it holds. */
  readonly headPosition: number;
  /** Checkpoint key id that signed the copy's checkpoints (trusted by the restore's verification). */
  readonly checkpointKeyId?: string;
  readonly includesReadModels: boolean;
  /** Local keys that came from the environment instead of DATA_DIR: the operator keeps them elsewhere. */
  readonly keysFromEnvironment: readonly string[];
  /** Relative path (with `/`) → SHA-256 hex and size. */
  readonly files: Readonly<Record<string, { readonly sha256: string; readonly bytes: number }>>;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every regular file under `dir`, as relative paths with `/`, the manifest itself excluded. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.filter((file) => file !== MANIFEST_FILE).sort();
}

export async function fileDigests(dir: string): Promise<BackupManifest['files']> {
  const files: Record<string, { sha256: string; bytes: number }> = {};
  for (const file of listFiles(dir)) files[file] = { sha256: await sha256File(join(dir, file)), bytes: statSync(join(dir, file)).size };
  return files;
}

export function writeManifest(dir: string, manifest: BackupManifest): void {
  writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
}

export function readManifest(dir: string): BackupManifest {
  const file = join(dir, MANIFEST_FILE);
  if (!existsSync(file)) throw new Error(`${dir} is not a backup: ${MANIFEST_FILE} is missing`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as BackupManifest;
  if (manifest.format !== FORMAT) throw new Error(`${file}: unknown backup format ${JSON.stringify(manifest.format)}`);
  return manifest;
}

/** Files missing, changed or added since the manifest was written. */
export async function checkDigests(dir: string, manifest: BackupManifest): Promise<string[]> {
  const problems: string[] = [];
  const present = new Set(listFiles(dir));
  for (const [file, expected] of Object.entries(manifest.files)) {
    if (!present.has(file)) problems.push(`${file}: missing`);
    else if ((await sha256File(join(dir, file))) !== expected.sha256) problems.push(`${file}: SHA-256 differs from the manifest`);
    present.delete(file);
  }
  for (const file of present) problems.push(`${file}: not in the manifest`);
  return problems;
}
