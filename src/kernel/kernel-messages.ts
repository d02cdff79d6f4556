import { IDEMPOTENCY_KEY_REUSED } from './idempotency';
import { capitalised, ErrorExtensions, recordNameOf, registerEnglishMessages } from './messages';
import { InputRule } from './rules';

/** Fields named in `extensions.fields` (validation) or `extensions.field`, for the English sentences. */
function fieldsOf(extensions: ErrorExtensions): string {
  const fields = extensions.fields;
  if (Array.isArray(fields)) return fields.map((f) => (typeof f === 'object' && f && 'field' in f ? String(f.field) : String(f))).join(', ');
  return typeof extensions.field === 'string' ? extensions.field : '';
}

function conflict(extensions: ErrorExtensions): string {
  const record = capitalised(recordNameOf(extensions.streamId, 'en'));
  if (extensions.reason === IDEMPOTENCY_KEY_REUSED) return 'This idempotencyKey was already used for another request; send the new request with a new key';
  if (extensions.claimStreamId !== undefined) return 'This unique value (e.g. a NIP or a code) is being taken by another request at the same moment; try again';
  if (extensions.expectedRevision !== undefined) {
    const now = extensions.actualRevision === undefined ? 'it is now at a later revision' : `it is now at revision ${String(extensions.actualRevision)}`;
    return `${record} was changed by someone else (${now}; you sent revision ${String(extensions.expectedRevision)}): reload it, then send your change again with the latest expectedRevision`;
  }
  return `${record} is being changed by several requests at once; reload it, then try again`;
}

/** English for the kernel's own errors and input rules (the non-domain errors are keyed by their error code). */
registerEnglishMessages({
  [InputRule.FIELD_REQUIRED]: 'A required field is empty',
  [InputRule.REASON_REQUIRED]: 'A reason is required',
  [InputRule.DATE_INVALID]: 'A date is not a real calendar date (YYYY-MM-DD)',
  [InputRule.VALUE_INVALID]: 'A value is not one of the allowed values',
  CONFLICT: conflict,
  NOT_FOUND: 'The record asked for does not exist (or is not visible to you)',
  FORBIDDEN: (extensions) => {
    const roles = Array.isArray(extensions.requiredRoles) ? extensions.requiredRoles.join(', ') : '';
    if (!roles) return 'Your role or scope does not allow this operation';
    return extensions.requiredUnit === '*' ? `This operation needs the role ${roles} for every instansi (unit "*")` : `This operation needs one of the roles: ${roles}`;
  },
  'FORBIDDEN:RATE_LIMITED': (extensions) => `Too many requests; retry in ${String(extensions.retryAfterSeconds ?? 'a few')} s`,
  UNAUTHENTICATED: 'Sign in first: send a valid bearer token',
  BAD_USER_INPUT: (extensions) => {
    const fields = fieldsOf(extensions);
    return fields ? `Invalid input in: ${fields}` : 'Invalid input';
  },
  INTERNAL: (extensions) =>
    extensions.errorId ? `Internal error (id ${String(extensions.errorId)}); report this id to the system administrators` : 'Internal error; try again later',
  'INTERNAL:STORE_UNAVAILABLE': 'The data store cannot be reached at the moment; try again shortly',
  QUERY_TOO_COMPLEX: (extensions) => `The query exceeds the ${String(extensions.limit ?? '')} limit (${String(extensions.found ?? '?')}, at most ${String(extensions.max ?? '?')}); nothing ran`,
  'BAD_USER_INPUT:ENUM_VALUE_INVALID': (extensions) =>
    `${String(extensions.field ?? 'A field')} does not accept ${JSON.stringify(extensions.value ?? null)}: use one of ${((extensions.allowedValues as string[] | undefined) ?? []).join(', ')}`,
});
