import { createHash } from 'node:crypto';
import { AttachmentStore } from '@infrastructure/attachments/attachment-store.port';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function* pieces(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}

async function readAll(content: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of content) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * The one contract every AttachmentStore adapter passes: the filesystem store always, GridFS when
 * MONGODB_URL is set. Contents are random per run so a shared server works.
 */
export function attachmentStoreContract(name: string, open: () => Promise<AttachmentStore>, enabled = true): void {
  const suite = enabled ? describe : describe.skip;
  suite(`AttachmentStore contract: ${name}`, () => {
    let store: AttachmentStore;
    const unique = (label: string) => Buffer.from(`%PDF-1.7 ${label} ${Math.random()} ${Date.now()}`);
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('stores streamed bytes under their SHA-256 and reads them back', async () => {
      const bytes = Buffer.concat([unique('round trip'), Buffer.alloc(3 * 1024 * 1024 + 17, 0xab)]);
      const stored = await store.put(pieces(bytes, 64 * 1024));
      expect(stored).toEqual({ hash: sha256(bytes), size: bytes.length });
      expect(await store.has(stored.hash)).toBe(true);
      const opened = await store.open(stored.hash);
      expect(opened?.size).toBe(bytes.length);
      expect((await readAll(opened!.content)).equals(bytes)).toBe(true);
    });

    it('deduplicates: putting the same bytes again, even concurrently, gives the same file', async () => {
      const bytes = unique('dedupe');
      const results = await Promise.all([store.put(pieces(bytes, 7)), store.put(pieces(bytes, 5)), store.put(pieces(bytes, 100))]);
      expect(new Set(results.map((r) => r.hash))).toEqual(new Set([sha256(bytes)]));
      expect(await readAll((await store.open(sha256(bytes)))!.content)).toEqual(bytes);
    });

    it('stores nothing when the source fails part-way (a refused upload)', async () => {
      const bytes = unique('refused');
      async function* failing(): AsyncGenerator<Uint8Array> {
        yield bytes.subarray(0, 10);
        throw new Error('refused by the size check');
      }
      await expect(store.put(failing())).rejects.toThrow('refused by the size check');
      expect(await store.has(sha256(bytes.subarray(0, 10)))).toBe(false);
      expect(await store.has(sha256(bytes))).toBe(false);
    });

    it('answers null / false for an unknown hash and for something that is no hash', async () => {
      const unknown = sha256(unique('never stored'));
      expect(await store.open(unknown)).toBeNull();
      expect(await store.has(unknown)).toBe(false);
      expect(await store.open('../../etc/passwd')).toBeNull();
      expect(await store.has('ABC')).toBe(false);
    });
  });
}
