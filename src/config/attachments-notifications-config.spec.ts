import { loadConfig } from './config';

describe('configuration of attachments and notifications', () => {
  const base = { DATA_DIR: '/tmp/akt-config-spec', JWT_SECRET: 'x'.repeat(32), APPLICANT_IDENTITY_KEY: 'y'.repeat(32) };

  it('defaults: 10 MiB uploads, e-mail off', () => {
    const config = loadConfig(base);
    expect(config.attachments.maxBytes).toBe(10 * 1024 * 1024);
    expect(config.notifications).toEqual({ smtpUrl: undefined, from: 'Akuntabel <no-reply@localhost>', maxAttempts: 6, retryBaseMs: 60_000, pollMs: 5000 });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      ...base,
      ATTACHMENT_MAX_BYTES: '2048',
      SMTP_URL: 'smtps://bkd:rahasia@smtp.medan.go.id:465',
      NOTIFY_FROM: 'BKD Kota Medan <bkd@medan.go.id>',
      NOTIFY_MAX_ATTEMPTS: '3',
      NOTIFY_RETRY_BASE_MS: '1000',
      NOTIFY_POLL_MS: '100',
    });
    expect(config.attachments.maxBytes).toBe(2048);
    expect(config.notifications).toEqual({ smtpUrl: 'smtps://bkd:rahasia@smtp.medan.go.id:465', from: 'BKD Kota Medan <bkd@medan.go.id>', maxAttempts: 3, retryBaseMs: 1000, pollMs: 100 });
  });

  it('refuses bad values, naming each', () => {
    const bad = () => loadConfig({ ...base, ATTACHMENT_MAX_BYTES: '0', SMTP_URL: 'http://mail', NOTIFY_FROM: 'bkd', NOTIFY_POLL_MS: '1' });
    for (const problem of ['ATTACHMENT_MAX_BYTES must be an integer', 'SMTP_URL must start with smtp:// or smtps://', 'NOTIFY_FROM must be an e-mail address', 'NOTIFY_POLL_MS must be an integer']) {
      expect(bad).toThrow(problem);
    }
  });
});
