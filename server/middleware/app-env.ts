import type { Context } from 'hono';
import type { User } from '../contract/auth.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../domain/errors.js';
import type { AuthenticatedSession } from '../services/auth-service.js';

/** What every request carries through the middleware chain. */
export type AppEnv = {
  Variables: {
    deps: Deps;
    requestId: string;
    session: AuthenticatedSession | null;
  };
};

/** The signed-in user; routes behind an access check can rely on it. */
export function currentUser(c: Context<AppEnv>): User {
  const session = c.get('session');
  if (!session) throw new DomainError('unauthenticated', 'Sign in first.');
  return session.user;
}
