import { ServiceUnavailableError } from '@kernel/errors';
import { DuplicateKeyError } from '../document-store.port';

/**
 * Which MongoDB failures are the infrastructure's, not the data's. After the driver's own retries
 * (retryable reads/writes, withTransaction's 120 s of TransientTransactionError retries) these still
 * mean "try again later": the projection runner backs off and retries the same page, never calls the
 * event poison, never parks it; mutations answer the retryable SERVICE_UNAVAILABLE.
 *
 * Recognised by what the driver attaches, in this order (mongodb 7.x lib/error.js, cmap/errors.js):
 * error labels, server error codes, then class names (names, not classes: a second copy of the driver
 * in node_modules cannot defeat the check).
 */
const TRANSIENT_LABELS = [
  'TransientTransactionError',
  'RetryableWriteError',
  'UnknownTransactionCommitResult',
  'ResetPool',
  'PoolRequestedRetry',
  'InterruptInUseConnections',
  'RetryableError',
  'SystemOverloadedError',
  'HandshakeError',
];

/** The driver's retryable read/write codes (MONGODB_ERROR_CODES) and a few server states of the same kind. */
const TRANSIENT_CODES: ReadonlySet<number> = new Set([
  6, // HostUnreachable
  7, // HostNotFound
  24, // LockTimeout
  46, // LockBusy
  50, // MaxTimeMSExpired
  63, // StaleShardVersion
  64, // WriteConcernTimeout
  89, // NetworkTimeout
  91, // ShutdownInProgress
  112, // WriteConflict
  133, // FailedToSatisfyReadPreference
  134, // ReadConcernMajorityNotAvailableYet
  150, // StaleEpoch
  189, // PrimarySteppedDown
  251, // NoSuchTransaction
  262, // ExceededTimeLimit
  290, // TransactionExceededLifetimeLimitSeconds
  9001, // SocketException
  10058, // LegacyNotPrimary
  10107, // NotWritablePrimary
  10334, // TransactionTooLargeForCache
  11600, // InterruptedAtShutdown
  11602, // InterruptedDueToReplStateChange
  13388, // StaleConfig
  13435, // NotPrimaryNoSecondaryOk
  13436, // NotPrimaryOrSecondary
]);

const TRANSIENT_NAMES: ReadonlySet<string> = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoPoolClearedError',
  'PoolClearedOnNetworkError',
  'MongoPoolClosedError',
  'MongoWaitQueueTimeoutError',
  'MongoServerClosedError',
  'MongoTopologyClosedError',
  'MongoClientClosedError',
  'MongoNotConnectedError',
  'MongoOperationTimeoutError',
  'MongoStalePrimaryError',
]);

/** True when `error` (or the error it wraps) is an infrastructure failure, by label, code or name. */
export function isInfrastructureFailure(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { name, code, errorLabels, cause, reason, writeConcernError } = error as {
    name?: unknown;
    code?: unknown;
    errorLabels?: unknown;
    cause?: unknown;
    reason?: unknown;
    writeConcernError?: { code?: unknown };
  };
  // MongoError exposes its label Set through the errorLabels getter, as an array.
  if (Array.isArray(errorLabels) && errorLabels.some((label) => TRANSIENT_LABELS.includes(label))) return true;
  if (typeof code === 'number' && TRANSIENT_CODES.has(code)) return true;
  if (typeof writeConcernError?.code === 'number' && TRANSIENT_CODES.has(writeConcernError.code)) return true;
  if (typeof name === 'string' && TRANSIENT_NAMES.has(name)) return true;
  return isInfrastructureFailure(cause, depth + 1) || isInfrastructureFailure(reason, depth + 1);
}

/** An infrastructure failure → ServiceUnavailableError naming the host (never the credentials); others unchanged. */
export function mapMongoError(error: unknown, host = 'unknown host'): unknown {
  if (!(error instanceof Error) || error instanceof ServiceUnavailableError) return error;
  if (!isInfrastructureFailure(error)) return error;
  const mapped = new ServiceUnavailableError(`MongoDB at ${host} is unavailable: ${error.message}`, { host, cause: error.name });
  mapped.cause = error;
  return mapped;
}

/**
 * What a failed guarded write means. E11000 on `_id`: the document exists but the guard excluded it,
 * i.e. it is already at or past this position ('STALE'). E11000 on another unique index: the port's
 * DuplicateKeyError. Anything else is returned unchanged. A bulk write's error carries the failed
 * write in `writeErrors` (MongoBulkWriteError).
 */
export function classifyWriteError(error: unknown, collection: string): 'STALE' | DuplicateKeyError | unknown {
  const failed = firstWriteError(error);
  if (!isDuplicateKey(failed)) return error;
  const { keyPattern, keyValue } = failed as { keyPattern?: Record<string, unknown>; keyValue?: Record<string, unknown> };
  const index = indexName(failed as { message?: string; errmsg?: string }, keyPattern);
  if (index === '_id_') return 'STALE';
  return new DuplicateKeyError(collection, index, keyValue ?? {});
}

/** Outside upserts a duplicate `_id` has no "stale" meaning: only other unique indexes are mapped. */
export function duplicateOrSame(error: unknown, collection: string): unknown {
  const verdict = classifyWriteError(error, collection);
  return verdict === 'STALE' ? error : verdict;
}

/** A bulk write's first failed write (with the server's keyPattern/keyValue), else the error itself. */
function firstWriteError(error: unknown): unknown {
  const writeErrors = (error as { writeErrors?: unknown } | null)?.writeErrors;
  const first = Array.isArray(writeErrors) ? writeErrors[0] : writeErrors;
  if (typeof first !== 'object' || first === null) return error;
  const { code, errmsg, err } = first as { code?: unknown; errmsg?: string; err?: { keyPattern?: unknown; keyValue?: unknown } };
  const own = error as { keyPattern?: unknown; keyValue?: unknown };
  return { code, errmsg, keyPattern: err?.keyPattern ?? own.keyPattern, keyValue: err?.keyValue ?? own.keyValue };
}

function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}

/** The index name from the server message ("… index: email_1 dup key: …"), else derived from the key pattern. */
function indexName(error: { message?: string; errmsg?: string }, keyPattern?: Record<string, unknown>): string {
  const named = /index: (\S+) dup key/.exec(error.errmsg ?? error.message ?? '');
  if (named) return named[1];
  if (keyPattern) {
    const keys = Object.entries(keyPattern);
    if (keys.length === 1 && keys[0][0] === '_id') return '_id_';
    return keys.map(([key, direction]) => `${key}_${direction}`).join('_');
  }
  return 'unknown';
}
