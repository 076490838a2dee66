import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, ensureDemoAccounts } from '../../server/services/demo-accounts.js';
import { type TestApp, testApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ ROUNDHOUSE_DEMO_PASSWORD: 'demo-password-x' });
});
afterAll(() => t.close());

describe('demo accounts', () => {
  it('creates the four demo accounts with the configured password, a demo cohort, once', async () => {
    const first = await ensureDemoAccounts(t.deps);
    expect(first.created.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    expect(first.joinCode).toMatch(/^[A-Z2-9]{8}$/);
    for (const a of DEMO_ACCOUNTS) {
      const res = await t.client().post('/api/auth/login', { email: a.email, password: 'demo-password-x' });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { user: { roles: string[] } }).user.roles).toEqual([a.role]);
    }
    const again = await ensureDemoAccounts(t.deps);
    expect(again).toEqual({ created: [], joinCode: null });
  });

  it('lets the demo student join the demo cohort with its code', async () => {
    const teacher = t.client();
    await teacher.post('/api/auth/login', { email: 'teacher@roundhouse.test', password: 'demo-password-x' });
    const cohorts = (await (await teacher.get('/api/cohorts')).json()) as { items: { joinCode: string }[] };
    const student = t.client();
    await student.post('/api/auth/login', { email: 'student@roundhouse.test', password: 'demo-password-x' });
    expect((await student.post('/api/cohorts/join', { code: cohorts.items[0]?.joinCode })).status).toBe(200);
  });
});
