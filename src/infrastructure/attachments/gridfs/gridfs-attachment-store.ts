import mongoose, { Connection } from 'mongoose';
import { createHash, randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { mapMongoError } from '../../document-store/mongo/mongo-document-store';
import { AttachmentStore, ContentHash, isContentHash, OpenedFile, StoredFile } from '../attachment-store.port';

type GridFSBucket = mongoose.mongo.GridFSBucket;

/** The part of the driver's GridFSBucket this adapter uses (the unit tests pass an in-memory one). */
export type AttachmentBucket = Pick<GridFSBucket, 'openUploadStream' | 'openDownloadStream' | 'find' | 'rename' | 'delete'>;

/** Uploads still under this prefix were interrupted before their hash was known. */
export const PENDING_PREFIX = 'pending/';

/**
 * The production attachment store: MongoDB GridFS (bucket `attachments`) on the read store's mongoose
 * connection. GridFS names files, so a file's name is its hash: bytes stream into a file named
 * `pending/<uuid>` while the hash is computed, then it is renamed to the hash — or deleted when that
 * hash is already stored. Two identical uploads racing may both be renamed; they hold the same bytes
 * and reads take the oldest. No MongoDB runs on the build machines: this is unit-tested for its
 * mapping (gridfs-attachment-store.spec.ts) and verified by the contract suite when MONGODB_URL is set.
 */
export class GridFsAttachmentStore implements AttachmentStore {
  constructor(
    private readonly bucket: AttachmentBucket,
    private readonly host = 'MongoDB',
  ) {}

  static onConnection(connection: Connection, bucketName = 'attachments'): GridFsAttachmentStore {
    if (!connection.db) throw new Error('GridFsAttachmentStore needs an open mongoose connection');
    return new GridFsAttachmentStore(new mongoose.mongo.GridFSBucket(connection.db, { bucketName }), `${connection.host}:${connection.port}`);
  }

  async put(content: AsyncIterable<Uint8Array>): Promise<StoredFile> {
    const upload = this.bucket.openUploadStream(`${PENDING_PREFIX}${randomUUID()}`);
    const digest = createHash('sha256');
    let size = 0;
    async function* hashed(): AsyncGenerator<Uint8Array> {
      for await (const chunk of content) {
        digest.update(chunk);
        size += chunk.length;
        yield chunk;
      }
    }
    try {
      // pipeline carries backpressure and errors from either side; abort() deletes the chunks written.
      await pipeline(hashed, upload);
    } catch (error) {
      await upload.abort().catch(() => undefined);
      throw mapMongoError(error, this.host);
    }
    const hash = digest.digest('hex');
    try {
      if (await this.findFile(hash)) await this.bucket.delete(upload.id);
      else await this.bucket.rename(upload.id, hash);
    } catch (error) {
      throw mapMongoError(error, this.host);
    }
    return { hash, size };
  }

  async open(hash: ContentHash): Promise<OpenedFile | null> {
    if (!isContentHash(hash)) return null;
    try {
      const file = await this.findFile(hash);
      return file ? { size: file.length, content: this.bucket.openDownloadStream(file._id) } : null;
    } catch (error) {
      throw mapMongoError(error, this.host);
    }
  }

  async has(hash: ContentHash): Promise<boolean> {
    if (!isContentHash(hash)) return false;
    try {
      return (await this.findFile(hash)) !== null;
    } catch (error) {
      throw mapMongoError(error, this.host);
    }
  }

  /** The connection belongs to the read store, which closes it. */
  async close(): Promise<void> {}

  private async findFile(hash: ContentHash) {
    const [file] = await this.bucket.find({ filename: hash }, { sort: { uploadDate: 1 }, limit: 1 }).toArray();
    return file ?? null;
  }
}
