import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody } from '../contract/common.js';
import { DomainError, type ErrorCode } from '../domain/errors.js';
import type { AppEnv } from './app-env.js';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  account_inactive: 403,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  invalid_join_code: 404,
  conflict: 409,
  email_taken: 409,
  already_member: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  database_unavailable: 503,
};

export function errorResponse(c: Context, code: ErrorCode, message: string, details?: unknown) {
  const body: ErrorBody = { error: { code, message, ...(details === undefined ? {} : { details }) } };
  return c.json(body, STATUS[code]);
}

/** The one place errors become responses: domain errors keep their code, anything unexpected is a logged 500. */
export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof DomainError) {
    const retry = (err.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (retry) c.header('Retry-After', String(retry));
    return errorResponse(c, err.code, err.message, err.details);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    const code: ErrorCode =
      status === 413
        ? 'payload_too_large'
        : status === 415
          ? 'unsupported_media_type'
          : status === 401
            ? 'unauthenticated'
            : 'bad_request';
    const message = status === 415 ? 'Send the request body as JSON (Content-Type: application/json).' : err.message;
    if (status < 500) return errorResponse(c, code, message || 'The request could not be understood.');
  }
  c.get('deps')?.logger.error('unhandled error', {
    requestId: c.get('requestId'),
    error: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err),
  });
  return errorResponse(c, 'internal', 'Something went wrong on our side. It has been logged.');
};

export const onNotFound: NotFoundHandler<AppEnv> = (c) =>
  errorResponse(c, 'not_found', `No route for ${c.req.method} ${c.req.path}.`);
