import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig } from '../../../../config/config';
import { nikDigestKey, NikProtector } from './nik-protector';

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

  it('uses APPLICANT_IDENTITY_KEY when set and refuses a short one', () => {
    const config = { dataDir: mkdtempSync(join(tmpdir(), 'akt-nik-')) } as AppConfig;
    expect(nikDigestKey(config, { APPLICANT_IDENTITY_KEY: 'x'.repeat(40) }).toString()).toBe('x'.repeat(40));
    expect(() => nikDigestKey(config, { APPLICANT_IDENTITY_KEY: 'short' })).toThrow('at least 32');
  });

  it('otherwise creates a private local key once under DATA_DIR and reuses it', () => {
    const config = { dataDir: join(mkdtempSync(join(tmpdir(), 'akt-nik-')), 'data') } as AppConfig;
    const first = nikDigestKey(config, {});
    expect(nikDigestKey(config, {})).toEqual(first);
    expect(statSync(join(config.dataDir, 'applicant-identity-key')).mode & 0o777).toBe(0o600);
  });
});
