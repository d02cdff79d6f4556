import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FilesystemAttachmentStore } from '@infrastructure/attachments/embedded/filesystem-attachment-store';
import { tempDir } from '../fixtures/stores';
import { attachmentStoreContract } from './attachment-store.contract';

attachmentStoreContract('filesystem', () => FilesystemAttachmentStore.open(join(tempDir('akt-att-'), 'attachments')));

describe('FilesystemAttachmentStore layout', () => {
  it('keeps files at sha256/<first two hex>/<hash> and sweeps temporary files a crash left behind', async () => {
    const root = join(tempDir('akt-att-'), 'attachments');
    mkdirSync(join(root, 'tmp'), { recursive: true });
    writeFileSync(join(root, 'tmp', 'interrupted.part'), 'half a file');
    const store = await FilesystemAttachmentStore.open(root);
    expect(existsSync(join(root, 'tmp', 'interrupted.part'))).toBe(false);
    const { hash } = await store.put((async function* () {
      yield Buffer.from('%PDF-1.7 layout');
    })());
    expect(existsSync(join(root, 'sha256', hash.slice(0, 2), hash))).toBe(true);
  });
});
