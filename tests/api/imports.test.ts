import { readFileSync } from 'node:fs';
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

type ImportBody = {
  format: string;
  dryRun: boolean;
  created: string[];
  report: {
    items: { type: string; title: string }[];
    errors: { line: number; message: string }[];
    skipped: { title: string; reason: string }[];
  };
};

const upload = (path: string, options: unknown) => {
  const form = new FormData();
  form.set('file', new File([readFileSync(path)], path.split('/').pop() ?? 'file'));
  form.set('options', JSON.stringify(options));
  return form;
};
const defaults = {
  topic: 'brakes.principles',
  subjects: ['driver-professional'],
  references: ['Colleague’s brake course notes'],
};

describe('importing a colleague’s file', () => {
  it('previews a GIFT file without writing, naming what it cannot represent', async () => {
    const teacher = await t.signedIn(['teacher']);
    const before = (await json<Page<ItemSummary>>(await teacher.get('/api/items?status=draft'))).total;
    const res = await teacher.post('/api/imports', upload('tests/fixtures/imports/brakes.gift', { defaults }));
    expect(res.status).toBe(200);
    const body = await json<ImportBody>(res);
    expect(body).toMatchObject({ format: 'gift', dryRun: true, created: [] });
    expect(body.report.items.map((i) => [i.type, i.title])).toEqual([
      ['single', 'Reduction'],
      ['numeric', 'Pressure'],
      ['true_false', 'Fail-safe'],
    ]);
    expect(body.report.skipped.map((s) => s.title)).toEqual(['Essay']);
    expect(body.report.errors).toEqual([]);
    expect(Object.keys(body.report.items[0] ?? {}).sort()).toEqual([
      'accepted',
      'category',
      'options',
      'stem',
      'title',
      'type',
    ]);
    expect((await json<Page<ItemSummary>>(await teacher.get('/api/items?status=draft'))).total).toBe(before);
  });

  it('commits the file as drafts with the teacher’s defaults, an audit note and a placeholder explanation', async () => {
    const teacher = await t.signedIn(['teacher']);
    const body = await json<ImportBody>(
      await teacher.post('/api/imports', upload('tests/fixtures/imports/brakes.gift', { defaults, dryRun: false })),
    );
    expect(body.created).toHaveLength(3);
    const first = await json<ItemDetail>(await teacher.get(`/api/items/${body.created[0]}`));
    expect(first).toMatchObject({ status: 'draft', origin: 'imported' });
    expect(first.source).toMatchObject({
      topic: 'brakes.principles',
      subjects: ['driver-professional'],
      type: 'single',
    });
    expect(first.source.explanation).toMatch(/Right: the brake is fail-safe/);
    expect(first.events[0]?.comment).toBe('Imported from brakes.gift');
  });

  it('writes nothing when any question is wrong, and names the line', async () => {
    const teacher = await t.signedIn(['teacher']);
    const before = (await json<Page<ItemSummary>>(await teacher.get('/api/items?status=draft'))).total;
    const body = await json<ImportBody>(
      await teacher.post('/api/imports', upload('tests/fixtures/imports/broken.gift', { defaults, dryRun: false })),
    );
    expect(body.created).toEqual([]);
    expect(body.report.errors.length).toBeGreaterThan(0);
    expect(body.report.errors[0]?.line).toBe(3);
    expect((await json<Page<ItemSummary>>(await teacher.get('/api/items?status=draft'))).total).toBe(before);
  });

  it('refuses bad options and missing files with a clear 4xx', async () => {
    const teacher = await t.signedIn(['teacher']);
    expect(
      (await teacher.post('/api/imports', upload('tests/fixtures/imports/brakes.gift', { defaults: { topic: 'x' } })))
        .status,
    ).toBe(400);
    const noFile = new FormData();
    noFile.set('options', JSON.stringify({ defaults }));
    expect((await teacher.post('/api/imports', noFile)).status).toBe(400);
    const student = await t.signedIn(['student']);
    expect(
      (await student.post('/api/imports', upload('tests/fixtures/imports/brakes.gift', { defaults }))).status,
    ).toBe(403);
  });

  it('exports the bank as a download in each interchange format', async () => {
    const teacher = await t.signedIn(['teacher']);
    const gift = await teacher.get('/api/exports?format=gift&status=published');
    expect(gift.status).toBe(200);
    expect(gift.headers.get('content-disposition')).toBe('attachment; filename="roundhouse-items.gift"');
    const text = await gift.text();
    expect(text).toContain('::brakes-0001::');
    expect(Number(gift.headers.get('x-not-exported'))).toBeGreaterThan(0); // GIFT cannot carry ordering or hotspot items
    const xlsx = await teacher.get('/api/exports?format=xlsx');
    expect([...new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect((await teacher.get('/api/exports?format=pdf')).status).toBe(400);
    expect((await (await t.signedIn(['craftsman'])).get('/api/exports?format=gift')).status).toBe(403);
  });
});
