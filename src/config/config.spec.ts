import { tempDir } from '../../test/fixtures/stores';
import { ConfigError, loadConfig } from './config';

describe('configuration: query limits and the cursor key', () => {
  it('reads authenticated and anonymous limits, never letting an anonymous one be looser', () => {
    const { graphqlLimits } = loadConfig({ DATA_DIR: tempDir(), GRAPHQL_MAX_COST: '500', GRAPHQL_ANONYMOUS_MAX_COST: '900', GRAPHQL_ANONYMOUS_MAX_ALIASES: '3' });
    expect(graphqlLimits.authenticated.maxCost).toBe(500);
    expect(graphqlLimits.anonymous.maxCost).toBe(500);
    expect(graphqlLimits.anonymous.maxAliases).toBe(3);
    expect(graphqlLimits.authenticated.maxAliases).toBe(30);
  });

  it('refuses out-of-range limits and a short cursor key at boot, naming each variable', () => {
    const attempt = () => loadConfig({ DATA_DIR: tempDir(), GRAPHQL_MAX_TOKENS: 'many', GRAPHQL_ANONYMOUS_MAX_DEPTH: '0', CURSOR_SIGNING_KEY: 'short' });
    expect(attempt).toThrow(ConfigError);
    for (const name of ['GRAPHQL_MAX_TOKENS', 'GRAPHQL_ANONYMOUS_MAX_DEPTH', 'CURSOR_SIGNING_KEY']) expect(attempt).toThrow(name);
  });

  it('generates the cursor key once under DATA_DIR when none is configured, and reuses it', () => {
    const dataDir = tempDir();
    const first = loadConfig({ DATA_DIR: dataDir }).cursorKey;
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(loadConfig({ DATA_DIR: dataDir }).cursorKey).toBe(first);
    expect(loadConfig({ DATA_DIR: dataDir, CURSOR_SIGNING_KEY: 'c'.repeat(32) }).cursorKey).toBe('c'.repeat(32));
  });
});
