import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminUser, Page } from '../../server/contract/index.js';
import { json, PASSWORD, type TestApp, testApp } from '../support/test-app.js';

let t: TestApp;
let admin: Awaited<ReturnType<TestApp['signedIn']>>;
beforeAll(async () => {
  t = await testApp();
  admin = await t.signedIn(['admin']);
});
afterAll(() => t.close());

describe('admin user management', () => {
  it('creates users of any role who can then sign in; a taken email is a 409', async () => {
    const res = await admin.post('/api/users', {
      email: 'New.Teacher@Example.test',
      displayName: 'New Teacher',
      password: 'a good password',
      roles: ['teacher', 'craftsman'],
    });
    expect(res.status).toBe(201);
    const u = await json<AdminUser>(res);
    expect(u).toMatchObject({ email: 'new.teacher@example.test', roles: ['teacher', 'craftsman'], active: true });
    expect(u).not.toHaveProperty('passwordHash');
    expect((await t.client().post('/api/auth/login', { email: u.email, password: 'a good password' })).status).toBe(
      200,
    );
    const dup = await admin.post('/api/users', {
      email: 'new.teacher@example.test',
      displayName: 'X',
      password: 'another one',
      roles: ['student'],
    });
    expect(dup.status).toBe(409);
    expect((await json<{ error: { code: string } }>(dup)).error.code).toBe('email_taken');
  });

  it('lists users with search, role filter and paging', async () => {
    for (let i = 0; i < 5; i++) await t.user(['student'], `pager-${i}@paging.test`);
    const page1 = await json<Page<AdminUser>>(await admin.get('/api/users?q=paging.test&pageSize=2&page=1'));
    const page3 = await json<Page<AdminUser>>(await admin.get('/api/users?q=paging.test&pageSize=2&page=3'));
    expect(page1.total).toBe(5);
    expect(page1.items).toHaveLength(2);
    expect(page3.items).toHaveLength(1);
    const ids = new Set([...page1.items, ...page3.items].map((u) => u.id));
    expect(ids.size).toBe(3);
    const teachers = await json<Page<AdminUser>>(await admin.get('/api/users?role=teacher&pageSize=100'));
    expect(teachers.items.every((u) => u.roles.includes('teacher'))).toBe(true);
    const literal = await json<Page<AdminUser>>(await admin.get(`/api/users?q=${encodeURIComponent('%')}`));
    expect(literal.total).toBe(0);
  });

  it('deactivating a user ends their sessions and stops sign-in; reactivating restores it', async () => {
    const student = await t.signedIn(['student']);
    const off = await admin.patch(`/api/users/${student.me.id}`, { active: false });
    expect(off.status).toBe(200);
    expect((await json<AdminUser>(off)).active).toBe(false);
    expect((await student.get('/api/me')).status).toBe(401);
    const login = await t.client().post('/api/auth/login', { email: student.me.email, password: PASSWORD });
    expect(login.status).toBe(403);
    expect((await json<{ error: { code: string } }>(login)).error.code).toBe('account_inactive');
    expect((await admin.patch(`/api/users/${student.me.id}`, { active: true })).status).toBe(200);
    expect((await t.client().post('/api/auth/login', { email: student.me.email, password: PASSWORD })).status).toBe(
      200,
    );
  });

  it('changes roles and names; an admin cannot deactivate themself or drop their own admin role', async () => {
    const u = await t.user(['student']);
    const res = await admin.patch(`/api/users/${u.id}`, { roles: ['student', 'teacher'], displayName: 'Renamed' });
    expect(await json<AdminUser>(res)).toMatchObject({ roles: ['student', 'teacher'], displayName: 'Renamed' });
    expect((await admin.patch(`/api/users/${admin.me.id}`, { active: false })).status).toBe(409);
    expect((await admin.patch(`/api/users/${admin.me.id}`, { roles: ['teacher'] })).status).toBe(409);
    expect(
      (await admin.patch('/api/users/00000000-0000-4000-8000-000000000000', { displayName: 'Ghost' })).status,
    ).toBe(404);
  });

  it('resets a password to a one-time temporary password and signs the user out', async () => {
    const student = await t.signedIn(['student']);
    const res = await admin.post(`/api/users/${student.me.id}/password-reset`);
    expect(res.status).toBe(200);
    const { temporaryPassword } = await json<{ temporaryPassword: string }>(res);
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
    expect((await student.get('/api/me')).status).toBe(401);
    expect((await t.client().post('/api/auth/login', { email: student.me.email, password: PASSWORD })).status).toBe(
      401,
    );
    expect(
      (await t.client().post('/api/auth/login', { email: student.me.email, password: temporaryPassword })).status,
    ).toBe(200);
  });

  it('creates schools and enterprises with unique names, and pages them', async () => {
    expect((await admin.post('/api/schools', { name: 'Harbin Railway College' })).status).toBe(201);
    expect((await admin.post('/api/schools', { name: 'Harbin Railway College' })).status).toBe(409);
    expect((await admin.post('/api/enterprises', { name: 'Harbin Locomotive Depot' })).status).toBe(201);
    const schools = await json<Page<{ name: string }>>(await admin.get('/api/schools?q=harbin'));
    expect(schools.items.map((s) => s.name)).toEqual(['Harbin Railway College']);
    const teacher = await t.signedIn(['teacher']);
    expect((await teacher.get('/api/enterprises')).status).toBe(200);
    expect((await teacher.post('/api/enterprises', { name: 'Nope' })).status).toBe(403);
  });
});
