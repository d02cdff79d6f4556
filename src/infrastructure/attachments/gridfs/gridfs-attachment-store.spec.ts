import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { ServiceUnavailableError } from '@kernel/errors';
import { AttachmentBucket, GridFsAttachmentStore, PENDING_PREFIX } from './gridfs-attachment-store';

// No MongoDB server runs here: an in-memory bucket with the driver's GridFSBucket surface checks the
// adapter's mapping. The adapter itself is verified by the contract suite when MONGODB_URL is set.

interface FakeFile {
  _id: number;
  filename: string;
  length: number;
  uploadDate: Date;
  bytes: Buffer;
}

class FakeBucket {
  files: FakeFile[] = [];
  failWith?: Error;
  private nextId = 1;

  openUploadStream(filename: string) {
    const id = this.nextId++;
    const chunks: Buffer[] = [];
    const stream = new Writable({
      write: (chunk, _enc, done) => (chunks.push(chunk), done()),
      final: (done) => {
        const bytes = Buffer.concat(chunks);
        this.files.push({ _id: id, filename, length: bytes.length, uploadDate: new Date(1000 + id), bytes });
        done();
      },
    });
    return Object.assign(stream, { id, abort: async () => void (this.files = this.files.filter((f) => f._id !== id)) });
  }

  find(filter: { filename: string }) {
    return {
      toArray: async () => {
        if (this.failWith) throw this.failWith;
        return this.files.filter((f) => f.filename === filter.filename).sort((a, b) => +a.uploadDate - +b.uploadDate).slice(0, 1);
      },
    };
  }

  async rename(id: number, filename: string) {
    this.files.find((f) => f._id === id)!.filename = filename;
  }

  async delete(id: number) {
    this.files = this.files.filter((f) => f._id !== id);
  }

  openDownloadStream(id: number) {
    return Readable.from([this.files.find((f) => f._id === id)!.bytes]);
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
async function* source(...chunks: string[]) {
  for (const chunk of chunks) yield Buffer.from(chunk);
}

describe('GridFsAttachmentStore (mapping onto a GridFS bucket)', () => {
  let bucket: FakeBucket;
  let store: GridFsAttachmentStore;
  beforeEach(() => {
    bucket = new FakeBucket();
    store = new GridFsAttachmentStore(bucket as unknown as AttachmentBucket, 'mongo-1:27017');
  });

  it('streams into a pending file, then names it by the SHA-256 of the bytes', async () => {
    const stored = await store.put(source('%PDF-', '1.7 isi'));
    expect(stored).toEqual({ hash: sha256(Buffer.from('%PDF-1.7 isi')), size: 12 });
    expect(bucket.files.map((f) => [f.filename, f.bytes.toString()])).toEqual([[stored.hash, '%PDF-1.7 isi']]);
  });

  it('deletes the new copy when the hash is already stored', async () => {
    const first = await store.put(source('%PDF-sama'));
    await store.put(source('%PDF-', 'sama'));
    expect(bucket.files).toHaveLength(1);
    expect(bucket.files[0]).toMatchObject({ filename: first.hash, _id: 1 });
  });

  it('aborts the upload (deleting its chunks) when the source fails', async () => {
    async function* failing() {
      yield Buffer.from('%PDF-');
      throw new Error('too large');
    }
    await expect(store.put(failing())).rejects.toThrow('too large');
    expect(bucket.files.filter((f) => f.filename.startsWith(PENDING_PREFIX))).toEqual([]);
    expect(bucket.files).toEqual([]);
  });

  it('opens the oldest file of a hash with its length, and answers null for unknown or malformed hashes', async () => {
    const { hash } = await store.put(source('%PDF-baca'));
    const opened = await store.open(hash);
    expect(opened?.size).toBe(9);
    expect(Buffer.concat(await opened!.content.toArray()).toString()).toBe('%PDF-baca');
    expect(await store.open(sha256(Buffer.from('lain')))).toBeNull();
    bucket.failWith = new Error('must not be queried');
    expect(await store.open('{"$ne":null}')).toBeNull();
    expect(await store.has('{"$ne":null}')).toBe(false);
  });

  it('reports an unreachable server as SERVICE_UNAVAILABLE naming the host', async () => {
    bucket.failWith = Object.assign(new Error('connect ECONNREFUSED'), { name: 'MongoServerSelectionError' });
    const failure = store.has(sha256(Buffer.from('x')));
    await expect(failure).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(failure).rejects.toThrow('MongoDB at mongo-1:27017 is unavailable');
    await expect(store.put(source('%PDF-x'))).rejects.toBeInstanceOf(ServiceUnavailableError);
  });
});
