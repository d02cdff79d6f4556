import {
  ErrorType,
  NO_STREAM,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError as KurrentWrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { ServiceUnavailableError } from '@kernel/errors';
import { ExpectedRevision, WrongExpectedVersionError } from '@kernel/event-store.port';

/** grpc-js `status.UNAVAILABLE` and `status.DEADLINE_EXCEEDED`; the client rethrows some transport failures unwrapped. */
const GRPC_UNAVAILABLE = 14;
const GRPC_DEADLINE_EXCEEDED = 4;

/**
 * Client error types that mean "the store cannot answer now; the same call may succeed later":
 * no connection (UNAVAILABLE), a follower or a leader election (NOT_LEADER: the client reconnects to
 * the leader it names), a deadline or server-side timeout, and a call the server cancelled (the
 * client's own shouldReconnect treats CANCELLED as a reason to reconnect).
 */
const TRANSIENT_TYPES: ReadonlySet<string> = new Set([
  ErrorType.UNAVAILABLE,
  ErrorType.NOT_LEADER,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.CANCELLED,
]);

/**
 * Reads go through the Rust bridge, whose unrecognised errors become the client's UnknownError
 * (convertBridgeError.js) carrying the Rust error's text: "Server-side error: Server Is Not Ready",
 * "gRPC connection error: …", "Connection is closed.", "connection was not ready", "Deadline
 * exceeded", a NotLeaderException… Only these transient states are mapped; any other UnknownError stays
 * a fault.
 */
const TRANSIENT_UNKNOWN = /not ready|leader|deadline|timed? ?out|timeout|unavailable|connection (?:is |was )?(?:closed|not ready|refused|reset)|grpc connection error|shutting down/i;

/**
 * The client's errors → the port's. Returns the error to throw:
 * - the client's WrongExpectedVersionError → the port's WrongExpectedVersionError (numbers, 'no_stream');
 * - a transient store state (see TRANSIENT_TYPES / TRANSIENT_UNKNOWN, or a raw gRPC UNAVAILABLE or
 *   DEADLINE_EXCEEDED that appendToStream can reject with) → ServiceUnavailableError, which mutations
 *   answer with a retryable code and the projection runner retries;
 * - anything else unchanged.
 * Errors are matched by class or, like the client's own converters, by their `type`/`code` fields, so a
 * second copy of the client library in node_modules cannot defeat `instanceof`.
 */
export function mapKurrentError(error: unknown, streamId?: string, expected?: ExpectedRevision): unknown {
  if (isClientWrongExpectedVersion(error)) {
    const expectedRevision = expected ?? toExpectedRevision(error.expectedState);
    if (expectedRevision === undefined) return error;
    return new WrongExpectedVersionError(streamId ?? error.streamName, expectedRevision, toActualRevision(error.actualState));
  }
  if (isTransient(error)) {
    const reason = error instanceof Error ? error.message : String(error);
    const mapped = new ServiceUnavailableError(`Event store unavailable: ${reason}`);
    mapped.cause = error;
    return mapped;
  }
  return error;
}

type ClientWrongExpectedVersion = Pick<KurrentWrongExpectedVersionError, 'streamName' | 'expectedState' | 'actualState'>;

function isClientWrongExpectedVersion(error: unknown): error is ClientWrongExpectedVersion {
  return error instanceof KurrentWrongExpectedVersionError || (isObject(error) && error.type === ErrorType.WRONG_EXPECTED_VERSION);
}

export function isTransient(error: unknown): boolean {
  if (error instanceof UnavailableError) return true;
  if (!isObject(error)) return false;
  if (typeof error.type === 'string' && TRANSIENT_TYPES.has(error.type)) return true;
  if (error.code === GRPC_UNAVAILABLE || error.code === GRPC_DEADLINE_EXCEEDED) return true;
  return error.type === ErrorType.UNKNOWN && typeof error.message === 'string' && TRANSIENT_UNKNOWN.test(error.message);
}

export function isStreamNotFound(error: unknown): boolean {
  return error instanceof StreamNotFoundError || (isObject(error) && error.type === ErrorType.STREAM_NOT_FOUND);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Only exact states map to the port; ANY / STREAM_EXISTS are never sent by this adapter. */
function toExpectedRevision(state: unknown): ExpectedRevision | undefined {
  if (state === NO_STREAM) return 'no_stream';
  if (typeof state === 'bigint') return safeNumber(state);
  return undefined;
}

/** The server reports a missing stream as 'no_stream' (or -1 through the v2 protocol). */
function toActualRevision(state: unknown): number | 'no_stream' {
  if (typeof state === 'bigint' && state >= 0n) return safeNumber(state);
  return 'no_stream';
}

function safeNumber(value: bigint): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`KurrentDB revision ${value} does not fit a safe JS integer`);
  return number;
}
