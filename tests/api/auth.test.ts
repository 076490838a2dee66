import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_LIMITS } from '../../server/services/auth-service.js';
import { json, PASSWORD, type TestApp, testApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('sign in and out', () => {
  it('signs in with the right password and returns the public user shape and a session cookie', async () => {
    const u = await t.user(['student']);
    const c = t.client();
    const res = await c.post('/api/auth/login', { email: u.email.toUpperCase(), password: PASSWORD });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      user: { id: u.id, email: u.email, displayName: u.displayName, roles: ['student'] },
    });
    const cookies = res.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('rh_session='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).not.toMatch(/Secure/);
    expect(cookies.find((c) => c.startsWith('rh_csrf='))).not.toMatch(/HttpOnly/);
    const me = await c.get('/api/me');
    expect(me.status).toBe(200);
    expect((await json(me)).email).toBe(u.email);
  });

  it('marks cookies Secure when served over https', async () => {
    const u = await t.user(['student']);
    const res = await t.app.request('https://roundhouse.example/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: u.email, password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    for (const c of res.headers.getSetCookie()) expect(c).toMatch(/; Secure/);
  });

  it('refuses a wrong password or unknown account with 401 and the same error body', async () => {
    const u = await t.user(['student']);
    const wrong = await t.client().post('/api/auth/login', { email: u.email, password: 'not the password' });
    const unknown = await t.client().post('/api/auth/login', { email: 'nobody@example.test', password: 'whatever1' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect((await t.client().get('/api/me')).status).toBe(401);
  });

  it('stores passwords as argon2id hashes, never in clear', async () => {
    const u = await t.user(['teacher']);
    const { findUserById } = await import('../../server/db/repositories/users.js');
    const row = await findUserById(t.database.db, u.id);
    expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row?.passwordHash).not.toContain(PASSWORD);
  });

  it('ends the session on logout', async () => {
    const c = await t.signedIn(['student']);
    const cookie = c.cookies.get('rh_session');
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect((await c.get('/api/me')).status).toBe(401);
    // The old cookie no longer works even if replayed.
    const replay = await t.app.request('/api/me', { headers: { cookie: `rh_session=${cookie}` } });
    expect(replay.status).toBe(401);
  });

  it('expires idle sessions and sessions past their absolute lifetime', async () => {
    const { idleMs, maxAgeMs } = t.deps.config.session;
    const idle = await t.signedIn(['student']);
    t.clock.advance(idleMs + 1000);
    expect((await idle.get('/api/me')).status).toBe(401);

    const busy = await t.signedIn(['student']);
    const step = idleMs / 2;
    for (let elapsed = 0; elapsed + step < maxAgeMs; elapsed += step) {
      t.clock.advance(step);
      expect((await busy.get('/api/me')).status).toBe(200);
    }
    t.clock.advance(step);
    expect((await busy.get('/api/me')).status).toBe(401);
  });

  it('sweeps sessions nobody can use any more at the next sign-in', async () => {
    const { sessions } = await import('../../server/db/schema/index.js');
    const { eq } = await import('drizzle-orm');
    const idle = await t.signedIn(['student']);
    const rowsOf = () => t.database.db.select().from(sessions).where(eq(sessions.userId, idle.me.id));
    expect(await rowsOf()).toHaveLength(1);
    t.clock.advance(t.deps.config.session.idleMs + 1000);
    await t.signedIn(['teacher']);
    expect(await rowsOf()).toHaveLength(0);
  });

  it('lets a user change their own password with the current one', async () => {
    const c = await t.signedIn(['student']);
    expect(
      (await c.put('/api/me/password', { currentPassword: 'wrong-one', newPassword: 'a new password' })).status,
    ).toBe(401);
    expect((await c.put('/api/me/password', { currentPassword: PASSWORD, newPassword: 'a new password' })).status).toBe(
      204,
    );
    const again = await t.client().post('/api/auth/login', { email: c.me.email, password: 'a new password' });
    expect(again.status).toBe(200);
  });
});

describe('login rate limits', () => {
  it('blocks an account after repeated failures with 429 and Retry-After, then lets it in after the window', async () => {
    const u = await t.user(['student']);
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++)
      expect((await t.client().post('/api/auth/login', { email: u.email, password: 'wrong-password' })).status).toBe(
        401,
      );
    const blocked = await t.client().post('/api/auth/login', { email: u.email, password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await json<{ error: { code: string } }>(blocked)).error.code).toBe('rate_limited');
    t.clock.advance(LOGIN_LIMITS.windowMs + 1000);
    expect((await t.client().post('/api/auth/login', { email: u.email, password: PASSWORD })).status).toBe(200);
  });

  it('blocks a client address that guesses across many accounts', async () => {
    const proxied = await testApp({ TRUST_PROXY: 'true' });
    try {
      const headers = { 'x-forwarded-for': '203.0.113.9' };
      for (let i = 0; i < LOGIN_LIMITS.perIp; i++)
        await proxied
          .client()
          .post('/api/auth/login', { email: `guess${i}@example.test`, password: 'wrong-password' }, headers);
      const u = await proxied.user(['student']);
      const blocked = await proxied.client().post('/api/auth/login', { email: u.email, password: PASSWORD }, headers);
      expect(blocked.status).toBe(429);
      const elsewhere = await proxied
        .client()
        .post('/api/auth/login', { email: u.email, password: PASSWORD }, { 'x-forwarded-for': '198.51.100.7' });
      expect(elsewhere.status).toBe(200);
    } finally {
      await proxied.close();
    }
  });
});
