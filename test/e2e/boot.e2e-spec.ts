import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '@config/config';
import { tempDir } from '../fixtures/stores';

const root = join(__dirname, '../..');

describe('configuration at boot', () => {
  it('a bad value stops the process with a message naming each bad variable', () => {
    const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'src/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: 'abc', READ_STORE_URL: 'postgres://x', DATA_DIR: tempDir() },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toContain('PORT must be an integer between 0 and 65535 (got "abc")');
    expect(result.stderr).toContain('READ_STORE_URL must start with mongodb:// or mongodb+srv://');
  });

  it('validates every setting and gives defaults for the embedded mode', () => {
    const dataDir = tempDir();
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({
      port: 3000,
      eventStore: { kind: 'sqlite', file: join(dataDir, 'events.db') },
      readStore: { kind: 'embedded', file: join(dataDir, 'read-models.db') },
      projectionOnPoison: 'stop',
    });
    expect(config.auth.jwtSecret).toHaveLength(64);
    expect(loadConfig({ DATA_DIR: dataDir }).auth.jwtSecret).toBe(config.auth.jwtSecret);
    expect(loadConfig({ EVENT_STORE_URL: 'esdb://localhost:2113?tls=false', JWT_SECRET: 'x'.repeat(32) }).eventStore).toEqual({
      kind: 'kurrentdb',
      url: 'esdb://localhost:2113?tls=false',
    });
    expect(() => loadConfig({ JWT_SECRET: 'short', PROJECTION_ON_POISON: 'ignore', NODE_ENV: 'production' })).toThrow(ConfigError);
    try {
      loadConfig({ JWT_SECRET: 'short', PROJECTION_ON_POISON: 'ignore' });
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'JWT_SECRET must be at least 32 characters',
        'PROJECTION_ON_POISON must be one of stop, park (got "ignore")',
      ]);
    }
  });
});
