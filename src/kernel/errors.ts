/**
 * The closed set of application errors. The GraphQL layer maps each to `extensions.code`; nothing
 * else needs to know about HTTP or GraphQL.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'DOMAIN_RULE_VIOLATION'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL';

export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;
  constructor(
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * A business rule refused the command. `rule` is a stable code such as
 * `PERSONNEL.NIP_ALREADY_REGISTERED`; `violations` lists every unmet rule when a decider checks
 * several at once (e.g. the KP eligibility rules).
 */
export class DomainRuleViolation extends AppError {
  readonly code = 'DOMAIN_RULE_VIOLATION' as const;
  constructor(
    readonly rule: string,
    message: string,
    details?: Record<string, unknown>,
    readonly violations: readonly { rule: string; message: string }[] = [{ rule, message }],
  ) {
    super(message, details);
  }

  /** One error naming every unmet rule; the first one is the headline `rule`. */
  static all(violations: readonly { rule: string; message: string }[], details?: Record<string, unknown>) {
    const [first] = violations;
    const message = violations.map((v) => v.message).join('; ');
    return new DomainRuleViolation(first.rule, message, details, violations);
  }
}

export class BadUserInputError extends AppError {
  readonly code = 'BAD_USER_INPUT' as const;
}

export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND' as const;
}

/** Optimistic concurrency lost after the bounded retries, or a unique constraint was taken. */
export class ConflictError extends AppError {
  readonly code = 'CONFLICT' as const;
}

export class UnauthenticatedError extends AppError {
  readonly code = 'UNAUTHENTICATED' as const;
}

export class ForbiddenError extends AppError {
  readonly code = 'FORBIDDEN' as const;
}

/** A backing store cannot be reached (gRPC UNAVAILABLE, Mongo server selection…). */
export class ServiceUnavailableError extends AppError {
  readonly code = 'SERVICE_UNAVAILABLE' as const;
}
