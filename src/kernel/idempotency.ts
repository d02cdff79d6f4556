import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { Claim } from './claims/claims';
import { ConflictError } from './errors';

/**
 * Client idempotency keys (docs/graphql.md, "Idempotency"). A key names one request: its command id
 * derives from the actor and the key, and its fingerprint — the SHA-256 of the RFC 8785 canonical JSON
 * of the input as sent — goes into the ids of the events it writes (ids.ts), so those ids commit to
 * the payload. The key itself is a claim owned by the write it was first used for: a repeat with
 * another payload, or on another stream, is refused with IDEMPOTENCY_KEY_REUSED and writes nothing.
 */

/** `extensions.reason` of the CONFLICT a reused key gets. */
export const IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED';

/** Hash of a request as the client sent it; null and absent fields are the same request. */
export function fingerprintOf(input: object): string {
  return createHash('sha256').update(canonicalJson(withoutNulls(input))).digest('hex');
}

/** The claim an idempotency key makes: one stream per keyed command id. */
export function idempotencyKeyClaim(commandId: string): Claim {
  return { streamId: `kernel-idempotency-${commandId}`, refusal: () => keyReused() };
}

export function keyReused(details: Record<string, unknown> = {}): ConflictError {
  return new ConflictError('idempotencyKey ini sudah dipakai untuk permintaan lain; kirim permintaan baru dengan kunci baru', {
    ...details,
    reason: IDEMPOTENCY_KEY_REUSED,
  });
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== null && item !== undefined) out[key] = withoutNulls(item);
  return out;
}
