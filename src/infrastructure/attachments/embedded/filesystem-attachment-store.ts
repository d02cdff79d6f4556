import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AttachmentStore, ContentHash, isContentHash, OpenedFile, StoredFile } from '../attachment-store.port';

/**
 * The embedded attachment store: one file per content hash under `<root>/sha256/<first two hex>/<hash>`.
 * A file is written to `<root>/tmp/`, fsynced, then renamed into place, so a crash never leaves a
 * partial file at a hash address; the directory is fsynced after the rename so the name survives a
 * power loss too. DATA_DIR belongs to one process (the embedded stores hold a process lock), so
 * temporary files left by a crash are swept when the store opens.
 */
export class FilesystemAttachmentStore implements AttachmentStore {
  private constructor(private readonly root: string) {}

  static async open(root: string): Promise<FilesystemAttachmentStore> {
    await mkdir(join(root, 'tmp'), { recursive: true });
    await mkdir(join(root, 'sha256'), { recursive: true });
    for (const name of await readdir(join(root, 'tmp'))) await rm(join(root, 'tmp', name), { force: true });
    return new FilesystemAttachmentStore(root);
  }

  async put(content: AsyncIterable<Uint8Array>): Promise<StoredFile> {
    const temp = join(this.root, 'tmp', `${randomUUID()}.part`);
    const digest = createHash('sha256');
    let size = 0;
    const handle = await open(temp, 'wx', 0o600);
    try {
      for await (const chunk of content) {
        digest.update(chunk);
        size += chunk.length;
        for (let offset = 0; offset < chunk.length; ) offset += (await handle.write(chunk, offset)).bytesWritten;
      }
      await handle.sync();
    } catch (error) {
      await handle.close();
      await rm(temp, { force: true });
      throw error;
    }
    await handle.close();
    const hash = digest.digest('hex');
    const target = this.pathOf(hash);
    if (await exists(target)) {
      await rm(temp, { force: true });
    } else {
      await mkdir(dirname(target), { recursive: true });
      // Two identical uploads racing both rename; the second replaces identical bytes atomically.
      await rename(temp, target);
      await fsyncDirectory(dirname(target));
    }
    return { hash, size };
  }

  async open(hash: ContentHash): Promise<OpenedFile | null> {
    if (!isContentHash(hash)) return null;
    const path = this.pathOf(hash);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    return { size: info.size, content: createReadStream(path) };
  }

  async has(hash: ContentHash): Promise<boolean> {
    return isContentHash(hash) && exists(this.pathOf(hash));
  }

  async close(): Promise<void> {}

  private pathOf(hash: ContentHash): string {
    return join(this.root, 'sha256', hash.slice(0, 2), hash);
  }
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

async function fsyncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
