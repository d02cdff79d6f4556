import { createSecretKey } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, JWTPayload, JWTVerifyOptions, SignJWT } from 'jose';
import { UnauthenticatedError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { GrantClaim, parseGrants } from './grants';
import { describeJoseError } from './jose-errors';
import { ANONYMOUS } from './roles';

export interface JwtSettings {
  readonly jwtSecret?: string;
  readonly jwksUrl?: string;
  readonly issuer: string;
  readonly audience: string;
  readonly maxLifetimeSeconds: number;
  readonly clockSkewSeconds: number;
}

/** Claims Akuntabel reads: `sub`, and `roles: [{ role, unit }]`; `exp`, `iss` and `aud` are required. */
export interface AkuntabelClaims extends JWTPayload {
  roles?: unknown;
}

/** Default lifetime of a local token (a working day), unless the maximum is shorter. */
const DEFAULT_LOCAL_LIFETIME_SECONDS = 8 * 3600;

/**
 * Verifies bearer tokens: HS256 with the local secret, or RS256 against the identity provider's JWKS.
 * Every token needs `exp`, the configured `iss` and `aud`; a local token also needs `iat` and may live
 * at most `maxLifetimeSeconds` (a leaked development token must not work forever). Clocks may differ
 * by `clockSkewSeconds`.
 */
export class JwtVerifier {
  private readonly key;
  private readonly options: JWTVerifyOptions;

  constructor(private readonly settings: JwtSettings) {
    if (settings.jwksUrl) this.key = createRemoteJWKSet(new URL(settings.jwksUrl));
    // A KeyObject made once: given raw bytes, jose would import a fresh key on every request.
    else if (settings.jwtSecret) this.key = createSecretKey(Buffer.from(settings.jwtSecret, 'utf8'));
    else throw new Error('JwtVerifier needs a JWT secret or a JWKS URL');
    const local = !settings.jwksUrl;
    this.options = {
      algorithms: local ? ['HS256'] : ['RS256'],
      issuer: settings.issuer,
      audience: settings.audience,
      requiredClaims: local ? ['exp', 'iat'] : ['exp'],
      clockTolerance: settings.clockSkewSeconds,
      // For a local token this also refuses an `iat` in the future (beyond the skew).
      ...(local ? { maxTokenAge: settings.maxLifetimeSeconds } : {}),
    };
  }

  /**
   * A token verified once is remembered until it expires (bounded, in memory): a client sends the
   * same token with every request, and its signature, claims and grants cannot have changed.
   */
  private readonly verified = new Map<string, { actor: Actor; exp: number }>();

  async verify(token: string): Promise<Actor> {
    const now = Date.now() / 1000;
    const known = this.verified.get(token);
    if (known && known.exp + this.settings.clockSkewSeconds > now) return known.actor;
    const payload = await this.verifiedClaims(token);
    const subject = parseSubject(payload.sub);
    const actor: Actor = Object.freeze({ id: subject, roles: parseGrants(payload.roles, subject) });
    if (this.verified.size >= 10_000) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, { actor, exp: payload.exp! });
    return actor;
  }

  private async verifiedClaims(token: string): Promise<AkuntabelClaims> {
    let payload: AkuntabelClaims;
    try {
      ({ payload } = typeof this.key === 'function' ? await jwtVerify(token, this.key, this.options) : await jwtVerify(token, this.key!, this.options));
    } catch (error) {
      throw invalid(describeJoseError(error));
    }
    if (!this.settings.jwksUrl) {
      const lifetime = payload.exp! - payload.iat!;
      if (lifetime > this.settings.maxLifetimeSeconds) {
        throw invalid(`masa berlaku token (exp − iat = ${lifetime} detik) melebihi batas ${this.settings.maxLifetimeSeconds} detik`);
      }
    }
    return payload;
  }
}

/** The actor id written into every event: a plain, bounded string. */
function parseSubject(sub: unknown): string {
  if (typeof sub !== 'string' || sub.length === 0) throw invalid('klaim "sub" (subjek) wajib berupa teks');
  if (sub.length > 256 || sub.trim() !== sub || /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(sub)) {
    throw invalid('klaim "sub" terlalu panjang atau berisi spasi di tepi / karakter kendali');
  }
  if (sub === ANONYMOUS.id) throw invalid(`klaim "sub" "${ANONYMOUS.id}" dicadangkan untuk pengguna anonim`);
  return sub;
}

function invalid(problem: string): UnauthenticatedError {
  return new UnauthenticatedError(`Token tidak sah: ${problem}`);
}

export type LocalTokenSettings = Pick<JwtSettings, 'jwtSecret' | 'issuer' | 'audience' | 'maxLifetimeSeconds'>;

/**
 * Signs a local HS256 token (development and tests; the `token` CLI) with `iat`, `exp`, `iss` and `aud`
 * as the verifier of the same configuration requires. The grants are signed as given: the verifier
 * judges them (the CLI checks them first with parseGrants).
 */
export async function signLocalToken(
  settings: LocalTokenSettings,
  claims: { sub: string; roles: readonly GrantClaim[] },
  { lifetimeSeconds, issuedAt = Math.floor(Date.now() / 1000) }: { lifetimeSeconds?: number; issuedAt?: number } = {},
): Promise<string> {
  if (!settings.jwtSecret) throw new Error('Local tokens need a JWT secret (JWKS_URL is configured: tokens come from the identity provider)');
  const lifetime = lifetimeSeconds ?? Math.min(DEFAULT_LOCAL_LIFETIME_SECONDS, settings.maxLifetimeSeconds);
  if (!Number.isInteger(lifetime) || lifetime <= 0 || lifetime > settings.maxLifetimeSeconds) {
    throw new Error(`Token lifetime must be 1..${settings.maxLifetimeSeconds} seconds (JWT_MAX_LIFETIME_SECONDS), got ${lifetime}`);
  }
  return new SignJWT({ roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetime)
    .sign(new TextEncoder().encode(settings.jwtSecret));
}
