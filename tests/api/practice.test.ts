import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../server/bank/load-bank.js';
import type { AnswerResult, Progress } from '../../server/contract/practice.js';
import { itemVersionForAnswer } from '../../server/db/repositories/practice.js';
import type { ItemContent } from '../../server/domain/items/item.js';
import { questionKind } from '../../server/domain/items/registry.js';
import { syncBank } from '../../server/services/bank-sync.js';
import { answerTime } from '../../server/services/practice-service.js';
import { json, type TestApp, type TestClient, testApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await syncBank(t.deps, loadBank('question-bank'));
});
afterAll(() => t.close());

type Next = {
  item: { id: string; version: number; view: Record<string, unknown>; reason: string; safety: boolean } | null;
  emptyReason: string | null;
};

const next = async (c: TestClient, body: Record<string, unknown> = { mode: 'adaptive' }) => {
  const res = await c.post('/api/practice/next', body);
  expect(res.status).toBe(200);
  return json<Next>(res);
};

/** The right (or a wrong) response for an item version, read from the database as only the server can. */
async function responseFor(itemId: string, version: number, right: boolean) {
  const found = await itemVersionForAnswer(t.deps.database.db, itemId, version);
  const content = found?.content as ItemContent;
  const kind = questionKind(content.key.kind);
  return right ? kind.correctResponse(content.key, content) : kind.wrongResponse(content.key, content);
}

async function answer(c: TestClient, item: { id: string; version: number }, right: boolean, extra = {}) {
  const res = await c.post('/api/practice/answers', {
    itemId: item.id,
    itemVersion: item.version,
    response: await responseFor(item.id, item.version, right),
    clientAnswerId: randomUUID(),
    elapsedMs: 12_000,
    ...extra,
  });
  expect(res.status).toBe(200);
  return json<AnswerResult>(res);
}

const DAY = 86_400_000;

