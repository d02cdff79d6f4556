import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Schema } from 'mongoose';
import { DocumentStore } from '../document-store/document-store.port';

/**
 * Where wrapped per-subject keys live: never in the event log (which is append-only and would keep a
 * key forever) and never in a rebuildable read model (a rebuild or a backup without read models would
 * shred everyone). Deleting a subject's row is the erasure.
 */
export interface SubjectKeyStore {
  get(subjectId: string): Promise<Buffer | null>;
  /** Stores the key unless one exists; answers the key that is stored (the first writer wins). */
  putIfAbsent(subjectId: string, wrapped: Buffer): Promise<Buffer>;
  /** Deletes the key; true when there was one. */
  delete(subjectId: string): Promise<boolean>;
  close(): Promise<void>;
}

/** Embedded mode: `DATA_DIR/subject-keys.db`, with secure_delete so an erased key is overwritten on disk. */
export class SqliteSubjectKeyStore implements SubjectKeyStore {
  private constructor(private readonly db: Database.Database) {}

  static open(file: string): SqliteSubjectKeyStore {
    mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('secure_delete = ON');
    db.exec('CREATE TABLE IF NOT EXISTS subject_keys (subject_id TEXT PRIMARY KEY, wrapped BLOB NOT NULL)');
    return new SqliteSubjectKeyStore(db);
  }

  async get(subjectId: string): Promise<Buffer | null> {
    const row = this.db.prepare('SELECT wrapped FROM subject_keys WHERE subject_id = ?').get(subjectId) as { wrapped: Buffer } | undefined;
    return row ? row.wrapped : null;
  }

  async putIfAbsent(subjectId: string, wrapped: Buffer): Promise<Buffer> {
    this.db.prepare('INSERT OR IGNORE INTO subject_keys (subject_id, wrapped) VALUES (?, ?)').run(subjectId, wrapped);
    return (await this.get(subjectId))!;
  }

  async delete(subjectId: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM subject_keys WHERE subject_id = ?').run(subjectId).changes > 0;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

export const SUBJECT_KEYS = '_subject_keys';
const subjectKeySchema = new Schema({ _id: String, wrapped: String }, { versionKey: false });

/** MongoDB mode: one document per subject in `_subject_keys` (not a projection: never rebuilt or dropped). */
export class DocumentSubjectKeyStore implements SubjectKeyStore {
  constructor(private readonly docs: DocumentStore) {
    docs.define({ name: SUBJECT_KEYS, schema: subjectKeySchema });
  }

  async get(subjectId: string): Promise<Buffer | null> {
    const doc = await this.docs.collection<{ _id: string; wrapped: string }>(SUBJECT_KEYS).findById(subjectId);
    return doc ? Buffer.from(doc.wrapped, 'base64') : null;
  }

  async putIfAbsent(subjectId: string, wrapped: Buffer): Promise<Buffer> {
    await this.docs.transaction(async (tx) => {
      if (!(await tx.collection(SUBJECT_KEYS).findById(subjectId))) await tx.put(SUBJECT_KEYS, { _id: subjectId, wrapped: wrapped.toString('base64') });
    });
    return (await this.get(subjectId))!;
  }

  async delete(subjectId: string): Promise<boolean> {
    return this.docs.transaction(async (tx) => {
      const existed = (await tx.collection(SUBJECT_KEYS).findById(subjectId)) !== null;
      if (existed) await tx.delete(SUBJECT_KEYS, subjectId, 0);
      return existed;
    });
  }

  async close(): Promise<void> {}
}
