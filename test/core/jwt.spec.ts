import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { spawnSync } from 'node:child_process';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '@config/config';
import { JwtSettings, JwtVerifier, signLocalToken } from '@infrastructure/auth/jwt';
import { UnauthenticatedError } from '@kernel/errors';
import { tempDir } from '../fixtures/stores';

const now = () => Math.floor(Date.now() / 1000);

describe('JWT verification', () => {
  const local: JwtSettings = { jwtSecret: 'a'.repeat(40), issuer: 'akuntabel-local', audience: 'akuntabel-api', maxLifetimeSeconds: 3600, clockSkewSeconds: 30 };
  const verifier = new JwtVerifier(local);
  const auditor = [{ role: 'AUDITOR', unit: '*' }];

  /** A local token with exactly these claims (no defaults), to test each requirement on its own. */
  const raw = (claims: Record<string, unknown>, secret = local.jwtSecret!) =>
    new SignJWT({ sub: 'x', roles: auditor, iss: local.issuer, aud: local.audience, iat: now(), exp: now() + 600, ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(secret));
  const without = async (claim: string) => {
    const claims: Record<string, unknown> = { sub: 'x', roles: auditor, iss: local.issuer, aud: local.audience, iat: now(), exp: now() + 600 };
    delete claims[claim];
    return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(local.jwtSecret));
  };
  const refusal = (token: Promise<string>) => token.then((t) => verifier.verify(t)).then(
    () => 'accepted',
    (error) => (error instanceof UnauthenticatedError ? error.message : `not UNAUTHENTICATED: ${error}`),
  );

  it('accepts a local token signed for this API and reads the actor with closed grants', async () => {
    const token = await signLocalToken(local, { sub: 'admin-1', roles: [{ role: 'ADMIN_BKD', unit: 'kota-medan' }, { role: 'EMPLOYEE' }] });
    expect(await verifier.verify(token)).toEqual({
      id: 'admin-1',
      roles: [
        { role: 'ADMIN_BKD', unit: 'kota-medan' },
        { role: 'EMPLOYEE', unit: 'admin-1' },
      ],
    });
  });

  it('refuses a token without exp, and a local one without iat (UNAUTHENTICATED)', async () => {
    expect(await refusal(without('exp'))).toBe('Token tidak sah: klaim "exp" wajib ada');
    expect(await refusal(without('iat'))).toBe('Token tidak sah: klaim "iat" wajib ada');
    expect(await refusal(raw({ exp: '2099-01-01' }))).toMatch(/"exp" harus berupa angka/);
  });

  it('refuses a local token whose lifetime (exp − iat) exceeds JWT_MAX_LIFETIME_SECONDS', async () => {
    expect(await refusal(raw({ iat: now(), exp: now() + 3600 }))).toBe('accepted');
    expect(await refusal(raw({ iat: now(), exp: now() + 3601 }))).toMatch(/exp − iat = 3601 detik\) melebihi batas 3600 detik/);
    // Backdating iat to shorten the apparent lifetime does not help: the token is then too old.
    expect(await refusal(raw({ iat: now() - 7200, exp: now() + 600 }))).toMatch(/exp − iat|iat/);
    await expect(signLocalToken(local, { sub: 'x', roles: auditor }, { lifetimeSeconds: 3601 })).rejects.toThrow(/1\.\.3600 seconds/);
  });

  it('refuses a wrong or missing iss and aud', async () => {
    expect(await refusal(raw({ iss: 'https://other.example' }))).toBe('Token tidak sah: penerbit (iss) tidak diterima');
    expect(await refusal(raw({ aud: 'another-api' }))).toBe('Token tidak sah: audiens (aud) bukan API ini');
    expect(await refusal(raw({ aud: ['another-api', local.audience] }))).toBe('accepted');
    expect(await refusal(without('iss'))).toBe('Token tidak sah: klaim "iss" wajib ada');
    expect(await refusal(without('aud'))).toBe('Token tidak sah: klaim "aud" wajib ada');
  });

  it('tolerates clock skew within JWT_CLOCK_SKEW_SECONDS, not beyond', async () => {
    expect(await refusal(raw({ iat: now() - 600, exp: now() - 10 }))).toBe('accepted');
    expect(await refusal(raw({ iat: now() - 600, exp: now() - 60 }))).toBe('Token tidak sah: token sudah kedaluwarsa (exp)');
    expect(await refusal(raw({ nbf: now() + 10 }))).toBe('accepted');
    expect(await refusal(raw({ nbf: now() + 60 }))).toBe('Token tidak sah: token belum berlaku (nbf)');
    expect(await refusal(raw({ iat: now() + 10, exp: now() + 600 }))).toBe('accepted');
    expect(await refusal(raw({ iat: now() + 60, exp: now() + 600 }))).toMatch(/iat/);
    const strict = new JwtVerifier({ ...local, clockSkewSeconds: 0 });
    await expect(strict.verify(await raw({ iat: now() - 600, exp: now() - 10 }))).rejects.toThrow(/exp/);
  });

  it('remembers a verified token until it expires, and only a verified one', async () => {
    const strict = new JwtVerifier({ ...local, clockSkewSeconds: 0 });
    const token = await raw({ exp: now() + 1 });
    const first = await strict.verify(token);
    expect(await strict.verify(token)).toBe(first);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await expect(strict.verify(token)).rejects.toThrow(/exp/);
    const forged = await raw({}, 'b'.repeat(40));
    for (let i = 0; i < 2; i++) await expect(strict.verify(forged)).rejects.toThrow(/tanda tangan/);
  });

  it('refuses a wrong signature, a malformed grant and a bad subject', async () => {
    expect(await refusal(raw({}, 'b'.repeat(40)))).toBe('Token tidak sah: tanda tangan tidak cocok');
    expect(await refusal(raw({ roles: [{ role: 'KING', unit: '*' }] }))).toBe('Token tidak sah: roles[0].role tidak dikenal: "KING"');
    expect(await refusal(raw({ roles: [{ role: 'ADMIN_BKD', unit: '' }] }))).toMatch(/^Token tidak sah: roles\[0\]\.unit "" bukan cakupan yang sah untuk ADMIN_BKD/);
    expect(await refusal(without('sub'))).toBe('Token tidak sah: klaim "sub" (subjek) wajib berupa teks');
    expect(await refusal(raw({ sub: 'anonymous' }))).toMatch(/dicadangkan/);
    expect(await refusal(raw({ sub: 'admin\u202e1' }))).toMatch(/karakter kendali/);
    expect(await refusal(Promise.resolve('not-a-jwt'))).toBe('Token tidak sah: format token rusak');
  });

  describe('RS256 through a JWKS endpoint (an identity provider on loopback)', () => {
    let server: Server;
    let provider: JwtSettings;
    let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
    beforeAll(async () => {
      const pair = await generateKeyPair('RS256');
      privateKey = pair.privateKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
      server = createServer((_, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
      provider = { jwksUrl, issuer: 'https://sso.pemkomedan.go.id', audience: 'akuntabel', maxLifetimeSeconds: 3600, clockSkewSeconds: 30 };
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    const sign = ({ issuer = 'https://sso.pemkomedan.go.id', audience = 'akuntabel', expires = '5m' as string | null } = {}) => {
      let jwt = new SignJWT({ roles: [{ role: 'AUDITOR', unit: 'kota-medan' }] })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('auditor-7')
        .setIssuer(issuer)
        .setAudience(audience);
      if (expires) jwt = jwt.setExpirationTime(expires);
      return jwt.sign(privateKey);
    };

    it('accepts a token signed by the provider, and checks iss and aud', async () => {
      const verifier = new JwtVerifier(provider);
      expect(await verifier.verify(await sign())).toEqual({ id: 'auditor-7', roles: [{ role: 'AUDITOR', unit: 'kota-medan' }] });
      await expect(verifier.verify(await sign({ issuer: 'https://evil.example' }))).rejects.toThrow(/iss/);
      await expect(verifier.verify(await sign({ audience: 'another-api' }))).rejects.toThrow(/aud/);
    });

    it('requires exp; the lifetime is the provider’s policy (no iat needed, no local maximum)', async () => {
      const verifier = new JwtVerifier(provider);
      await expect(verifier.verify(await sign({ expires: null }))).rejects.toThrow('Token tidak sah: klaim "exp" wajib ada');
      expect((await verifier.verify(await sign({ expires: '2d' }))).id).toBe('auditor-7');
    });

    it('refuses HS256 tokens when a JWKS is configured (no algorithm confusion)', async () => {
      const verifier = new JwtVerifier(provider);
      const hs = await signLocalToken({ ...local, issuer: provider.issuer, audience: provider.audience }, { sub: 'x', roles: auditor });
      await expect(verifier.verify(hs)).rejects.toBeInstanceOf(UnauthenticatedError);
    });

    it('needs JWT_ISSUER and JWT_AUDIENCE when JWKS_URL is set (configuration refuses to boot)', () => {
      expect(() => loadConfig({ DATA_DIR: tempDir(), JWKS_URL: provider.jwksUrl! })).toThrow(ConfigError);
      expect(() => loadConfig({ DATA_DIR: tempDir(), JWKS_URL: provider.jwksUrl!, JWT_ISSUER: provider.issuer })).toThrow(/JWT_AUDIENCE/);
      expect(loadConfig({ DATA_DIR: tempDir(), JWKS_URL: provider.jwksUrl!, JWT_ISSUER: provider.issuer, JWT_AUDIENCE: 'akuntabel' }).auth).toMatchObject({ issuer: provider.issuer, audience: 'akuntabel' });
    });
  });

  it('reads the token limits from the configuration, with local defaults', () => {
    const dataDir = tempDir();
    expect(loadConfig({ DATA_DIR: dataDir }).auth).toMatchObject({ issuer: 'akuntabel-local', audience: 'akuntabel-api', maxLifetimeSeconds: 43_200, clockSkewSeconds: 30 });
    expect(loadConfig({ DATA_DIR: dataDir, JWT_MAX_LIFETIME_SECONDS: '900', JWT_CLOCK_SKEW_SECONDS: '5' }).auth).toMatchObject({ maxLifetimeSeconds: 900, clockSkewSeconds: 5 });
    expect(() => loadConfig({ DATA_DIR: dataDir, JWT_MAX_LIFETIME_SECONDS: '0' })).toThrow(/JWT_MAX_LIFETIME_SECONDS/);
    expect(() => loadConfig({ DATA_DIR: dataDir, JWT_CLOCK_SKEW_SECONDS: '3600' })).toThrow(/JWT_CLOCK_SKEW_SECONDS/);
  });
});

describe('npm run token', () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'src/cli/token.ts', ...args], {
      cwd: join(__dirname, '../..'),
      env: { ...process.env, JWT_SECRET: '', JWT_ISSUER: '', JWT_AUDIENCE: '', JWT_MAX_LIFETIME_SECONDS: '', ...env },
      encoding: 'utf8',
    });

  it('prints only a token the API would accept, with exp', async () => {
    const dataDir = tempDir();
    const result = run(['--role', 'ADMIN_BKD', '--role', 'EMPLOYEE', '--unit', 'kota-binjai', '--sub', 'admin-binjai', '--expires', '2h'], { DATA_DIR: dataDir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const token = result.stdout.trim();
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(claims.exp - claims.iat).toBe(7200);
    const verifier = new JwtVerifier(loadConfig({ DATA_DIR: dataDir }).auth);
    expect(await verifier.verify(token)).toEqual({
      id: 'admin-binjai',
      roles: [
        { role: 'ADMIN_BKD', unit: 'kota-binjai' },
        { role: 'EMPLOYEE', unit: 'admin-binjai' },
      ],
    });
  });

  it('refuses an unknown role, a grant the API would refuse and a lifetime beyond the maximum', () => {
    const env = { DATA_DIR: tempDir() };
    const unknown = run(['--role', 'KING'], env);
    expect([unknown.status, unknown.stdout]).toEqual([2, '']);
    expect(unknown.stderr).toContain('unknown role: KING');
    const unscoped = run(['--role', 'ADMIN_BKD'], env);
    expect([unscoped.status, unscoped.stdout]).toEqual([2, '']);
    expect(unscoped.stderr).toContain('roles[0].unit wajib ada untuk ADMIN_BKD');
    const tooLong = run(['--role', 'AUDITOR', '--unit', '*', '--expires', '2h'], { ...env, JWT_MAX_LIFETIME_SECONDS: '3600' });
    expect([tooLong.status, tooLong.stdout]).toEqual([2, '']);
    expect(tooLong.stderr).toContain('at most 3600 s');
  });
});
