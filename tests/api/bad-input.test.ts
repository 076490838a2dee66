import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

type ErrorShape = { error: { code: string; message: string } };

async function expectError(res: Response, status: number, code?: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  const body = (await res.json()) as ErrorShape;
  expect(typeof body.error.message).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(body.error.message).not.toMatch(/\n\s+at /); // never a stack trace
  if (code) expect(body.error.code).toBe(code);
}

describe('bad input is a 4xx with an error body, never a 500', () => {
  it('malformed JSON', async () => {
    await expectError(await t.client().post('/api/auth/login', '{"email": '), 400, 'bad_request');
  });

  it('wrong types, missing fields, over-long strings and bad emails', async () => {
    const c = t.client();
    await expectError(await c.post('/api/auth/login', { email: 42, password: true }), 400, 'validation_failed');
    await expectError(await c.post('/api/auth/login', {}), 400, 'validation_failed');
    await expectError(
      await c.post('/api/auth/login', { email: 'not-an-email', password: 'x' }),
      400,
      'validation_failed',
    );
    await expectError(
      await c.post('/api/auth/login', { email: `${'a'.repeat(300)}@x.test`, password: 'x' }),
      400,
      'validation_failed',
    );
    await expectError(
      await c.post('/api/auth/login', { email: 'a@b.test', password: 'x'.repeat(300) }),
      400,
      'validation_failed',
    );
    await expectError(await c.post('/api/auth/login', [1, 2]), 400, 'validation_failed');
    await expectError(await c.post('/api/auth/login', 'null'), 400);
  });

  it('a missing or non-JSON body', async () => {
    const c = await t.signedIn(['teacher']);
    await expectError(await c.post('/api/cohorts'), 400, 'validation_failed');
    await expectError(
      await c.post('/api/cohorts', 'name=x', { 'content-type': 'application/x-www-form-urlencoded' }),
      415,
      'unsupported_media_type',
    );
    await expectError(
      await c.post('/api/cohorts', '{"name":"x"}', { 'content-type': 'text/plain' }),
      415,
      'unsupported_media_type',
    );
  });

  it('invalid ids, queries and names on signed-in routes', async () => {
    const admin = await t.signedIn(['admin']);
    await expectError(await admin.get('/api/cohorts/not-a-uuid'), 400, 'validation_failed');
    await expectError(await admin.get('/api/users?page=0'), 400, 'validation_failed');
    await expectError(await admin.get('/api/users?pageSize=1000'), 400, 'validation_failed');
    await expectError(await admin.get('/api/users?role=king'), 400, 'validation_failed');
    await expectError(await admin.post('/api/schools', { name: '   ' }), 400, 'validation_failed');
    await expectError(await admin.post('/api/schools', { name: 'x'.repeat(201) }), 400, 'validation_failed');
    await expectError(
      await admin.post('/api/users', { email: 'x@y.test', displayName: 'X', password: 'short', roles: ['student'] }),
      400,
    );
    await expectError(
      await admin.post('/api/users', { email: 'x@y.test', displayName: 'X', password: 'long enough', roles: [] }),
      400,
    );
    await expectError(await admin.patch(`/api/users/${admin.me.id}`, {}), 400, 'validation_failed');
  });

  it('a body over the size limit', async () => {
    await expectError(
      await t.client().post('/api/auth/login', { email: 'a@b.test', password: 'x'.repeat(2_000_000) }),
      413,
      'payload_too_large',
    );
  });

  it('unknown API routes', async () => {
    await expectError(await t.client().get('/api/nothing-here'), 404, 'not_found');
    await expectError(await t.client().post('/api/nothing-here', {}), 404, 'not_found');
  });
});
