import { msg } from '@lit/localize';
import type { ErrorCode } from '../../../server/contract/index.js';
import { ApiError } from '../api/client.js';

/** A translated, human sentence for an API error code (the server's English message is the fallback). */
export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return msg('Something went wrong. Please try again.');
  const messages: Partial<Record<ErrorCode | 'network', string>> = {
    network: msg('You seem to be offline. Check your connection and try again.'),
    invalid_credentials: msg('The email or password is not correct.'),
    account_inactive: msg('This account has been deactivated. Ask your administrator.'),
    rate_limited: msg('Too many attempts. Wait a few minutes and try again.'),
    unauthenticated: msg('Your session has ended. Please sign in again.'),
    forbidden: msg('You do not have permission to do this.'),
    csrf_failed: msg('The page was open too long. Reload it and try again.'),
    not_found: msg('That could not be found. It may have been removed.'),
    email_taken: msg('An account with this email already exists.'),
    invalid_join_code: msg('No cohort has this join code. Check it with your teacher.'),
    already_member: msg('Already a member of this cohort.'),
    conflict: msg('That conflicts with something that already exists.'),
    validation_failed: msg('Some fields are not valid. Check them and try again.'),
    payload_too_large: msg('That is too large to upload.'),
    database_unavailable: msg('The service is temporarily unavailable. Try again shortly.'),
    internal: msg('Something went wrong on our side. Please try again.'),
  };
  return messages[error.code] ?? error.message;
}
