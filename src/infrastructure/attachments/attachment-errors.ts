/** Codes an attachment request can fail with; the HTTP status travels with each. */
export const ATTACHMENT_ERROR_STATUS = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL: 500,
} as const;

export type AttachmentErrorCode = keyof typeof ATTACHMENT_ERROR_STATUS;

/** A refused upload or download; the message is for the client (Bahasa Indonesia). */
export class AttachmentRefusedError extends Error {
  constructor(
    readonly code: AttachmentErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AttachmentRefusedError';
  }

  get status(): number {
    return ATTACHMENT_ERROR_STATUS[this.code];
  }
}
