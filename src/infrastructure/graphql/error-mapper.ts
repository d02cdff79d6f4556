import { HttpException, Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { randomUUID } from 'node:crypto';
import { AppError, DomainRuleViolation, ErrorCode } from '@kernel/errors';
import { enumRefusal, shapeRefusal } from './enum-errors';
import { requestRefusal } from './request-errors';

/**
 * The closed set of `extensions.code` values clients see (ARCHITECTURE.md §5): store outages are
 * reported as INTERNAL; QUERY_TOO_COMPLEX comes from the query guard, before any use case runs.
 */
export type ClientErrorCode = Exclude<ErrorCode, 'SERVICE_UNAVAILABLE'> | 'QUERY_TOO_COMPLEX';

const logger = new Logger('GraphQL');

const HTTP_STATUS_CODES: Record<number, ClientErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
};

/** Apollo's own codes for documents and variables that do not fit the schema. */
const APOLLO_INPUT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_SUPPORTED']);

let schemaForErrors: GraphQLSchema | undefined;

/** The schema whose enums name the allowed values of a refused enum value (set when the server starts). */
export function useSchemaForErrors(schema: GraphQLSchema): void {
  schemaForErrors = schema;
}

/**
 * The one error mapper: every error leaving the API gets a code from the closed set, a message
 * meant for the caller, and no stack trace. Unexpected errors are logged with an id the client sees.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof AppError) {
    if (original.code === 'SERVICE_UNAVAILABLE') {
      // A store's own words (its host, the driver's error) are for the log; the caller learns to retry.
      const own = typeof original.details?.reason === 'string';
      if (!own) logger.warn(`Store unavailable: ${original.message}`);
      const message = own ? original.message : 'Penyimpanan data sedang tidak dapat dihubungi; coba lagi sebentar lagi';
      return { ...base, message, extensions: { code: 'INTERNAL', reason: 'STORE_UNAVAILABLE', retryable: true } };
    }
    const extensions: Record<string, unknown> = { code: original.code, ...original.details };
    if (original instanceof DomainRuleViolation) {
      extensions.rule = original.rule;
      extensions.violations = original.violations;
    }
    return { ...base, message: original.message, extensions };
  }
  if (original instanceof HttpException) {
    const code = HTTP_STATUS_CODES[original.getStatus()];
    if (code) return { ...base, message: original.message, extensions: { code } };
  }
  const apolloCode = (original instanceof GraphQLError ? original.extensions?.code : formatted.extensions?.code) as string | undefined;
  if (apolloCode === 'BAD_REQUEST') {
    const { reason, message } = requestRefusal(formatted.message);
    logger.warn(`Refused a malformed request (${reason}): ${formatted.message}`);
    return { message, extensions: { code: 'BAD_USER_INPUT', reason } };
  }
  if (apolloCode && APOLLO_INPUT_CODES.has(apolloCode)) {
    const refused = enumRefusal(formatted.message, schemaForErrors, original);
    if (refused) {
      const { field, value, allowedValues, message } = refused;
      return {
        ...base,
        message: `Masukan tidak valid — ${message}`,
        extensions: { code: 'BAD_USER_INPUT', reason: 'ENUM_VALUE_INVALID', field, value, allowedValues, fields: [{ field, problems: [message] }] },
      };
    }
    const shape = shapeRefusal(formatted.message);
    if (shape) return { ...base, message: `Masukan tidak valid — ${shape.message}`, extensions: { code: 'BAD_USER_INPUT', fields: [{ field: shape.field, problems: [shape.message] }] } };
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  }
  // Apollo has already moved `extensions.http` into the response status: keep it out of the body.
  if (original instanceof GraphQLError && (original.extensions?.code as string) in CLIENT_CODES) {
    return { ...base, extensions: formatted.extensions };
  }
  const errorId = randomUUID();
  logger.error(`Unexpected error ${errorId}: ${(original as Error)?.stack ?? String(original)}`);
  return { ...base, message: `Kesalahan internal (id ${errorId}); laporkan id ini kepada pengelola sistem`, extensions: { code: 'INTERNAL', errorId } };
}

const CLIENT_CODES: Record<ClientErrorCode, true> = {
  BAD_USER_INPUT: true,
  UNAUTHENTICATED: true,
  FORBIDDEN: true,
  NOT_FOUND: true,
  CONFLICT: true,
  DOMAIN_RULE_VIOLATION: true,
  QUERY_TOO_COMPLEX: true,
  INTERNAL: true,
};
