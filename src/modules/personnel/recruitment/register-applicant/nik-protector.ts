import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '../../../../config/config';
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

/**
 * The deployment key: APPLICANT_IDENTITY_KEY (≥ 32 characters; set it on every instance sharing an
 * event store, and never change it, or duplicate NIKs across the change go unnoticed), else a random
 * key created once under DATA_DIR for local use — the same approach as the local JWT secret.
 * TODO(lead): move APPLICANT_IDENTITY_KEY into AppConfig so it is validated at boot with the rest.
 */
export function nikDigestKey(config: AppConfig, env: NodeJS.ProcessEnv = process.env): Buffer {
  const configured = env.APPLICANT_IDENTITY_KEY?.trim();
  if (configured) {
    if (configured.length < 32) throw new Error('APPLICANT_IDENTITY_KEY must be at least 32 characters');
    return Buffer.from(configured, 'utf8');
  }
  const file = join(config.dataDir, 'applicant-identity-key');
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process created it first: use theirs, so both compute the same digests.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
}

export const nikDigestKeyProvider = { provide: NIK_DIGEST_KEY, inject: [APP_CONFIG], useFactory: (config: AppConfig) => nikDigestKey(config) };
