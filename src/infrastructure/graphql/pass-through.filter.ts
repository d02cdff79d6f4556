import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { GRAPHQL_PATH } from './graphql.path';

const logger = new Logger('GraphQL');

/** Body-parser failures (http-errors objects) by their `type`. */
const BODY_ERRORS: Record<string, { reason: string; message: string }> = {
  'entity.parse.failed': { reason: 'MALFORMED_JSON', message: 'Badan permintaan bukan JSON yang valid' },
  'entity.too.large': { reason: 'BODY_TOO_LARGE', message: 'Badan permintaan terlalu besar' },
  'charset.unsupported': { reason: 'UNSUPPORTED_ENCODING', message: 'Charset badan permintaan tidak didukung: gunakan UTF-8' },
  'encoding.unsupported': { reason: 'UNSUPPORTED_ENCODING', message: 'Content-Encoding badan permintaan tidak didukung' },
};

/**
 * Hands every resolver error to Apollo unchanged, where formatGraphqlError is the one mapper (and the
 * one place that logs unexpected errors). Without it Nest logs expected errors, such as a refused
 * rule, as crashes. A request to /graphql that fails before Apollo sees it (malformed JSON, a body
 * too large) is a client mistake: it is answered in the GraphQL error shape with BAD_USER_INPUT, and
 * logged in one line.
 */
@Catch()
export class PassThroughFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return exception;
    const [request, response] = [host.switchToHttp().getRequest<Request>(), host.switchToHttp().getResponse<Response>()];
    const refusal = request.path?.startsWith(GRAPHQL_PATH) ? clientMistake(exception) : undefined;
    // Anything else is answered by Nest's default handler (which logs server errors).
    if (!refusal) return exception;
    logger.warn(`Refused ${request.method} ${request.path} (${refusal.reason}, HTTP ${refusal.status}): ${(exception as Error).message}`);
    response.status(refusal.status).json({ errors: [{ message: refusal.message, extensions: { code: 'BAD_USER_INPUT', reason: refusal.reason } }] });
    return undefined;
  }
}

function clientMistake(exception: unknown): { status: number; reason: string; message: string } | undefined {
  const { status, type } = exception as { status?: number; type?: string };
  const known = type ? BODY_ERRORS[type] : undefined;
  if (known && status) return { status, ...known };
  // Nest turns body-parser's SyntaxError (invalid JSON) into a BadRequestException before filters see it.
  if (exception instanceof HttpException && exception.getStatus() === 400) return { status: 400, ...BODY_ERRORS['entity.parse.failed'] };
  return undefined;
}
