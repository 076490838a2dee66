import { getConnInfo } from '@hono/node-server/conninfo';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ChangePasswordRequest, LoginRequest, LoginResponse, MeResponse } from '../contract/auth.js';
import { ErrorBody } from '../contract/common.js';
import { type AppEnv, currentUser } from '../middleware/app-env.js';
import { clearSessionCookies, setSessionCookies } from '../middleware/session.js';
import { changePassword, login, logout } from '../services/auth-service.js';
import { defineRoute, json, jsonBody } from './define-route.js';

const loginRoute = defineRoute('public', {
  method: 'post',
  path: '/api/auth/login',
  summary: 'Sign in; sets the session cookie',
  request: jsonBody(LoginRequest),
  responses: { 200: json(LoginResponse, 'Signed in'), 429: json(ErrorBody, 'Too many failed attempts') },
});

const logoutRoute = defineRoute('signed-in', {
  method: 'post',
  path: '/api/auth/logout',
  summary: 'Sign out; ends the session',
  responses: { 204: { description: 'Signed out' } },
});

const meRoute = defineRoute('signed-in', {
  method: 'get',
  path: '/api/me',
  summary: 'The signed-in user',
  responses: { 200: json(MeResponse, 'The user') },
});

const passwordRoute = defineRoute('signed-in', {
  method: 'put',
  path: '/api/me/password',
  summary: 'Change my password',
  request: jsonBody(ChangePasswordRequest),
  responses: { 204: { description: 'Changed' } },
});

/** The caller's address: the socket peer, or the first X-Forwarded-For hop behind a trusted proxy. */
function clientIp(c: Context<AppEnv>): string {
  if (c.get('deps').config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export const authRoutes = new OpenAPIHono<AppEnv>()
  .openapi(loginRoute, async (c) => {
    const body = c.req.valid('json');
    const result = await login(c.get('deps'), { ...body, ip: clientIp(c) });
    setSessionCookies(c, result.secret, result.csrfToken);
    return c.json({ user: result.user }, 200);
  })
  .openapi(logoutRoute, async (c) => {
    const session = c.get('session');
    if (session) await logout(c.get('deps'), session.idHash);
    clearSessionCookies(c);
    return c.body(null, 204);
  })
  .openapi(meRoute, (c) => c.json(currentUser(c), 200))
  .openapi(passwordRoute, async (c) => {
    const { currentPassword, newPassword } = c.req.valid('json');
    await changePassword(c.get('deps'), currentUser(c).id, currentPassword, newPassword);
    return c.body(null, 204);
  });
