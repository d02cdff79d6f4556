import { Injectable } from '@nestjs/common';
import { RateLimiter, RateLimits } from '@infrastructure/auth/rate-limiter';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';

/** [M] Policy: NIP-keyed lookups per actor per minute. */
export const NIP_LOOKUPS_PER_MINUTE = 30;

/**
 * NIPs are guessable (DOMAIN §1.5: 15 digits from public-ish facts, then 999 candidates), so lookups
 * by NIP are limited per actor even for authenticated callers. A refusal reads like the core guard's:
 * FORBIDDEN with `reason: RATE_LIMITED`.
 */
@Injectable()
export class NipLookupLimiter {
  private readonly limiter: RateLimiter;

  constructor(rateLimits: RateLimits) {
    this.limiter = rateLimits.limiter(NIP_LOOKUPS_PER_MINUTE);
  }

  async assertAllowed(actor: Actor): Promise<void> {
    const wait = await this.limiter.hit(`employeeByNip|${actor.id}`);
    if (wait > 0) throw new ForbiddenError(`Terlalu banyak pencarian NIP; coba lagi dalam ${wait} detik`, { reason: 'RATE_LIMITED', retryAfterSeconds: wait });
  }
}
