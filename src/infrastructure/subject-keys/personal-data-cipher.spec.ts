import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { tempDir } from '../../../test/fixtures/stores';
import { PersonalDataCipher } from './personal-data-cipher';
import { SqliteSubjectKeyStore } from './subject-key-store';

describe('PersonalDataCipher (per-subject AES-256-GCM, crypto-shredding)', () => {
  const dir = tempDir('akt-keys-');
  const store = SqliteSubjectKeyStore.open(join(dir, 'subject-keys.db'));
  const cipher = new PersonalDataCipher(store, randomBytes(32));
  afterAll(() => store.close());

  it('seals and opens a value per subject; the sealed text reveals nothing of it', async () => {
    const sealed = await cipher.seal('reporter-1', { name: 'Siti Aminah', phone: '081234567890' });
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('Siti');
    expect(await cipher.open('reporter-1', sealed)).toEqual({ name: 'Siti Aminah', phone: '081234567890' });
    const again = await cipher.seal('reporter-1', { name: 'Siti Aminah', phone: '081234567890' });
    expect(again).not.toBe(sealed);
  });

  it('binds a sealed value to its subject: another subject key cannot open it', async () => {
    const sealed = await cipher.seal('reporter-2', 'rahasia');
    await cipher.seal('reporter-3', 'x');
    await expect(cipher.open('reporter-3', sealed)).rejects.toThrow();
  });

  it('erasing the key shreds every value sealed for the subject, and only for that subject', async () => {
    const a = await cipher.seal('reporter-4', 'a');
    const b = await cipher.seal('reporter-5', 'b');
    expect(await cipher.erase('reporter-4')).toBe(true);
    expect(await cipher.erase('reporter-4')).toBe(false);
    expect(await cipher.open('reporter-4', a)).toBeNull();
    expect(await cipher.isErased('reporter-4')).toBe(true);
    expect(await cipher.open('reporter-5', b)).toBe('b');
  });

  it('a key store under another master key cannot unwrap the keys', async () => {
    const sealed = await cipher.seal('reporter-6', 'z');
    const other = new PersonalDataCipher(store, randomBytes(32));
    await expect(other.open('reporter-6', sealed)).rejects.toThrow();
  });
});
