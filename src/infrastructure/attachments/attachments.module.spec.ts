import { loadConfig } from '@config/config';
import { EmbeddedDocumentStore } from '../document-store/embedded/embedded-document-store';
import { openAttachmentStore } from './attachments.module';
import { FilesystemAttachmentStore } from './embedded/filesystem-attachment-store';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('openAttachmentStore (files follow the read store)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'akt-att-mod-'));
  const env = { DATA_DIR: dataDir, JWT_SECRET: 'x'.repeat(32), APPLICANT_IDENTITY_KEY: 'y'.repeat(32) };

  it('uses files under DATA_DIR/attachments with the embedded read store', async () => {
    const store = await openAttachmentStore(loadConfig(env), new EmbeddedDocumentStore());
    expect(store).toBeInstanceOf(FilesystemAttachmentStore);
  });

  it('refuses to fall back to local files when the read store is MongoDB', async () => {
    const config = loadConfig({ ...env, READ_STORE_URL: 'mongodb://mongo:27017/akuntabel?replicaSet=rs0' });
    await expect(openAttachmentStore(config, new EmbeddedDocumentStore())).rejects.toThrow('no mongoose connection for GridFS');
  });
});