describe('practice', () => {
  it('serves an item without its key or explanation, and grades the answer with both', async () => {
    const student = await t.signedIn(['student']);
    expect((await student.put('/api/practice/goal', { certificationId: 'driver-theory', examDate: null })).status).toBe(
      200,
    );
    const { item } = await next(student);
    expect(item).not.toBeNull();
    if (!item) return;
    const served = JSON.stringify(item);
    expect(served).not.toMatch(/"correct"|"explanation"|"answer"|"accepted"|"regions"/);

    const result = await answer(student, item, true);
    expect(result).toMatchObject({ correct: true, score: 1, confidentError: false, inMistakes: false });
    expect(result.explanation.length).toBeGreaterThan(20);
    expect(result.correctResponse).toEqual(await responseFor(item.id, item.version, true));
    expect(result.mastery.answers).toBe(1);
    expect(result.passProbability?.certificationId).toBe('driver-theory');
    const p = result.passProbability;
    if (p) expect(p.low).toBeLessThanOrEqual(p.probability);
    expect(p?.subjects.map((s) => s.subjectId)).toEqual(['traffic-safety', 'driver-professional']);
  });

  it('counts an answer sent twice once, even when the copies race, and returns the same result', async () => {
    const student = await t.signedIn(['student']);
    const { item } = await next(student);
    if (!item) throw new Error('no item');
    const body = {
      itemId: item.id,
      itemVersion: item.version,
      response: await responseFor(item.id, item.version, false),
      clientAnswerId: randomUUID(),
      elapsedMs: 5000,
    };
    const [a, b] = await Promise.all([
      student.post('/api/practice/answers', body),
      student.post('/api/practice/answers', body),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const [ra, rb] = [await json(a), await json(b)];
    expect(ra).toEqual(rb);
    const again = await json(await student.post('/api/practice/answers', body));
    expect(again).toEqual(ra);
    const progress = await json<Progress>(await student.get('/api/progress'));
    expect(progress.answers).toBe(1);
    expect(progress.mistakes).toBe(1);
  });

  it('refuses bad answers with clear 4xx errors', async () => {
    const student = await t.signedIn(['student']);
    const { item } = await next(student);
    if (!item) throw new Error('no item');
    const base = { itemId: item.id, itemVersion: item.version, clientAnswerId: randomUUID(), elapsedMs: 1000 };
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...base, response: { nonsense: true } }, 400, 'validation_failed'],
      [{ ...base, response: { selected: [] }, clientAnswerId: 'not-a-uuid' }, 400, 'validation_failed'],
      [{ ...base, itemVersion: 999, response: { selected: ['x'] } }, 404, 'not_found'],
      [{ ...base, itemId: 'brakes-9999', response: { selected: ['x'] } }, 404, 'not_found'],
      [{ ...base, elapsedMs: -1, response: { selected: ['x'] } }, 400, 'validation_failed'],
      [
        { ...base, certificationId: 'no-such-exam', response: await responseFor(item.id, item.version, true) },
        400,
        'validation_failed',
      ],
    ];
    for (const [body, status, code] of cases) {
      const res = await student.post('/api/practice/answers', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect((await json<{ error: { code: string; message: string } }>(res)).error.code).toBe(code);
    }
    expect((await student.post('/api/practice/next', { mode: 'bogus' })).status).toBe(400);
    expect((await student.put('/api/practice/goal', { certificationId: 'nope', examDate: null })).status).toBe(400);
    expect(
      (await student.put('/api/practice/goal', { certificationId: 'driver-theory', examDate: '2027-13-40' })).status,
    ).toBe(400);
    expect((await student.put('/api/practice/flags/brakes-9999')).status).toBe(404);
    expect((await json<Progress>(await student.get('/api/progress'))).answers).toBe(0);
  });

  it('keeps the mistakes notebook, flags and due reviews per mode', async () => {
    const student = await t.signedIn(['student']);
    expect(await next(student, { mode: 'reviews' })).toMatchObject({ item: null, emptyReason: 'no-reviews-due' });
    expect(await next(student, { mode: 'mistakes' })).toMatchObject({ item: null, emptyReason: 'no-mistakes-due' });
    expect(await next(student, { mode: 'flagged' })).toMatchObject({ item: null, emptyReason: 'no-flags' });

    const first = (await next(student, { mode: 'sequential' })).item;
    if (!first) throw new Error('no item');
    expect((await answer(student, first, false)).inMistakes).toBe(true);
    const second = (await next(student, { mode: 'sequential' })).item;
    if (!second) throw new Error('no item');
    expect(second.id).not.toBe(first.id);
    await answer(student, second, true);
    expect((await next(student, { mode: 'mistakes' })).item?.id).toBe(first.id);

    expect((await student.put(`/api/practice/flags/${second.id}`)).status).toBe(204);
    const flagged = await next(student, { mode: 'flagged' });
    expect(flagged.item?.id).toBe(second.id);
    expect((await student.delete(`/api/practice/flags/${second.id}`)).status).toBe(204);
    expect((await next(student, { mode: 'flagged' })).emptyReason).toBe('no-flags');

    // The wrong answer's card comes due within minutes (relearning); after that, it is a review.
    t.clock.advance(DAY);
    expect((await next(student, { mode: 'reviews' })).item?.reason).toBe('review');
    t.clock.advance(-DAY);
  });

  it('serves a topic in topic mode and the chapter order in sequential mode', async () => {
    const student = await t.signedIn(['student']);
    const topical = await next(student, { mode: 'topic', topicId: 'brakes.principles' });
    expect(topical.item?.id).toMatch(/^brakes-/);
    const seq = await next(student, { mode: 'sequential' });
    expect(seq.item?.reason).toBe('sequential');
    expect((await next(student, { mode: 'topic', topicId: 'no.such-topic' })).emptyReason).toBe('no-items');
  });

  it('shows progress: pass probability, a daily trend, topics, and one next action', async () => {
    const student = await t.signedIn(['student']);
    await student.put('/api/practice/goal', { certificationId: 'driver-theory', examDate: '2027-01-15' });
    const start = await json<Progress>(await student.get('/api/progress'));
    expect(start.next).toMatchObject({ mode: 'adaptive', why: 'start' });
    expect(start.passProbability?.probability).toBeGreaterThanOrEqual(0);
    expect(start.topics.length).toBeGreaterThan(10);
    for (let day = 0; day < 3; day++) {
      for (let i = 0; i < 5; i++) {
        const { item } = await next(student);
        if (item) await answer(student, item, true);
        t.clock.advance(60_000);
      }
      t.clock.advance(DAY);
    }
    const after = await json<Progress>(await student.get('/api/progress'));
    t.clock.advance(-3 * DAY - 15 * 60_000);
    expect(after.answers).toBe(15);
    expect(after.trend).toHaveLength(3);
    expect(after.trend[2]?.probability).toBeGreaterThan(start.passProbability?.probability ?? 1);
    expect(after.goal).toEqual({ certificationId: 'driver-theory', examDate: '2027-01-15' });
  });

  it('does not let anyone read another student’s progress, nor practise without signing in', async () => {
    const anonymous = t.client();
    expect((await anonymous.post('/api/practice/next', { mode: 'adaptive' })).status).toBe(401);
    expect((await anonymous.get('/api/progress')).status).toBe(401);
    const a = await t.signedIn(['student']);
    const b = await t.signedIn(['student']);
    // The key is only ever in an answer's result: a student cannot read an item as authored.
    for (const path of [
      '/api/items/brakes-0001',
      '/api/items/brakes-0001/diff?from=1&to=1',
      '/api/exports?format=gift',
    ])
      expect((await a.get(path)).status, path).toBe(403);
    const { item } = await next(a);
    if (item) await answer(a, item, true);
    expect((await json<Progress>(await b.get('/api/progress'))).answers).toBe(0);
  });

  it('highlights a wrong answer given with confidence on a safety item, and lists it on the progress page', async () => {
    const student = await t.signedIn(['student']);
    const safety = (await next(student, { mode: 'subject', subjectId: 'traffic-safety' })).item;
    if (!safety) throw new Error('no item');
    expect(safety).toMatchObject({ safety: true });
    expect((await answer(student, safety, false, { confidence: 'unsure' })).confidentError).toBe(false);
    expect((await answer(student, safety, false, { confidence: 'sure' })).confidentError).toBe(true);
    const professional = (await next(student, { mode: 'subject', subjectId: 'driver-professional' })).item;
    if (!professional) throw new Error('no item');
    t.clock.advance(60_000);
    const confident = await answer(student, professional, false, { confidence: 'sure' });
    expect(confident.confidentError).toBe(professional.safety);
    const progress = await json<Progress>(await student.get('/api/progress'));
    expect(progress.confidentErrors.map((e) => e.itemId)).toEqual(
      professional.safety ? [professional.id, safety.id] : [safety.id],
    );
    t.clock.advance(-60_000);
    expect(progress.confidentErrors[0]?.stem.length).toBeGreaterThan(10);
  });

  it('explains in the language asked for, falling back to the item’s own', async () => {
    const student = await t.signedIn(['student']);
    const item = (await next(student, { mode: 'sequential', lang: 'zh-Hans' })).item;
    if (!item) throw new Error('no item');
    const found = await itemVersionForAnswer(t.deps.database.db, item.id, item.version);
    expect((found?.content as ItemContent | undefined)?.texts['zh-Hans']).toBeDefined(); // the bank's first item is translated
    const result = await answer(student, item, true, { lang: 'zh-Hans' });
    expect(result.explanation).toMatch(/[\u4e00-\u9fff]/);
    expect(JSON.stringify(item.view)).toMatch(/[\u4e00-\u9fff]/);
    const english = await answer(student, (await next(student, { mode: 'sequential' })).item ?? item, true);
    expect(english.explanation).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('answerTime', () => {
  const now = Date.parse('2026-11-29T09:00:00Z');
  it('takes the time the student answered offline', () => {
    expect(answerTime(now, '2026-11-29T07:00:00Z', null)).toBe(now - 2 * 3_600_000);
  });
  it('never goes into the future, before the previous answer, or more than a week back', () => {
    expect(answerTime(now, '2026-11-30T09:00:00Z', null)).toBe(now);
    expect(answerTime(now, '2026-11-29T07:00:00Z', now - 3_600_000)).toBe(now - 3_600_000);
    expect(answerTime(now, '2026-01-01T00:00:00Z', null)).toBe(now - 7 * DAY);
    expect(answerTime(now, undefined, null)).toBe(now);
  });
});
