import { createHmac, timingSafeEqual } from 'node:crypto';
import { BadUserInputError } from '@kernel/errors';

/** What a page resumes after: the last edge's sort value and id. Scalars only. */
export type SortValue = string | number | boolean | null;
export type CursorKey = readonly [SortValue, string];

const MAX_CURSOR_LENGTH = 1024;
const MAC_BYTES = 16;

/**
 * Opaque pagination cursors, signed with HMAC-SHA256 over the sort field and the key: the API only
 * resumes after positions it issued itself, for the ordering it issued them for. The decoded key is
 * shape-checked as well, so nothing sent in `after` can reach a read-model filter as an operator
 * ($where, $regex…) even if the signing key leaked.
 */
export class CursorCodec {
  constructor(private readonly secret: string) {}

  encode(sortField: string, key: CursorKey): string {
    const payload = Buffer.from(JSON.stringify(key)).toString('base64url');
    return `${payload}.${this.mac(sortField, payload).toString('base64url')}`;
  }

  /** The key inside a cursor this codec issued for `sortField`; BAD_USER_INPUT for anything else. */
  decode(sortField: string, cursor: string): CursorKey {
    const [payload, mac, extra] = cursor.length <= MAX_CURSOR_LENGTH ? cursor.split('.') : [];
    if (payload && mac && extra === undefined && this.verifies(sortField, payload, mac)) {
      const key = parseJson(Buffer.from(payload, 'base64url').toString('utf8'));
      if (isCursorKey(key)) return key;
    }
    throw new BadUserInputError('Cursor tidak valid: kirim endCursor dari halaman sebelumnya pada daftar yang sama', { field: 'after' });
  }

  private verifies(sortField: string, payload: string, mac: string): boolean {
    const given = Buffer.from(mac, 'base64url');
    return given.length === MAC_BYTES && timingSafeEqual(given, this.mac(sortField, payload));
  }

  private mac(sortField: string, payload: string): Buffer {
    return createHmac('sha256', this.secret).update(`${sortField}\n${payload}`).digest().subarray(0, MAC_BYTES);
  }
}

function isCursorKey(value: unknown): value is CursorKey {
  if (!Array.isArray(value) || value.length !== 2 || typeof value[1] !== 'string') return false;
  const sortValue: unknown = value[0];
  return sortValue === null || typeof sortValue === 'string' || typeof sortValue === 'boolean' || (typeof sortValue === 'number' && Number.isFinite(sortValue));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
