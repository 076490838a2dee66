/** Error codes the API returns; the web app translates each one. */
export const ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'unauthenticated',
  'invalid_credentials',
  'account_inactive',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  'email_taken',
  'invalid_join_code',
  'already_member',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  'database_unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure a caller can act on; the HTTP layer maps `code` to a status. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
