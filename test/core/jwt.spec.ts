import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { spawnSync } from 'node:child_process';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { JwtVerifier, signLocalToken } from '../../src/infrastructure/auth/jwt';
import { UnauthenticatedError } from '../../src/kernel/errors';
import { tempDir } from '../fixtures/stores';

describe('JWT verification', () => {
  const secret = 'a'.repeat(40);

  it('accepts local HS256 tokens and reads the actor and scoped roles', async () => {
    const token = await signLocalToken(secret, { sub: 'admin-1', roles: [{ role: 'ADMIN_BKD', unit: 'kota-medan' }] });
    expect(await new JwtVerifier({ jwtSecret: secret }).verify(token)).toEqual({ id: 'admin-1', roles: [{ role: 'ADMIN_BKD', unit: 'kota-medan' }] });
  });

  it('refuses a wrong signature, an expired token, an unknown role and a missing subject', async () => {
    const verifier = new JwtVerifier({ jwtSecret: secret });
    const other = await signLocalToken('b'.repeat(40), { sub: 'x', roles: [{ role: 'AUDITOR' }] });
    await expect(verifier.verify(other)).rejects.toBeInstanceOf(UnauthenticatedError);
    const expired = await signLocalToken(secret, { sub: 'x', roles: [{ role: 'AUDITOR' }] }, { expiresIn: '-1m' });
    await expect(verifier.verify(expired)).rejects.toThrow(/exp/);
    const unknownRole = await signLocalToken(secret, { sub: 'x', roles: [{ role: 'KING' }] });
    await expect(verifier.verify(unknownRole)).rejects.toThrow('unknown role "KING"');
    const noSub = await new SignJWT({ roles: [] }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(secret));
    await expect(verifier.verify(noSub)).rejects.toThrow('no subject');
  });

  describe('RS256 through a JWKS endpoint (an identity provider on loopback)', () => {
    let server: Server;
    let url: string;
    let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
    beforeAll(async () => {
      const pair = await generateKeyPair('RS256');
      privateKey = pair.privateKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
      server = createServer((_, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    const sign = (claims: object, issuer = 'https://sso.pemkomedan.go.id') =>
      new SignJWT({ roles: [{ role: 'AUDITOR' }], ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('auditor-7')
        .setIssuer(issuer)
        .setExpirationTime('5m')
        .sign(privateKey);

    it('accepts a token signed by the provider, and checks the issuer', async () => {
      const verifier = new JwtVerifier({ jwksUrl: url, issuer: 'https://sso.pemkomedan.go.id' });
      expect(await verifier.verify(await sign({}))).toEqual({ id: 'auditor-7', roles: [{ role: 'AUDITOR' }] });
      await expect(verifier.verify(await sign({}, 'https://evil.example'))).rejects.toThrow(/iss/);
    });

    it('refuses HS256 tokens when a JWKS is configured (no algorithm confusion)', async () => {
      const verifier = new JwtVerifier({ jwksUrl: url });
      await expect(verifier.verify(await signLocalToken(secret, { sub: 'x', roles: [{ role: 'AUDITOR' }] }))).rejects.toBeInstanceOf(UnauthenticatedError);
    });
  });
});

describe('npm run token', () => {
  it('prints only a token the API would accept', async () => {
    const dataDir = tempDir();
    const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/cli/token.ts', '--role', 'ADMIN_BKD', '--unit', 'kota-binjai', '--sub', 'admin-binjai'], {
      cwd: join(__dirname, '../..'),
      env: { ...process.env, DATA_DIR: dataDir, JWT_SECRET: '' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const token = result.stdout.trim();
    expect(token.split('.')).toHaveLength(3);
    const { loadConfig } = await import('../../src/config/config');
    const verifier = new JwtVerifier({ jwtSecret: loadConfig({ DATA_DIR: dataDir }).auth.jwtSecret });
    expect(await verifier.verify(token)).toEqual({ id: 'admin-binjai', roles: [{ role: 'ADMIN_BKD', unit: 'kota-binjai' }] });
  });

  it('refuses an unknown role with usage help', () => {
    const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/cli/token.ts', '--role', 'KING'], {
      cwd: join(__dirname, '../..'),
      env: { ...process.env, DATA_DIR: tempDir() },
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('unknown role: KING');
  });
});
