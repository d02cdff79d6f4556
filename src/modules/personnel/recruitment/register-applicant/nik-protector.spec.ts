import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig, loadConfig } from '@config/config';
import { nikDigestKeyProvider, NikProtector } from './nik-protector';

const NIK = '1275015705980001';

describe('NikProtector', () => {
  it('gives equal digests for equal NIKs and never contains the NIK', () => {
    const protector = new NikProtector(Buffer.from('k'.repeat(32)));
    expect(protector.digest(NIK)).toBe(protector.digest(NIK));
    expect(protector.digest(NIK)).not.toBe(protector.digest('1275015705980002'));
    expect(protector.digest(NIK)).toMatch(/^[0-9a-f]{64}$/);
    expect(protector.mask(NIK)).toBe('1275**********01');
  });

  it('depends on the deployment key, so the log alone cannot be matched against enumerated NIKs', () => {
    expect(new NikProtector(Buffer.from('a'.repeat(32))).digest(NIK)).not.toBe(new NikProtector(Buffer.from('b'.repeat(32))).digest(NIK));
  });

  it('uses APPLICANT_IDENTITY_KEY when set, refuses a short one at boot, else a private local key reused across starts', () => {
    expect(loadConfig({ APPLICANT_IDENTITY_KEY: 'x'.repeat(40) }).applicantIdentityKey).toBe('x'.repeat(40));
    expect(() => loadConfig({ APPLICANT_IDENTITY_KEY: 'short' })).toThrow('APPLICANT_IDENTITY_KEY must be at least 32 characters');
    const dataDir = join(mkdtempSync(join(tmpdir(), 'akt-nik-')), 'data');
    const first = loadConfig({ DATA_DIR: dataDir }).applicantIdentityKey;
    expect(first).toHaveLength(64);
    expect(loadConfig({ DATA_DIR: dataDir }).applicantIdentityKey).toBe(first);
    expect(statSync(join(dataDir, 'applicant-identity-key')).mode & 0o777).toBe(0o600);
    expect(nikDigestKeyProvider.useFactory({ applicantIdentityKey: first } as AppConfig).toString()).toBe(first);
  });
});
