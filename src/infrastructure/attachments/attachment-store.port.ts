import type { Readable } from 'node:stream';

/**
 * The evidence-file port (bukti dukung, certificates, SK scans, complaint photos). Files are
 * content-addressed: a file's address is the SHA-256 of its bytes, so events reference a file by hash
 * and the same bytes are stored once. Adapters: files under DATA_DIR (embedded, default) and MongoDB
 * GridFS. Both pass test/contract/attachment-store.contract.ts.
 */
export const ATTACHMENT_STORE = Symbol('ATTACHMENT_STORE');

/** Lowercase hex SHA-256 of a file's bytes. */
export type ContentHash = string;

const CONTENT_HASH = /^[0-9a-f]{64}$/;

export function isContentHash(value: string): value is ContentHash {
  return CONTENT_HASH.test(value);
}

export interface StoredFile {
  readonly hash: ContentHash;
  readonly size: number;
}

export interface OpenedFile {
  readonly size: number;
  readonly content: Readable;
}

export interface AttachmentStore {
  /**
   * Streams `content` in and resolves once the file is durable under its hash. Bytes already stored
   * are kept and the new copy discarded. If `content` throws (a size or type check refusing it), nothing
   * is stored and the error is rethrown.
   */
  put(content: AsyncIterable<Uint8Array>): Promise<StoredFile>;
  /** The stored bytes of `hash`, or null when no such file is stored. */
  open(hash: ContentHash): Promise<OpenedFile | null>;
  has(hash: ContentHash): Promise<boolean>;
  close(): Promise<void>;
}
