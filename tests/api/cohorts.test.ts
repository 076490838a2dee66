import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CohortDetail, Page } from '../../server/contract/index.js';
import { json, type TestApp, testApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const errorCode = async (res: Response) => (await json<{ error: { code: string } }>(res)).error.code;

async function cohortOf(teacher: Awaited<ReturnType<TestApp['signedIn']>>, extra: Record<string, unknown> = {}) {
  const res = await teacher.post('/api/cohorts', { name: 'Driving 2027', ...extra });
  expect(res.status).toBe(201);
  return json<CohortDetail>(res);
}

describe('cohorts', () => {
  it('a teacher creates a cohort bound to an enterprise, gets a join code and is its teacher', async () => {
    const admin = await t.signedIn(['admin']);
    const enterprise = await json<{ id: string }>(await admin.post('/api/enterprises', { name: 'Depot A' }));
    const teacher = await t.signedIn(['teacher']);
    const cohort = await cohortOf(teacher, { enterpriseId: enterprise.id });
    expect(cohort.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(cohort).toMatchObject({
      enterpriseId: enterprise.id,
      enterpriseName: 'Depot A',
      myRole: 'teacher',
      memberCount: 0,
    });
    expect(cohort.members.map((m) => m.role)).toEqual(['teacher']);
    const bad = await teacher.post('/api/cohorts', { name: 'X', enterpriseId: '00000000-0000-4000-8000-000000000000' });
    expect(bad.status).toBe(400);
  });

  it('a student joins with the code (any case, spaces and dashes ignored), once', async () => {
    const teacher = await t.signedIn(['teacher']);
    const cohort = await cohortOf(teacher);
    const student = await t.signedIn(['student']);
    const typed = `${cohort.joinCode?.slice(0, 4).toLowerCase()}-${cohort.joinCode?.slice(4)} `;
    const joined = await student.post('/api/cohorts/join', { code: typed });
    expect(joined.status).toBe(200);
    const seen = await json<CohortDetail>(joined);
    expect(seen).toMatchObject({ id: cohort.id, myRole: 'student', joinCode: null, members: [] });
    const again = await student.post('/api/cohorts/join', { code: cohort.joinCode });
    expect(again.status).toBe(409);
    expect(await errorCode(again)).toBe('already_member');
    const wrong = await student.post('/api/cohorts/join', { code: 'ZZZZZZZZ' });
    expect(wrong.status).toBe(404);
    expect(await errorCode(wrong)).toBe('invalid_join_code');
    const list = await json<Page<CohortDetail>>(await student.get('/api/cohorts'));
    expect(list.items.map((c) => c.id)).toEqual([cohort.id]);
    const forTeacher = await json<CohortDetail>(await teacher.get(`/api/cohorts/${cohort.id}`));
    expect(forTeacher.memberCount).toBe(1);
    expect(forTeacher.members.map((m) => m.userId)).toContain(student.me.id);
  });

  it('nobody sees a cohort they do not belong to; students never see classmates', async () => {
    const teacher = await t.signedIn(['teacher']);
    const cohort = await cohortOf(teacher);
    const a = await t.signedIn(['student']);
    const b = await t.signedIn(['student']);
    await a.post('/api/cohorts/join', { code: cohort.joinCode });
    expect((await b.get(`/api/cohorts/${cohort.id}`)).status).toBe(404);
    await b.post('/api/cohorts/join', { code: cohort.joinCode });
    const asA = await json<CohortDetail>(await a.get(`/api/cohorts/${cohort.id}`));
    expect(asA.members).toEqual([]);
    const otherTeacher = await t.signedIn(['teacher']);
    expect((await otherTeacher.get(`/api/cohorts/${cohort.id}`)).status).toBe(404);
    expect((await otherTeacher.post(`/api/cohorts/${cohort.id}/join-code`)).status).toBe(404);
    expect((await otherTeacher.delete(`/api/cohorts/${cohort.id}/members/${a.me.id}`)).status).toBe(404);
    expect((await a.post('/api/cohorts', { name: 'Mine' })).status).toBe(403);
  });

  it('the teacher attaches a craftsman as mentor, removes members and replaces the code', async () => {
    const teacher = await t.signedIn(['teacher']);
    const cohort = await cohortOf(teacher);
    const craftsman = await t.signedIn(['craftsman']);
    const student = await t.signedIn(['student']);
    await student.post('/api/cohorts/join', { code: cohort.joinCode });

    const crafts = await json<Page<{ id: string }>>(await teacher.get('/api/craftsmen?pageSize=100'));
    expect(crafts.items.map((c) => c.id)).toContain(craftsman.me.id);
    const notCraftsman = await teacher.post(`/api/cohorts/${cohort.id}/mentors`, { userId: student.me.id });
    expect(notCraftsman.status).toBe(400);
    const added = await teacher.post(`/api/cohorts/${cohort.id}/mentors`, { userId: craftsman.me.id });
    expect(added.status).toBe(200);
    const mentored = await json<CohortDetail>(await craftsman.get(`/api/cohorts/${cohort.id}`));
    expect(mentored.myRole).toBe('mentor');
    expect(mentored.members.length).toBe(3);
    expect(mentored.joinCode).toBeNull();
    expect((await craftsman.post(`/api/cohorts/${cohort.id}/join-code`)).status).toBe(403);

    const removed = await teacher.delete(`/api/cohorts/${cohort.id}/members/${student.me.id}`);
    expect((await json<CohortDetail>(removed)).memberCount).toBe(0);
    expect((await student.get(`/api/cohorts/${cohort.id}`)).status).toBe(404);

    const renewed = await json<CohortDetail>(await teacher.post(`/api/cohorts/${cohort.id}/join-code`));
    expect(renewed.joinCode).not.toBe(cohort.joinCode);
    expect((await student.post('/api/cohorts/join', { code: cohort.joinCode })).status).toBe(404);
    expect((await student.post('/api/cohorts/join', { code: renewed.joinCode })).status).toBe(200);
  });

  it('admins see and manage every cohort', async () => {
    const teacher = await t.signedIn(['teacher']);
    const cohort = await cohortOf(teacher, { name: 'Admin-visible cohort' });
    const admin = await t.signedIn(['admin']);
    const list = await json<Page<CohortDetail>>(await admin.get('/api/cohorts?q=admin-visible'));
    expect(list.items.map((c) => c.id)).toEqual([cohort.id]);
    expect(list.items[0]?.joinCode).toBe(cohort.joinCode);
    expect((await admin.post(`/api/cohorts/${cohort.id}/join-code`)).status).toBe(200);
  });
});
