import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, type TestApp, testApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('CSRF protection', () => {
  it('refuses a cookie-authenticated state change without the CSRF token', async () => {
    const c = await t.signedIn(['teacher']);
    c.sendCsrf = false;
    const res = await c.post('/api/cohorts', { name: 'Forged' });
    expect(res.status).toBe(403);
    expect((await json<{ error: { code: string } }>(res)).error.code).toBe('csrf_failed');
    expect((await c.post('/api/auth/logout')).status).toBe(403);
  });

  it('refuses a token from another session', async () => {
    const a = await t.signedIn(['teacher']);
    const b = await t.signedIn(['teacher']);
    a.sendCsrf = false;
    const res = await a.post('/api/cohorts', { name: 'Forged' }, { 'x-csrf-token': b.cookies.get('rh_csrf') ?? '' });
    expect(res.status).toBe(403);
  });

  it('accepts the same request with the session’s token', async () => {
    const c = await t.signedIn(['teacher']);
    expect((await c.post('/api/cohorts', { name: 'Genuine' })).status).toBe(201);
  });

  it('refuses state changes from another origin, even sign-in', async () => {
    const u = await t.user(['student']);
    const res = await t
      .client()
      .post('/api/auth/login', { email: u.email, password: 'irrelevant' }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('lets safe methods through without a token', async () => {
    const c = await t.signedIn(['student']);
    c.sendCsrf = false;
    expect((await c.get('/api/me')).status).toBe(200);
  });
});

describe('security headers', () => {
  it('sends a CSP without inline scripts and the usual hardening headers', async () => {
    const res = await t.client().get('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });
});

describe('health', () => {
  it('reports the database kind', async () => {
    const res = await t.client().get('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      database: process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite',
    });
  });

  it('answers 503 with an error body when the database is unreachable', async () => {
    const broken = await testApp();
    await broken.database.close();
    const res = await broken.client().get('/api/health');
    expect(res.status).toBe(503);
    expect((await json<{ error: { code: string } }>(res)).error.code).toBe('database_unavailable');
  });
});
