import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * The embedded read store lives in one process's memory; a second process on the same files (the
 * seed or rebuild CLI while the API runs) would diverge from it silently. A pid file next to the
 * store makes that a clear error instead. A lock left by a dead process (crash, SIGKILL) is taken over.
 */
export class ProcessLock {
  private constructor(private readonly file: string) {}

  static acquire(file: string): ProcessLock {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        writeFileSync(file, String(process.pid), { flag: 'wx' });
        return new ProcessLock(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = Number(readFileSync(file, 'utf8').trim());
        if (holder !== process.pid && isAlive(holder)) {
          throw new Error(
            `${file.replace(/\.lock$/, '')} is in use by process ${holder}. The embedded read store belongs to one process: ` +
              'stop the API before running seed or rebuild (or use READ_STORE_URL=mongodb://… to share stores between processes).',
          );
        }
        rmSync(file, { force: true });
      }
    }
    throw new Error(`Could not lock ${file}`);
  }

  release(): void {
    rmSync(this.file, { force: true });
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
