import { createMiddleware } from 'hono/factory';
import { DomainError } from '../domain/errors.js';
import type { Access } from '../domain/roles.js';
import { allows } from '../domain/roles.js';
import type { AppEnv } from './app-env.js';

/** Enforces a route's declared access: 401 for anonymous callers, 403 for the wrong role. */
export const authorize = (access: Access) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const session = c.get('session');
    if (!allows(access, session?.user.roles ?? null)) {
      if (!session) throw new DomainError('unauthenticated', 'Sign in first.');
      throw new DomainError('forbidden', 'Your role does not allow this.');
    }
    await next();
  });
