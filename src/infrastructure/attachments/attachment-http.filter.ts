import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { AppError } from '@kernel/errors';
import { ATTACHMENT_ERROR_STATUS, AttachmentErrorCode, AttachmentRefusedError } from './attachment-errors';

/** Client messages for errors raised outside this endpoint (the auth guard's are in English). */
const MESSAGES: Partial<Record<AttachmentErrorCode, string>> = {
  UNAUTHENTICATED: 'Permintaan ini memerlukan token bearer yang sah.',
  FORBIDDEN: 'Anda tidak berhak melakukan permintaan ini.',
  NOT_FOUND: 'Berkas tidak ditemukan.',
  BAD_USER_INPUT: 'Permintaan tidak valid.',
  PAYLOAD_TOO_LARGE: 'Berkas terlalu besar.',
};

const logger = new Logger('Attachments');

/**
 * Errors of the attachment endpoints as JSON `{ code, message, … }` with the matching HTTP status.
 * A refused upload may leave its body unread: the connection is closed after the answer instead of
 * draining the rest.
 */
@Catch()
export class AttachmentHttpFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const error = toRefusal(exception);
    if (response.headersSent) {
      response.destroy();
      return;
    }
    if (!request.complete) response.setHeader('Connection', 'close');
    response.status(error.status).json({ code: error.code, message: error.message, ...error.details });
  }
}

function toRefusal(exception: unknown): AttachmentRefusedError {
  if (exception instanceof AttachmentRefusedError) return exception;
  if (exception instanceof AppError && exception.code in ATTACHMENT_ERROR_STATUS) {
    const code = exception.code as AttachmentErrorCode;
    return new AttachmentRefusedError(code, MESSAGES[code] ?? exception.message);
  }
  // Errors of Nest's own body parsing (a body declared as JSON or a form).
  if (exception instanceof HttpException && exception.getStatus() === 413) return new AttachmentRefusedError('PAYLOAD_TOO_LARGE', MESSAGES.PAYLOAD_TOO_LARGE!);
  if (exception instanceof HttpException && exception.getStatus() < 500) return new AttachmentRefusedError('BAD_USER_INPUT', MESSAGES.BAD_USER_INPUT!);
  const errorId = randomUUID();
  const retryable = exception instanceof AppError && exception.code === 'SERVICE_UNAVAILABLE';
  logger.error(`Unexpected error ${errorId}: ${(exception as Error)?.stack ?? String(exception)}`);
  return new AttachmentRefusedError('INTERNAL', `Terjadi kesalahan internal (id ${errorId}).`, { errorId, ...(retryable ? { retryable } : {}) });
}
