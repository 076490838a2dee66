import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../server/bank/load-bank.js';
import type { ItemDetail, ItemSummary, Page } from '../../server/contract/index.js';
import { syncBank } from '../../server/services/bank-sync.js';
import { json, type TestApp, testApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await syncBank(t.deps, loadBank('question-bank'));
});
afterAll(() => t.close());

const draft = (stem = 'Which valve applies the train brake?') => ({
  type: 'single',
  topic: 'brakes.principles',
  subjects: ['driver-professional'],
  post: 'driver',
  source: 'teacher',
  difficulty: 'easy',
  references: ['JZ-7 brake valve manual'],
  lang: 'en',
  stem,
  options: [
    { id: 'a', text: 'The automatic brake valve', correct: true },
    { id: 'b', text: 'The independent brake valve' },
  ],
  explanation:
    'The automatic brake valve controls brake-pipe pressure for the whole train; the independent valve only brakes the locomotive.',
});

const code = async (res: Response) => (await json<{ error: { code: string } }>(res)).error.code;

describe('authoring items', () => {
  it('creates a draft with the next id in its area, edits it into a new version, and shows a diff', async () => {
    const teacher = await t.signedIn(['teacher']);
    const res = await teacher.post('/api/items', { source: draft() });
    expect(res.status).toBe(201);
    const created = await json<ItemDetail>(res);
    expect(created.id).toMatch(/^brakes-\d{4}$/);
    expect(Number(created.id.slice(-4))).toBeGreaterThan(40); // after the seed bank's brakes items
    expect(created).toMatchObject({ status: 'draft', currentVersion: 1, origin: 'authored' });
    expect(created.events.map((e) => e.action)).toEqual(['created']);

    const edited = await json<ItemDetail>(
      await teacher.put(`/api/items/${created.id}`, {
        source: draft('Which valve applies the brakes of the whole train?'),
        baseVersion: 1,
      }),
    );
    expect(edited.currentVersion).toBe(2);
    expect(edited.source.stem).toBe('Which valve applies the brakes of the whole train?');
    const stale = await teacher.put(`/api/items/${created.id}`, { source: draft('Again'), baseVersion: 1 });
    expect(stale.status).toBe(409);

    const diff = await json<{ lines: { op: string; text: string }[] }>(
      await teacher.get(`/api/items/${created.id}/diff?from=1&to=2`),
    );
    expect(diff.lines.filter((l) => l.op === 'removed').map((l) => l.text)).toEqual([
      'stem: Which valve applies the train brake?',
    ]);
    expect(diff.lines.filter((l) => l.op === 'added').map((l) => l.text)).toEqual([
      'stem: Which valve applies the brakes of the whole train?',
    ]);
  });

  it('refuses an invalid item with every problem listed', async () => {
    const teacher = await t.signedIn(['teacher']);
    const bad = {
      ...draft(),
      topic: 'brakes.nowhere',
      options: [
        { id: 'a', text: 'Only one' },
        { id: 'b', text: 'Two' },
      ],
    };
    const res = await teacher.post('/api/items', { source: bad });
    expect(res.status).toBe(400);
    const body = await json<{ error: { details: { problems: string[] } } }>(res);
    expect(body.error.details.problems.join(' ')).toMatch(/Unknown topic brakes\.nowhere/);
    expect(body.error.details.problems.length).toBeGreaterThanOrEqual(2);
    expect((await teacher.post('/api/items', { source: { ...draft(), type: 'essay' } })).status).toBe(400);
  });

  it('runs the review workflow: a craftsman drafts and submits, only a teacher publishes, with who and when', async () => {
    const craftsman = await t.signedIn(['craftsman']);
    const teacher = await t.signedIn(['teacher']);
    const item = await json<ItemDetail>(
      await craftsman.post('/api/items', { source: { ...draft('A craftsman’s question'), source: 'craftsman' } }),
    );
    expect(item.can.actions).toEqual(['submit']);
    const submitted = await json<ItemDetail>(
      await craftsman.post(`/api/items/${item.id}/transitions`, { action: 'submit' }),
    );
    expect(submitted.status).toBe('in_review');
    expect(submitted.can.edit).toBe(false);
    const refused = await craftsman.post(`/api/items/${item.id}/transitions`, { action: 'approve' });
    expect(refused.status).toBe(403);
    const back = await json<ItemDetail>(
      await teacher.post(`/api/items/${item.id}/transitions`, {
        action: 'request_changes',
        comment: 'Cite the manual section.',
      }),
    );
    expect(back.status).toBe('draft');
    await craftsman.post(`/api/items/${item.id}/transitions`, { action: 'submit' });
    const published = await json<ItemDetail>(
      await teacher.post(`/api/items/${item.id}/transitions`, { action: 'approve' }),
    );
    expect(published.status).toBe('published');
    expect(published.events.map((e) => e.action)).toEqual([
      'approve',
      'submit',
      'request_changes',
      'submit',
      'created',
    ]);
    expect(published.events.find((e) => e.action === 'request_changes')).toMatchObject({
      comment: 'Cite the manual section.',
    });
    expect(published.events.every((e) => e.actor && e.at)).toBe(true);
    expect((await teacher.post(`/api/items/${item.id}/transitions`, { action: 'submit' })).status).toBe(409);
  });

  it('lists with filters, full-text search (English and Chinese) and paging', async () => {
    const teacher = await t.signedIn(['teacher']);
    const page = await json<Page<ItemSummary>>(await teacher.get('/api/items?area=signals&kind=single&pageSize=5'));
    expect(page.items).toHaveLength(5);
    expect(page.total).toBeGreaterThan(5);
    expect(page.items.every((i) => i.topicId.startsWith('signals.') && i.kind === 'single')).toBe(true);
    const english = await json<Page<ItemSummary>>(
      await teacher.get(`/api/items?q=${encodeURIComponent('brake pipe')}`),
    );
    expect(english.total).toBeGreaterThan(3);
    const chinese = await json<Page<ItemSummary>>(await teacher.get(`/api/items?q=${encodeURIComponent('列车管')}`));
    expect(chinese.total).toBeGreaterThan(0);
    const nothing = await json<Page<ItemSummary>>(await teacher.get('/api/items?q=zzzyxqq'));
    expect(nothing.total).toBe(0);
    const drafts = await json<Page<ItemSummary>>(await teacher.get('/api/items?status=draft'));
    expect(drafts.items.every((i) => i.status === 'draft')).toBe(true);
  });

  it('previews an item exactly as a student will see it, without the key', async () => {
    const teacher = await t.signedIn(['teacher']);
    const res = await json<{ view: Record<string, unknown>; problems: string[] }>(
      await teacher.post('/api/items/preview', { source: draft(), lang: 'en' }),
    );
    expect(res.problems).toEqual([]);
    expect(res.view).toMatchObject({ kind: 'single', stem: 'Which valve applies the train brake?' });
    expect(JSON.stringify(res.view)).not.toMatch(/correct|explanation/);
  });

  it('lets students report a problem, which lands in the review queue until a teacher closes it', async () => {
    const student = await t.signedIn(['student']);
    const teacher = await t.signedIn(['teacher']);
    expect((await student.get('/api/items')).status).toBe(403);
    const res = await student.post('/api/items/brakes-0001/reports', {
      reason: 'typo',
      comment: 'Option c has a typo.',
    });
    expect(res.status).toBe(201);
    const queueRes = await teacher.get('/api/items?reported=true');
    const queue = await json<Page<ItemSummary>>(queueRes);
    expect(queue.items.map((i) => i.id)).toContain('brakes-0001');
    const item = await json<ItemDetail>(await teacher.get('/api/items/brakes-0001'));
    const report = item.reports[0];
    expect(report).toMatchObject({ reason: 'typo', status: 'open', comment: 'Option c has a typo.' });
    const closed = await teacher.post(`/api/reports/${report?.id}/close`, {
      status: 'resolved',
      resolution: 'Fixed the typo.',
    });
    expect((await json<ItemDetail>(closed)).reports[0]?.status).toBe('resolved');
    expect(
      (await json<Page<ItemSummary>>(await teacher.get('/api/items?reported=true'))).items.map((i) => i.id),
    ).not.toContain('brakes-0001');
    expect(await code(await student.post('/api/items/brakes-9999/reports', { reason: 'typo', comment: 'x' }))).toBe(
      'not_found',
    );
  });

  it('hides other authors’ drafts from craftsmen', async () => {
    const teacher = await t.signedIn(['teacher']);
    const craftsman = await t.signedIn(['craftsman']);
    const item = await json<ItemDetail>(
      await teacher.post('/api/items', { source: draft('A teacher’s private draft') }),
    );
    expect((await craftsman.get(`/api/items/${item.id}`)).status).toBe(404);
    expect((await craftsman.put(`/api/items/${item.id}`, { source: draft(), baseVersion: 1 })).status).toBe(404);
    const published = await json<ItemDetail>(await craftsman.get('/api/items/brakes-0002'));
    expect(published.can.edit).toBe(false);
  });
});
