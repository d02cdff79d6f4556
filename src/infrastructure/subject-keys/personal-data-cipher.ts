import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { SubjectKeyStore } from './subject-key-store';

/** A sealed value as an event holds it: `v1.<iv>.<tag>.<ciphertext>` (base64url), AES-256-GCM under the subject's key. */
export type Sealed = string;

const SEALED = /^v1\.([\w-]+)\.([\w-]+)\.([\w-]*)$/;

/**
 * Personal data in events, erasable without touching the log (crypto-shredding, UU 27/2022 PDP right
 * to erasure): each data subject has a random 256-bit key, stored wrapped (AES-256-GCM under the
 * deployment's master key) in a key store outside the log; values are sealed with AES-256-GCM under
 * the subject's key, with the subject id as additional data (a sealed value cannot be moved to
 * another subject). Erasing the key leaves the ciphertext — and every event hash — as it was, and
 * unreadable for good.
 */
export class PersonalDataCipher {
  constructor(
    private readonly keys: SubjectKeyStore,
    private readonly masterKey: Buffer,
  ) {
    if (masterKey.length !== 32) throw new Error('The subject master key must be 32 bytes');
  }

  async seal(subjectId: string, value: unknown): Promise<Sealed> {
    const key = await this.subjectKey(subjectId, true);
    return encrypt(key!, Buffer.from(JSON.stringify(value), 'utf8'), subjectId);
  }

  /** The value, or null when the subject's key was erased (or never existed). */
  async open<T = unknown>(subjectId: string, sealed: Sealed): Promise<T | null> {
    const key = await this.subjectKey(subjectId, false);
    if (!key) return null;
    return JSON.parse(decrypt(key, sealed, subjectId).toString('utf8')) as T;
  }

  /** Shreds the subject's data everywhere it was sealed; true when a key was erased now. */
  erase(subjectId: string): Promise<boolean> {
    return this.keys.delete(subjectId);
  }

  async isErased(subjectId: string): Promise<boolean> {
    return (await this.keys.get(subjectId)) === null;
  }

  private async subjectKey(subjectId: string, create: boolean): Promise<Buffer | null> {
    let wrapped = await this.keys.get(subjectId);
    if (!wrapped && create) wrapped = await this.keys.putIfAbsent(subjectId, Buffer.from(encrypt(this.masterKey, randomBytes(32), `key:${subjectId}`), 'utf8'));
    return wrapped ? decrypt(this.masterKey, wrapped.toString('utf8'), `key:${subjectId}`) : null;
  }
}

function encrypt(key: Buffer, plaintext: Buffer, aad: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return `v1.${iv.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${ciphertext.toString('base64url')}`;
}

function decrypt(key: Buffer, sealed: Sealed, aad: string): Buffer {
  const match = SEALED.exec(sealed);
  if (!match) throw new Error('Not a sealed value');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(match[1], 'base64url'));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(Buffer.from(match[2], 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(match[3], 'base64url')), decipher.final()]);
}
