import { createRemoteJWKSet, jwtVerify, JWTPayload, SignJWT } from 'jose';
import { UnauthenticatedError } from '../../kernel/errors';
import { Actor, RoleGrant } from '../../kernel/events';
import { ALL_ROLES } from './roles';

export interface JwtSettings {
  readonly jwtSecret?: string;
  readonly jwksUrl?: string;
  readonly issuer?: string;
  readonly audience?: string;
}

/** Claims Akuntabel reads: `sub`, and `roles: [{ role, unit? }]`. */
export interface AkuntabelClaims extends JWTPayload {
  roles?: unknown;
}

/** Verifies bearer tokens: HS256 with the local secret, or RS256 against the identity provider's JWKS. */
export class JwtVerifier {
  private readonly key;

  constructor(private readonly settings: JwtSettings) {
    if (settings.jwksUrl) this.key = createRemoteJWKSet(new URL(settings.jwksUrl));
    else if (settings.jwtSecret) this.key = new TextEncoder().encode(settings.jwtSecret);
    else throw new Error('JwtVerifier needs a JWT secret or a JWKS URL');
  }

  async verify(token: string): Promise<Actor> {
    let payload: AkuntabelClaims;
    try {
      const algorithms = this.settings.jwksUrl ? ['RS256'] : ['HS256'];
      const options = { algorithms, issuer: this.settings.issuer, audience: this.settings.audience };
      ({ payload } = typeof this.key === 'function' ? await jwtVerify(token, this.key, options) : await jwtVerify(token, this.key!, options));
    } catch (error) {
      throw new UnauthenticatedError(`Invalid token: ${(error as Error).message}`);
    }
    if (!payload.sub) throw new UnauthenticatedError('Invalid token: no subject (sub)');
    return { id: payload.sub, roles: parseRoles(payload.roles) };
  }
}

function parseRoles(claim: unknown): RoleGrant[] {
  if (!Array.isArray(claim)) throw new UnauthenticatedError('Invalid token: the roles claim must be a list of { role, unit? }');
  return claim.map((grant) => {
    const role = typeof grant === 'string' ? grant : grant?.role;
    const unit = typeof grant === 'object' && typeof grant?.unit === 'string' ? grant.unit : undefined;
    if (!ALL_ROLES.includes(role)) throw new UnauthenticatedError(`Invalid token: unknown role ${JSON.stringify(role)}`);
    return unit ? { role, unit } : { role };
  });
}

/** Signs a local HS256 token (development and tests; the `token` CLI). */
export function signLocalToken(
  secret: string,
  claims: { sub: string; roles: RoleGrant[] },
  options: { expiresIn?: string; issuer?: string; audience?: string } = {},
): Promise<string> {
  let jwt = new SignJWT({ roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h');
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
