import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedDocumentStore } from '@infrastructure/document-store/embedded/embedded-document-store';
import { documentStoreContract } from './document-store.contract';

documentStoreContract('embedded (memory)', async () => new EmbeddedDocumentStore());
documentStoreContract('embedded (persisted)', async () => new EmbeddedDocumentStore(join(mkdtempSync(join(tmpdir(), 'akt-ds-')), 'read.db')));

describe('EmbeddedDocumentStore persistence', () => {
  it('reloads committed documents after a restart and not the rolled-back ones', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'akt-ds-')), 'read.db');
    const first = new EmbeddedDocumentStore(file);
    await first.transaction(async (tx) => tx.upsert('things', 'kept', { $set: { v: 1 } }, 1));
    await first.transaction(async (tx) => {
      await tx.upsert('things', 'lost', { $set: { v: 2 } }, 2);
      throw new Error('abort');
    }).catch(() => undefined);
    await first.close();
    const second = new EmbeddedDocumentStore(file);
    expect(await second.collection('things').findById('kept')).toMatchObject({ v: 1 });
    expect(await second.collection('things').findById('lost')).toBeNull();
    await second.close();
  });
});

describe('EmbeddedDocumentStore ownership', () => {
  it('refuses a second process-level owner of the same files, and takes over a dead owner\'s lock', async () => {
    const { writeFileSync } = await import('node:fs');
    const file = join(mkdtempSync(join(tmpdir(), 'akt-ds-')), 'read.db');
    writeFileSync(`${file}.lock`, '1'); // pid 1 is always alive
    expect(() => new EmbeddedDocumentStore(file)).toThrow('is in use by process 1');
    writeFileSync(`${file}.lock`, '999999999'); // no such process
    const store = new EmbeddedDocumentStore(file);
    await store.close();
    const again = new EmbeddedDocumentStore(file);
    await again.close();
  });
});
