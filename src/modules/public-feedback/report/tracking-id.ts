import { createHmac } from 'node:crypto';
import { Claim } from '@kernel/claims/claims';
import { DomainRuleViolation } from '@kernel/errors';
import { FeedbackRule } from '../feedback.rules';

/** Crockford base32: no I, L, O, U, so what is read aloud or typed from paper comes back the same. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * An easy-to-type, unguessable tracking id: 12 Crockford base32 characters (60 bits) in three groups,
 * `7K4M-Q2XD-9BWT`, derived by HMAC under the deployment's tracking key from the command id — a
 * repeated request gets the same id, and knowing a command id does not give anyone the tracking id.
 */
export function trackingIdFor(key: string, commandId: string): string {
  const digest = createHmac('sha256', key).update(`tracking:${commandId}`).digest();
  let bits = digest.readBigUInt64BE(0) >> 4n; // 60 bits
  let text = '';
  for (let i = 0; i < 12; i++) {
    text = ALPHABET[Number(bits & 31n)] + text;
    bits >>= 5n;
  }
  return `${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8)}`;
}

/** What a person typed, normalised (case, spaces, dashes, O→0, I/L→1), or null when it cannot be a tracking id. */
export function normaliseTrackingId(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (plain.length !== 12 || [...plain].some((ch) => !ALPHABET.includes(ch))) return null;
  return `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}`;
}

/** One report per tracking id, across streams. */
export const trackingIdClaim = (trackingId: string): Claim => ({
  streamId: `public-feedback-tracking-${trackingId}`,
  refusal: () => new DomainRuleViolation(FeedbackRule.TRACKING_ID_TAKEN, 'Nomor pelacakan sudah dipakai'),
});

/** Duplicate detection: the same text about the same unit is one report (a double submit, or a flood). */
export const contentClaim = (digest: string): Claim => ({
  streamId: `public-feedback-content-${digest}`,
  refusal: () => new DomainRuleViolation(FeedbackRule.DUPLICATE_SUBMISSION, 'Laporan dengan isi yang sama untuk unit ini sudah diterima'),
});
