import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@config/config';
import { isAnonymous } from '@infrastructure/auth/roles';
import { RateLimiter, RateLimits } from '@infrastructure/auth/rate-limiter';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';

/**
 * Anonymous writes per client address per hour (FEEDBACK_SUBMISSIONS_PER_HOUR), on top of the API's
 * per-minute PUBLIC limit and the proof of work: reports and survey answers count together. Checked
 * before anything else, so a refused request costs the server nothing.
 */
@Injectable()
export class SubmissionLimit {
  private readonly limiter: RateLimiter;

  constructor(@Inject(APP_CONFIG) config: AppConfig, rateLimits: RateLimits) {
    this.limiter = rateLimits.limiter(config.publicFeedback.submissionsPerHour, 3_600_000);
  }

  async check(actor: Actor, address: string | undefined): Promise<void> {
    if (!isAnonymous(actor)) return;
    const wait = await this.limiter.hit(`${address ?? 'unknown'}|public-feedback-write`);
    if (wait > 0) throw new ForbiddenError(`Terlalu banyak kiriman dari alamat ini; coba lagi dalam ${Math.ceil(wait / 60)} menit`, { reason: 'RATE_LIMITED', retryAfterSeconds: wait });
  }
}
