import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { AppError, ErrorCode } from '@kernel/errors';

/** A download's query parameters are wrong (unknown list, bad id or year): 400. */
export class DownloadInputError extends AppError {
  readonly code = 'BAD_USER_INPUT' as const;
}

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DOMAIN_RULE_VIOLATION: 422,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

const logger = new Logger('Downloads');

/**
 * Errors of the file downloads (`/exports/…`) as JSON `{ code, message }` with the matching HTTP
 * status: the handler's own refusals and the global AuthGuard's alike, so a controller just throws.
 */
@Catch()
export class DownloadErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) {
      response.destroy();
      return;
    }
    if (exception instanceof AppError && exception.code !== 'INTERNAL') {
      response.status(STATUS[exception.code]).json({ code: exception.code, message: exception.message });
      return;
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      response.status(400).json({ code: 'BAD_USER_INPUT', message: 'Permintaan tidak valid.' });
      return;
    }
    const errorId = randomUUID();
    logger.error(`Unexpected error ${errorId}: ${(exception as Error)?.stack ?? String(exception)}`);
    response.status(500).json({ code: 'INTERNAL', message: `Terjadi kesalahan internal (id ${errorId}).`, errorId });
  }
}
