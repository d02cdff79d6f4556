import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@config/config';
import { maskNik } from '../applicant-identity';

export const NIK_DIGEST_KEY = Symbol('NIK_DIGEST_KEY');

/**
 * Turns a NIK into what the event log may hold (UU 27/2022 PDP: data minimisation). A plain hash of a
 * NIK can be reversed by enumeration (region + birth date + 4-digit sequence), so the digest is an
 * HMAC under a deployment key: equal NIKs still give equal digests (one registration per person), but
 * the log alone does not reveal them.
 */
@Injectable()
export class NikProtector {
  constructor(@Inject(NIK_DIGEST_KEY) private readonly key: Buffer) {}

  digest(nik: string): string {
    return createHmac('sha256', this.key).update(`nik:${nik}`).digest('hex');
  }

  mask(nik: string): string {
    return maskNik(nik);
  }
}

/** The deployment key comes from the validated configuration (APPLICANT_IDENTITY_KEY or a local key under DATA_DIR). */
export const nikDigestKeyProvider = {
  provide: NIK_DIGEST_KEY,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => Buffer.from(config.applicantIdentityKey, 'utf8'),
};
