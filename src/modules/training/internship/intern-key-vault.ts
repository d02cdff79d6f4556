import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { DOCUMENT_STORE, DocumentStore } from '@infrastructure/document-store/document-store.port';
import { SealedPersonalData } from './internship.events';

/** Interns' personal data: the least the certificate and the mentor need (UU 27/2022 PDP, data minimisation). */
export interface InternPersonalData {
  readonly name: string;
  readonly email: string | null;
}

export const TRAINING_INTERN_KEYS = 'training_intern_keys';

/** One AES-256 key per intern. Not a read model: it is never rebuilt from the log, and erasure deletes the key. */
@Schema({ versionKey: false })
class InternKeyDoc {
  @Prop({ type: String }) _id: string;
  @Prop({ type: String, default: null }) key: string | null;
  @Prop({ type: String, default: null }) shreddedAt: string | null;
}
const InternKeySchema = SchemaFactory.createForClass(InternKeyDoc);

/**
 * Crypto-shredding for interns (who are not ASN): their personal data enters the append-only log only
 * as AES-256-GCM ciphertext under a key kept here, outside the log. Destroying the key erases the
 * data everywhere it was copied (read models, exports, the log and its hash chain, which stays
 * intact). Backups taken before the erasure still hold the key until they are rotated out; a backup
 * without read models holds no keys at all, so a restore from it leaves every intern unreadable.
 */
@Injectable()
export class InternKeyVault implements OnModuleInit {
  constructor(@Inject(DOCUMENT_STORE) private readonly docs: DocumentStore) {}

  onModuleInit(): void {
    this.docs.define({ name: TRAINING_INTERN_KEYS, schema: InternKeySchema });
  }

  /** Seals under the intern's key, creating it once (a retried admission reuses it). */
  async seal(keyId: string, data: InternPersonalData): Promise<SealedPersonalData> {
    const key = await this.keyOf(keyId, true);
    if (!key) throw new Error(`Intern key ${keyId} was shredded`);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const sealed = Buffer.concat([cipher.update(JSON.stringify(data), 'utf8'), cipher.final()]);
    return { keyId, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: sealed.toString('base64') };
  }

  /** The personal data, or null once the key is shredded. */
  async open(sealed: SealedPersonalData): Promise<InternPersonalData | null> {
    const key = await this.keyOf(sealed.keyId, false);
    if (!key) return null;
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return JSON.parse(Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8')) as InternPersonalData;
  }

  /** Destroys the key for good (idempotent). */
  async shred(keyId: string, at: string): Promise<void> {
    await this.docs.transaction((tx) => tx.put(TRAINING_INTERN_KEYS, { _id: keyId, key: null, shreddedAt: at }));
  }

  private async keyOf(keyId: string, create: boolean): Promise<Buffer | null> {
    const doc = await this.docs.collection<InternKeyDoc>(TRAINING_INTERN_KEYS).findById(keyId);
    if (doc) return doc.key ? Buffer.from(doc.key, 'base64') : null;
    if (!create) return null;
    const key = randomBytes(32);
    await this.docs.transaction((tx) => tx.put(TRAINING_INTERN_KEYS, { _id: keyId, key: key.toString('base64'), shreddedAt: null }));
    return key;
  }
}
