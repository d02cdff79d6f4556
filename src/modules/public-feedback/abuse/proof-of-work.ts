import { Inject, Injectable } from '@nestjs/common';
import { Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { createChallenge, extractParams, verifySolution } from 'altcha-lib';
import { createHash } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@config/config';
import { Public } from '@infrastructure/auth/decorators';
import { Clock } from '@kernel/clock';
import { CommandContextFactory, CommandOptions } from '@kernel/command-context';
import { CommandContext } from '@kernel/command-handling';
import { Actor } from '@kernel/events';
import { refuse } from '@kernel/rules';
import { FeedbackRule } from '../feedback.rules';

@ObjectType('FeedbackChallenge', { description: 'An ALTCHA proof-of-work challenge: find `number` ≤ maxnumber with SHA-256(salt + number) = challenge.' })
export class FeedbackChallenge {
  @Field() algorithm: string;
  @Field() challenge: string;
  @Field(() => Int) maxnumber: number;
  @Field() salt: string;
  @Field() signature: string;
}

/**
 * Abuse resistance without accounts (issue 11 item 8): every anonymous write carries the solution of
 * an ALTCHA challenge this server signed (altcha-lib, no third-party service). The solution is spent
 * by the write: the command id derives from the challenge, so the same solution with the same request
 * repeats nothing and with another request is refused (the command path's idempotency-key claim). Expiry
 * is checked on the injected clock, not the wall clock.
 */
/** The idempotency key a solution is spent under: the same solution is the same request. */
export function powIdempotencyKey(signature: string): string {
  return `pow:${createHash('sha256').update(signature).digest('hex').slice(0, 48)}`;
}

@Injectable()
export class ProofOfWork {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly contexts: CommandContextFactory,
  ) {}

  async challenge(): Promise<FeedbackChallenge> {
    const { powKey, powMaxNumber, powExpiresSeconds } = this.config.publicFeedback;
    const expires = String(Math.floor(this.clock.now().getTime() / 1000) + powExpiresSeconds);
    const c = await createChallenge({ hmacKey: powKey, maxNumber: powMaxNumber, params: { expires } });
    return { algorithm: c.algorithm, challenge: c.challenge, maxnumber: c.maxnumber ?? powMaxNumber, salt: c.salt, signature: c.signature };
  }

  /** Verifies an anonymous caller's solution and answers the command context it is spent by. */
  async spend(solution: string | undefined, actor: Actor, input: CommandOptions & object): Promise<CommandContext> {
    if (!solution) refuse(FeedbackRule.POW_REQUIRED, 'Pengiriman tanpa akun memerlukan bukti kerja (proofOfWork) dari feedbackChallenge');
    let payload: { salt: string; signature: string };
    try {
      payload = JSON.parse(Buffer.from(solution, 'base64').toString('utf8'));
    } catch {
      refuse(FeedbackRule.POW_INVALID, 'Bukti kerja tidak dapat dibaca');
    }
    const valid = typeof payload?.salt === 'string' && (await verifySolution(payload as never, this.config.publicFeedback.powKey, false).catch(() => false));
    if (!valid) refuse(FeedbackRule.POW_INVALID, 'Bukti kerja tidak sah');
    const expires = Number(extractParams(payload as never).expires);
    if (!Number.isFinite(expires) || expires * 1000 < this.clock.now().getTime()) refuse(FeedbackRule.POW_INVALID, 'Tantangan bukti kerja sudah kedaluwarsa; minta tantangan baru');
    return this.contexts.forActor(actor, { ...input, idempotencyKey: powIdempotencyKey(payload.signature) });
  }
}

@Resolver()
export class ProofOfWorkResolver {
  constructor(private readonly pow: ProofOfWork) {}

  @Query(() => FeedbackChallenge, { description: 'A fresh proof-of-work challenge for one anonymous submission or survey answer (solve it in the browser, send the solution as `proofOfWork`). Public.' })
  @Public()
  feedbackChallenge(): Promise<FeedbackChallenge> {
    return this.pow.challenge();
  }
}
