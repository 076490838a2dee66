import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { DomainError } from '../domain/errors.js';
import { authenticate } from '../services/auth-service.js';
import type { AppEnv } from './app-env.js';

export const SESSION_COOKIE = 'rh_session';
/** Readable by the page (not HttpOnly) so the web client can echo it in the `X-CSRF-Token` header. */
export const CSRF_COOKIE = 'rh_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function isHttps(c: Context<AppEnv>): boolean {
  if (c.get('deps').config.trustProxy && c.req.header('x-forwarded-proto') === 'https') return true;
  return new URL(c.req.url).protocol === 'https:';
}

export function setSessionCookies(c: Context<AppEnv>, secret: string, csrfToken: string) {
  const base = {
    path: '/',
    sameSite: 'Lax' as const,
    secure: isHttps(c),
    maxAge: Math.floor(c.get('deps').config.session.maxAgeMs / 1000),
  };
  setCookie(c, SESSION_COOKIE, secret, { ...base, httpOnly: true });
  setCookie(c, CSRF_COOKIE, csrfToken, { ...base, httpOnly: false });
}

export function clearSessionCookies(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  deleteCookie(c, CSRF_COOKIE, { path: '/' });
}

/** Resolves the session cookie to a session (or null) for the rest of the chain. */
export const loadSession = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const secret = getCookie(c, SESSION_COOKIE);
    const session = secret ? await authenticate(c.get('deps'), secret) : null;
    c.set('session', session);
    if (secret && !session) clearSessionCookies(c);
    await next();
  });

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * CSRF protection for every state-changing request: a cross-site `Origin` is refused outright, and a request
 * that rides on a session cookie must echo that session's token in `X-CSRF-Token`.
 */
export const csrfProtection = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin && origin !== new URL(c.req.url).origin && !sameHost(origin, c.req.header('host')))
      throw new DomainError('csrf_failed', 'Cross-site request refused.');
    const session = c.get('session');
    if (session && !same(c.req.header(CSRF_HEADER) ?? '', session.csrfToken))
      throw new DomainError('csrf_failed', 'The security token is missing or stale. Reload the page and try again.');
    return next();
  });

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
