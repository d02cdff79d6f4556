import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '@config/config';
import { ForbiddenError, UnauthenticatedError } from '@kernel/errors';
import { ALL_INSTANSI_KEY, PROBE_KEY, PUBLIC_KEY, requestOf, ROLES_KEY } from './decorators';
import { Metrics } from '../metrics/metrics';
import { JwtVerifier } from './jwt';
import { RateLimiter, RateLimits } from './rate-limiter';
import { holdsAllInstansi } from './grants';
import { ANONYMOUS, hasRole, isAnonymous, Role } from './roles';

/**
 * Global guard: every resolver is closed unless marked @Public(). It authenticates the bearer token
 * (an invalid token is refused even on public operations), checks @Roles() (and @AllInstansi()), and
 * rate-limits anonymous use of public operations.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly limiter: RateLimiter;

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: JwtVerifier,
    private readonly metrics: Metrics,
    rateLimits: RateLimits,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limiter = rateLimits.limiter(config.publicRateLimitPerMinute);
  }

  /**
   * What an operation's decorators say, read once per class and handler (metadata is fixed once the
   * app is built; an inherited handler may serve two classes with different decorators).
   */
  private readonly policies = new WeakMap<Function, WeakMap<Function, Policy>>();

  private policyOf(context: ExecutionContext): Policy {
    const handler = context.getHandler();
    let ofClass = this.policies.get(context.getClass());
    if (!ofClass) this.policies.set(context.getClass(), (ofClass = new WeakMap()));
    let policy = ofClass.get(handler);
    if (!policy) {
      const targets = [handler, context.getClass()];
      policy = {
        probe: Boolean(this.reflector.getAllAndOverride<boolean>(PROBE_KEY, targets)),
        public: Boolean(this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)),
        roles: this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets),
        allInstansi: Boolean(this.reflector.getAllAndOverride<boolean>(ALL_INSTANSI_KEY, targets)),
        name: `${context.getClass().name}.${handler.name}`,
      };
      ofClass.set(handler, policy);
    }
    return policy;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.policyOf(context);
    if (policy.probe) return true;
    const request = requestOf(context);
    // Every transport builds a request (HTTP, WebSocket): a context without one is refused, never waved through.
    if (!request) throw new UnauthenticatedError('Permintaan tanpa konteks autentikasi');
    if (!request.actor) {
      const header = request.headers['authorization'];
      const value = Array.isArray(header) ? header[0] : header;
      if (value && !/^Bearer\s+\S+$/i.test(value)) throw new UnauthenticatedError('Header Authorization harus berbentuk "Bearer <token>"');
      request.actor = value ? await this.verifier.verify(value.replace(/^Bearer\s+/i, '')) : ANONYMOUS;
    }
    const actor = request.actor;
    if (policy.public) {
      if (isAnonymous(actor)) {
        const wait = await this.limiter.hit(`${request.ip ?? 'unknown'}|${policy.name}`);
        if (wait > 0) this.metrics.rateLimited.inc({ limit: 'anonymous' });
        if (wait > 0) throw new ForbiddenError(`Terlalu banyak permintaan tanpa login; coba lagi dalam ${wait} detik`, { reason: 'RATE_LIMITED', retryAfterSeconds: wait });
      }
      return true;
    }
    if (isAnonymous(actor)) throw new UnauthenticatedError('Operasi ini memerlukan login: kirim token bearer yang sah (Authorization: Bearer <token>)');
    const roles = policy.roles;
    if (roles?.length && !hasRole(actor, ...roles)) {
      throw new ForbiddenError(`Operasi ini memerlukan salah satu peran: ${roles.join(', ')}`, { requiredRoles: roles });
    }
    // Without @Roles nobody qualifies: a system-wide operation always names who runs it.
    if (policy.allInstansi && !holdsAllInstansi(actor, ...(roles ?? []))) {
      throw new ForbiddenError(`Operasi ini memerlukan peran ${(roles ?? []).join(' atau ')} untuk semua instansi (unit "*")`, { requiredRoles: roles ?? [], requiredUnit: '*' });
    }
    return true;
  }
}

interface Policy {
  readonly probe: boolean;
  readonly public: boolean;
  readonly roles: Role[] | undefined;
  readonly allInstansi: boolean;
  /** `Resolver.handler`, the anonymous rate limit's key. */
  readonly name: string;
}
